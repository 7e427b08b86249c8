/** Longest slug kept; long enough for descriptive URLs, short enough for an index key. */
export const MAX_SLUG_LENGTH = 100;

/** Lower-case ASCII words joined by single hyphens: what goes into a URL without escaping. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Derives a URL slug from a category name: accents are folded ("Électronique" -> "electronique"),
 * `&` reads as "and", every other run of non-alphanumerics becomes one hyphen, and the result is cut
 * at a word boundary. Returns "" when nothing usable is left (e.g. a name in a non-Latin script);
 * the caller then asks for an explicit slug.
 */
export function deriveSlug(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) return slug || word.slice(0, MAX_SLUG_LENGTH);
    slug = next;
  }
  return slug;
}
