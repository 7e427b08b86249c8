import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { Role } from '@commerce/auth';

/**
 * Issues access tokens the way the users service does (RS256, `kid`, `typ: access`; signed with
 * node:crypto, so the package needs no JWT library) from a key pair
 * made for the test, and serves its JWKS on a local port, so the catalog verifies real signatures
 * through its real JWKS client without starting the users service.
 */
export class TestIssuer {
  private readonly kid = `test-${randomUUID()}`;
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server: Server | null = null;
  jwksUrl = '';

  constructor(
    readonly issuer = 'commerce-users',
    readonly audience = 'commerce',
  ) {}

  async start(): Promise<this> {
    const jwks = {
      keys: [{ ...this.keys.publicKey.export({ format: 'jwk' }), kid: this.kid, alg: 'RS256', use: 'sig' }],
    };
    this.server = createServer((req, res) => {
      res.writeHead(req.url === '/.well-known/jwks.json' ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.url === '/.well-known/jwks.json' ? jwks : {}));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    this.jwksUrl = `http://127.0.0.1:${port}/.well-known/jwks.json`;
    return this;
  }

  /** A signed access token for a (new, unless given) user id with these roles. */
  token(roles: Role[], userId: string = randomUUID()): { token: string; userId: string } {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: this.kid };
    const claims = {
      sub: userId,
      typ: 'access',
      roles,
      iss: this.issuer,
      aud: this.audience,
      iat: now,
      exp: now + 600,
    };
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const signed = `${encode(header)}.${encode(claims)}`;
    const signature = sign('sha256', Buffer.from(signed), this.keys.privateKey).toString('base64url');
    return { token: `${signed}.${signature}`, userId };
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
