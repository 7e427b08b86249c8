import { timingSafeEqual } from 'node:crypto';

/**
 * Checks the shared service token on internal (service-to-service) endpoints in constant time, so its
 * value cannot be guessed byte by byte from response timings.
 */
export function isValidServiceToken(presented: string | undefined, expected: string): boolean {
  if (!presented) return false;
  const token = presented.replace(/^Bearer\s+/i, '');
  const a = Buffer.from(token);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
