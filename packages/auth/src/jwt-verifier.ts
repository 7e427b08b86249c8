import { createPublicKey, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { JwksClient } from 'jwks-rsa';
import { unauthenticated } from '@commerce/errors';
import type { AuthUser } from './context';
import { isRole } from './roles';

/** Finds the public key for a token's `kid`. */
export interface PublicKeySource {
  publicKeyFor(kid: string): Promise<string>;
}

/**
 * Public keys fetched from the users service's JWKS and cached; an unknown `kid` (after a key rotation)
 * triggers a refetch, rate-limited so forged kids cannot hammer the users service.
 */
export class JwksKeySource implements PublicKeySource {
  private readonly client: JwksClient;

  constructor(jwksUri: string) {
    this.client = new JwksClient({
      jwksUri,
      cache: true,
      cacheMaxEntries: 10,
      cacheMaxAge: 10 * 60 * 1000,
      rateLimit: true,
      jwksRequestsPerMinute: 10,
      timeout: 3000,
    });
  }

  async publicKeyFor(kid: string): Promise<string> {
    const key = await this.client.getSigningKey(kid);
    return key.getPublicKey();
  }
}

const VERIFIED_CACHE_SIZE = 10_000;
/** Bounds how long a retired signing key keeps being honoured through the cache. */
const VERIFIED_TTL_MS = 60_000;
const KEY_TTL_MS = 10 * 60_000;

export interface VerifierOptions {
  issuer: string;
  audience: string;
}

/**
 * Verifies RS256 access tokens. Every service verifies again what the gateway verified: a subgraph
 * trusts no header alone.
 */
export class JwtVerifier {
  /**
   * Parsed public keys by kid (parsing a PEM costs more than the RSA check itself), re-read from the
   * source after `KEY_TTL_MS` so a retired key stops being honoured.
   */
  private readonly keyObjects = new Map<string, { key: KeyObject; loadedAt: number }>();
  /**
   * Tokens already proven, until they expire (at most `VERIFIED_TTL_MS`): a client sends the same
   * access token with every request for 15 minutes, and the RSA check is the costliest step of a
   * cheap query. Keyed by the whole token, so a cached answer is exactly the answer verification gave.
   */
  private readonly verified = new Map<string, { user: AuthUser; validUntil: number }>();

  constructor(
    private readonly keys: PublicKeySource,
    private readonly options: VerifierOptions,
  ) {}

  /** The user proven by `token`; UNAUTHENTICATED when it is malformed, expired, or not ours. */
  async verify(token: string): Promise<AuthUser> {
    const cached = this.verified.get(token);
    if (cached && cached.validUntil > Date.now()) return cached.user;
    if (cached) this.verified.delete(token);
    const { user, expiresAtMs } = await this.verifyWithKey(token);
    if (this.verified.size >= VERIFIED_CACHE_SIZE) {
      this.verified.delete(this.verified.keys().next().value as string); // oldest first (insertion order)
    }
    this.verified.set(token, { user, validUntil: Math.min(expiresAtMs, Date.now() + VERIFIED_TTL_MS) });
    return user;
  }

  private async verifyWithKey(token: string): Promise<{ user: AuthUser; expiresAtMs: number }> {
    const decoded = jwt.decode(token, { complete: true });
    const header = decoded?.header;
    if (!header || header.alg !== 'RS256' || !header.kid) throw unauthenticated('Invalid access token');
    let key: KeyObject;
    try {
      key = await this.keyObject(header.kid);
    } catch {
      throw unauthenticated('Invalid access token');
    }
    let payload: jwt.JwtPayload;
    try {
      payload = jwt.verify(token, key, {
        algorithms: ['RS256'],
        issuer: this.options.issuer,
        audience: this.options.audience,
      }) as jwt.JwtPayload;
    } catch (error) {
      const expired = error instanceof jwt.TokenExpiredError;
      throw unauthenticated(expired ? 'Access token expired' : 'Invalid access token');
    }
    if (typeof payload.sub !== 'string' || payload.typ !== 'access')
      throw unauthenticated('Invalid access token');
    const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
    const expiresAtMs = typeof payload.exp === 'number' ? payload.exp * 1000 : Date.now();
    return { user: { id: payload.sub, roles }, expiresAtMs };
  }

  private async keyObject(kid: string): Promise<KeyObject> {
    const known = this.keyObjects.get(kid);
    if (known && Date.now() - known.loadedAt < KEY_TTL_MS) return known.key;
    const key = createPublicKey(await this.keys.publicKeyFor(kid));
    this.keyObjects.set(kid, { key, loadedAt: Date.now() });
    return key;
  }

  /** Reads `Authorization: Bearer <token>`; no header means an anonymous caller (null). */
  async fromAuthorizationHeader(header: string | undefined): Promise<AuthUser | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw unauthenticated('Authorization header must be "Bearer <token>"');
    return this.verify(match[1]);
  }
}
