import jwt, { JwtHeader } from 'jsonwebtoken';
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

export interface VerifierOptions {
  issuer: string;
  audience: string;
}

/**
 * Verifies RS256 access tokens. Every service verifies again what the gateway verified: a subgraph
 * trusts no header alone.
 */
export class JwtVerifier {
  constructor(
    private readonly keys: PublicKeySource,
    private readonly options: VerifierOptions,
  ) {}

  /** The user proven by `token`; UNAUTHENTICATED when it is malformed, expired, or not ours. */
  async verify(token: string): Promise<AuthUser> {
    const decoded = jwt.decode(token, { complete: true });
    const header = decoded?.header as JwtHeader | undefined;
    if (!header || header.alg !== 'RS256' || !header.kid) throw unauthenticated('Invalid access token');
    let key: string;
    try {
      key = await this.keys.publicKeyFor(header.kid);
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
    return { id: payload.sub, roles };
  }

  /** Reads `Authorization: Bearer <token>`; no header means an anonymous caller (null). */
  async fromAuthorizationHeader(header: string | undefined): Promise<AuthUser | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw unauthenticated('Authorization header must be "Bearer <token>"');
    return this.verify(match[1]);
  }
}
