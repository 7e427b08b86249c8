import { createHash, randomBytes } from 'node:crypto';

/**
 * API keys are 256 random bits, so a fast hash is enough: nobody can guess or brute-force a preimage
 * of sha256 over that much entropy, whereas argon2 exists to slow down guessing of low-entropy
 * passwords and would put ~20 ms of CPU on every key lookup. The `ck_` prefix lets secret scanners
 * and operators recognise a leaked key.
 */
export function newApiKey(): string {
  return `ck_${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex');
}
