import { deriveSlug, MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug';

describe('deriveSlug', () => {
  it.each([
    ['Mobile Phones', 'mobile-phones'],
    ['  Home & Garden  ', 'home-and-garden'],
    ['Électronique grand public', 'electronique-grand-public'],
    ['Straße', 'strasse'],
    ['TV / Video -- 4K!!', 'tv-video-4k'],
    ['iPhone 15 Pro', 'iphone-15-pro'],
    ['Ünïcödé', 'unicode'],
  ])('%s -> %s', (name, slug) => {
    expect(deriveSlug(name)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('returns "" when nothing usable is left (the caller then asks for a slug)', () => {
    expect(deriveSlug('电子产品')).toBe('');
    expect(deriveSlug('!!!')).toBe('');
  });

  it('cuts long names at a word boundary within the limit', () => {
    const slug = deriveSlug('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith('word')).toBe(true);
    expect(deriveSlug('x'.repeat(300))).toHaveLength(MAX_SLUG_LENGTH);
  });
});
