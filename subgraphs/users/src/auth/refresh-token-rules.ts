import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** What a presented refresh token allows, decided from its stored row alone. */
export type RefreshTokenVerdict =
  /** No row has this hash: never issued here (or forged). */
  | 'unknown'
  /** Spent or revoked already: it leaked or was replayed, so its whole family must be revoked. */
  | 'reused'
  /** Never spent, but past its lifetime. */
  | 'expired'
  /** May be spent once for the next token of its family. */
  | 'spendable';

export interface RefreshTokenState {
  usedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}

/**
 * Reuse is judged before expiry: a spent token presented again is evidence of theft even when it has
 * expired since, and the family it belongs to must not keep refreshing.
 */
export function judgeRefreshToken(token: RefreshTokenState | null, now: Date): RefreshTokenVerdict {
  if (!token) return 'unknown';
  if (token.usedAt || token.revokedAt) return 'reused';
  if (token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'spendable';
}

/**
 * A new refresh token `<id>.<secret>`: the id is the row's key, the 32 random bytes are the secret.
 * Only `hashToken(token)` is stored, so a database leak does not hand out sessions.
 */
export function newRefreshToken(): { id: string; token: string } {
  const id = randomUUID();
  return { id, token: `${id}.${randomBytes(32).toString('base64url')}` };
}

/** sha256 (hex) of a presented token: what the store keeps and looks tokens up by. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
