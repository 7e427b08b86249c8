import { hashToken, judgeRefreshToken, newRefreshToken } from './refresh-token-rules';

describe('judgeRefreshToken', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  const later = new Date(now.getTime() + 60_000);
  const earlier = new Date(now.getTime() - 60_000);
  const fresh = { usedAt: null, revokedAt: null, expiresAt: later };

  it('lets an unspent, unrevoked token within its lifetime be spent', () => {
    expect(judgeRefreshToken(fresh, now)).toBe('spendable');
  });

  it('calls a token it has no row for unknown', () => {
    expect(judgeRefreshToken(null, now)).toBe('unknown');
  });

  it('calls a spent token reused: its family is then revoked', () => {
    expect(judgeRefreshToken({ ...fresh, usedAt: earlier }, now)).toBe('reused');
  });

  it('calls a token of a revoked family (logout, an earlier reuse) reused', () => {
    expect(judgeRefreshToken({ ...fresh, revokedAt: earlier }, now)).toBe('reused');
  });

  it('judges reuse before expiry: an expired spent token still revokes its family', () => {
    expect(judgeRefreshToken({ usedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe('reused');
  });

  it('calls an unspent token expired from the instant of its expiry', () => {
    expect(judgeRefreshToken({ ...fresh, expiresAt: now }, now)).toBe('expired');
    expect(judgeRefreshToken({ ...fresh, expiresAt: new Date(now.getTime() + 1) }, now)).toBe('spendable');
  });
});

describe('newRefreshToken', () => {
  it('is <row id>.<32 random bytes>, a new one each time', () => {
    const a = newRefreshToken();
    const b = newRefreshToken();
    const [id, secret] = a.token.split('.');
    expect(id).toBe(a.id);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(b.id).not.toBe(a.id);
    expect(b.token.split('.')[1]).not.toBe(secret);
  });
});

describe('hashToken', () => {
  it('is the hex sha256 of the whole token, which does not contain the secret', () => {
    const { token } = newRefreshToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hash);
    expect(hash).not.toContain(token.split('.')[1]);
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
