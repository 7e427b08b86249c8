import { rejectionOf, thrownBy } from '@commerce/testing';
import { createHmac, generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { AppError, ErrorCode } from '@commerce/errors';
import type { RequestContext } from './context';
import { hasRole, isOwnerOrAdmin, requireOwnerOrAdmin, requireRole, requireUser } from './guards';
import { JwtVerifier, PublicKeySource } from './jwt-verifier';
import { isRole, Role } from './roles';
import { isValidServiceToken } from './service-token';

const ISSUER = 'commerce-users';
const AUDIENCE = 'commerce';
const KID = 'key-2024-01';

function rsaPair() {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

const signing = rsaPair();
const stranger = rsaPair();

/** A fixed key set: the public key of `signing` under KID, nothing else. */
const keys: PublicKeySource = {
  async publicKeyFor(kid: string) {
    if (kid === KID) return signing.publicKey;
    throw new Error(`unknown kid ${kid}`);
  },
};

const verifier = new JwtVerifier(keys, { issuer: ISSUER, audience: AUDIENCE });

/** An access token as the users service issues it, with overridable claims and options. */
function accessToken(
  claims: Record<string, unknown> = {},
  options: Partial<jwt.SignOptions> = {},
  privateKey: string = signing.privateKey,
): string {
  return jwt.sign({ typ: 'access', roles: ['BUYER'], ...claims }, privateKey, {
    algorithm: 'RS256',
    keyid: KID,
    issuer: ISSUER,
    audience: AUDIENCE,
    subject: 'user-1',
    expiresIn: 900,
    ...options,
  });
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The AppError a promise rejects with; fails the test if it resolves or rejects with something else. */
const appErrorOf = (promise: Promise<unknown>) => rejectionOf(promise, AppError);

const syncAppErrorOf = (fn: () => unknown) => thrownBy(fn, AppError);

function ctx(user: RequestContext['user']): RequestContext {
  return {
    requestId: 'r-1',
    traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    user,
    ip: '127.0.0.1',
  };
}

const buyer = { id: 'u-buyer', roles: [Role.BUYER] };
const seller = { id: 'u-seller', roles: [Role.BUYER, Role.SELLER] };
const admin = { id: 'u-admin', roles: [Role.BUYER, Role.ADMIN] };

describe('guards', () => {
  it('requireUser returns the caller, or throws UNAUTHENTICATED for an anonymous one', () => {
    expect(requireUser(ctx(buyer))).toBe(buyer);
    const error = syncAppErrorOf(() => requireUser(ctx(null)));
    expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('requireRole accepts any of the listed roles', () => {
    expect(requireRole(ctx(seller), Role.SELLER)).toBe(seller);
    expect(requireRole(ctx(admin), Role.SELLER, Role.ADMIN)).toBe(admin);
  });

  it('requireRole throws FORBIDDEN for a caller without the role, UNAUTHENTICATED for an anonymous one', () => {
    const forbidden = syncAppErrorOf(() => requireRole(ctx(buyer), Role.SELLER, Role.ADMIN));
    expect(forbidden.code).toBe(ErrorCode.FORBIDDEN);
    expect(forbidden.message).toBe('Requires role SELLER or ADMIN');
    expect(syncAppErrorOf(() => requireRole(ctx(null), Role.BUYER)).code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('requireOwnerOrAdmin lets the owner and an admin through, and nobody else', () => {
    expect(requireOwnerOrAdmin(ctx(buyer), 'u-buyer')).toBe(buyer);
    expect(requireOwnerOrAdmin(ctx(admin), 'u-buyer')).toBe(admin);
    expect(syncAppErrorOf(() => requireOwnerOrAdmin(ctx(seller), 'u-buyer')).code).toBe(ErrorCode.FORBIDDEN);
    expect(syncAppErrorOf(() => requireOwnerOrAdmin(ctx(null), 'u-buyer')).code).toBe(
      ErrorCode.UNAUTHENTICATED,
    );
  });

  it('hasRole and isOwnerOrAdmin answer without throwing', () => {
    expect(hasRole(ctx(seller), Role.SELLER)).toBe(true);
    expect(hasRole(ctx(buyer), Role.SELLER)).toBe(false);
    expect(hasRole(ctx(null), Role.BUYER)).toBe(false);
    expect(isOwnerOrAdmin(ctx(buyer), 'u-buyer')).toBe(true);
    expect(isOwnerOrAdmin(ctx(buyer), 'someone-else')).toBe(false);
    expect(isOwnerOrAdmin(ctx(null), 'u-buyer')).toBe(false);
  });

  it('isRole recognises exactly the marketplace roles', () => {
    expect(['BUYER', 'SELLER', 'ADMIN'].every(isRole)).toBe(true);
    expect(['admin', 'ROOT', '', 1, null].some(isRole)).toBe(false);
  });
});

describe('JwtVerifier', () => {
  it('returns the user of a valid access token', async () => {
    const user = await verifier.verify(accessToken({ roles: ['BUYER', 'SELLER'] }));
    expect(user).toEqual({ id: 'user-1', roles: [Role.BUYER, Role.SELLER] });
  });

  it('filters out roles it does not know', async () => {
    const user = await verifier.verify(accessToken({ roles: ['BUYER', 'SUPERUSER', 'admin', 42, 'ADMIN'] }));
    expect(user.roles).toEqual([Role.BUYER, Role.ADMIN]);
  });

  it('treats a token without a roles array as having no roles', async () => {
    expect((await verifier.verify(accessToken({ roles: 'ADMIN' }))).roles).toEqual([]);
  });

  it("refuses an expired token with 'Access token expired'", async () => {
    // Issued an hour ago for 15 minutes: expired 45 minutes ago.
    const expired = accessToken({ iat: Math.floor(Date.now() / 1000) - 3600 });
    const error = await appErrorOf(verifier.verify(expired));
    expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(error.message).toBe('Access token expired');
  });

  it.each([
    ['a wrong issuer', { issuer: 'someone-else' }],
    ['a wrong audience', { audience: 'another-app' }],
  ])('refuses a token with %s', async (_, options) => {
    const error = await appErrorOf(verifier.verify(accessToken({}, options)));
    expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(error.message).toBe('Invalid access token');
  });

  it('refuses an HS256 token signed with the public key as the HMAC secret (algorithm confusion)', async () => {
    const header = b64url({ alg: 'HS256', typ: 'JWT', kid: KID });
    const now = Math.floor(Date.now() / 1000);
    const payload = b64url({
      sub: 'attacker',
      typ: 'access',
      roles: ['ADMIN'],
      iss: ISSUER,
      aud: AUDIENCE,
      iat: now,
      exp: now + 900,
    });
    const signature = createHmac('sha256', signing.publicKey)
      .update(`${header}.${payload}`)
      .digest('base64url');
    const error = await appErrorOf(verifier.verify(`${header}.${payload}.${signature}`));
    expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const header = b64url({ alg: 'none', typ: 'JWT', kid: KID });
    const payload = b64url({ sub: 'attacker', typ: 'access', roles: ['ADMIN'], iss: ISSUER, aud: AUDIENCE });
    const error = await appErrorOf(verifier.verify(`${header}.${payload}.`));
    expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('refuses a token without a kid', async () => {
    const token = jwt.sign({ typ: 'access', roles: ['BUYER'] }, signing.privateKey, {
      algorithm: 'RS256',
      issuer: ISSUER,
      audience: AUDIENCE,
      subject: 'user-1',
      expiresIn: 900,
    });
    const error = await appErrorOf(verifier.verify(token));
    expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('refuses a token whose kid the key source does not know', async () => {
    const error = await appErrorOf(verifier.verify(accessToken({}, { keyid: 'forged-kid' })));
    expect(error).toMatchObject({ code: ErrorCode.UNAUTHENTICATED, message: 'Invalid access token' });
  });

  it('refuses a token signed by another key under a known kid', async () => {
    const error = await appErrorOf(verifier.verify(accessToken({}, {}, stranger.privateKey)));
    expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('refuses a tampered payload', async () => {
    const [header, , signature] = accessToken().split('.');
    const forged = b64url({ sub: 'user-1', typ: 'access', roles: ['ADMIN'], iss: ISSUER, aud: AUDIENCE });
    const error = await appErrorOf(verifier.verify(`${header}.${forged}.${signature}`));
    expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it.each([['refresh'], ['id'], [undefined]])(
    "refuses a token whose typ is %p rather than 'access'",
    async (typ) => {
      const error = await appErrorOf(verifier.verify(accessToken({ typ })));
      expect(error).toMatchObject({ code: ErrorCode.UNAUTHENTICATED, message: 'Invalid access token' });
    },
  );

  it('refuses a token without a subject', async () => {
    const token = jwt.sign({ typ: 'access', roles: ['BUYER'] }, signing.privateKey, {
      algorithm: 'RS256',
      keyid: KID,
      issuer: ISSUER,
      audience: AUDIENCE,
      expiresIn: 900,
    });
    expect((await appErrorOf(verifier.verify(token))).code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it.each(['', 'garbage', 'a.b.c'])('refuses the non-token %p', async (token) => {
    expect((await appErrorOf(verifier.verify(token))).code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  describe('fromAuthorizationHeader', () => {
    it('answers null (anonymous) when there is no header', async () => {
      expect(await verifier.fromAuthorizationHeader(undefined)).toBeNull();
      expect(await verifier.fromAuthorizationHeader('')).toBeNull();
    });

    it('verifies a bearer token, whatever the case of the scheme', async () => {
      const token = accessToken();
      expect(await verifier.fromAuthorizationHeader(`Bearer ${token}`)).toEqual({
        id: 'user-1',
        roles: [Role.BUYER],
      });
      expect(await verifier.fromAuthorizationHeader(`bearer ${token}`)).toEqual({
        id: 'user-1',
        roles: [Role.BUYER],
      });
    });

    it.each(['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b', 'Token abc'])(
      'refuses the malformed header %p with UNAUTHENTICATED',
      async (header) => {
        const error = await appErrorOf(verifier.fromAuthorizationHeader(header));
        expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
      },
    );

    it('refuses an invalid token in a well-formed header with UNAUTHENTICATED', async () => {
      const error = await appErrorOf(verifier.fromAuthorizationHeader('Bearer not.a.token'));
      expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
    });
  });
});

describe('isValidServiceToken', () => {
  const expected = 'a-long-shared-service-token';

  it('accepts the token, bare or as a bearer token', () => {
    expect(isValidServiceToken(expected, expected)).toBe(true);
    expect(isValidServiceToken(`Bearer ${expected}`, expected)).toBe(true);
  });

  it.each([
    ['a missing token', undefined],
    ['an empty token', ''],
    ['a different token of the same length', 'a-long-shared-service-tokeX'],
    ['a prefix of the token', 'a-long-shared'],
    ['the token with extra characters', `${expected}x`],
    ['the scheme alone', 'Bearer '],
  ])('refuses %s', (_, presented) => {
    expect(isValidServiceToken(presented, expected)).toBe(false);
  });
});

describe('JwtVerifier caching', () => {
  it('proves a token once: later checks of the same token reach neither the key source nor RSA', async () => {
    let lookups = 0;
    const counting: PublicKeySource = {
      async publicKeyFor(kid: string) {
        lookups += 1;
        return keys.publicKeyFor(kid);
      },
    };
    const cachingVerifier = new JwtVerifier(counting, { issuer: ISSUER, audience: AUDIENCE });
    const token = accessToken({}, { subject: 'cached-user' });
    for (let i = 0; i < 5; i++) {
      await expect(cachingVerifier.verify(token)).resolves.toEqual({ id: 'cached-user', roles: ['BUYER'] });
    }
    expect(lookups).toBe(1);
    // A different token with the same kid reuses the parsed key but is verified on its own.
    const other = accessToken({}, { subject: 'other-user' });
    await expect(cachingVerifier.verify(other)).resolves.toMatchObject({ id: 'other-user' });
    expect(lookups).toBe(1);
  });

  it('does not cache a refusal, and never serves an expired token from the cache', async () => {
    const shortLived = accessToken({}, { expiresIn: 1 });
    await expect(verifier.verify(shortLived)).resolves.toMatchObject({ id: 'user-1' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const error = await appErrorOf(verifier.verify(shortLived));
    expect(error.code).toBe('UNAUTHENTICATED');
  });
});
