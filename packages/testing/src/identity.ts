import { createPrivateKey, generateKeyPairSync, KeyObject, randomUUID, sign } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type TestRole = 'BUYER' | 'SELLER' | 'ADMIN';

export interface TestUser {
  id: string;
  roles: TestRole[];
  /** A valid RS256 access token for this user. */
  token: string;
}

const KID = 'test-key';

/**
 * Stands in for the users service in a subgraph's tests: an RSA key, its JWKS on a local port, and
 * access tokens shaped exactly like the ones users issues (RS256, kid, iss/aud, typ=access, roles).
 */
export class TestIdentity {
  private constructor(
    private readonly privateKey: KeyObject,
    private readonly server: Server,
    readonly jwksUrl: string,
  ) {}

  static async start(): Promise<TestIdentity> {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwks = JSON.stringify({
      keys: [{ ...publicKey.export({ format: 'jwk' }), kid: KID, alg: 'RS256', use: 'sig' }],
    });
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(jwks);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new TestIdentity(
      createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' })),
      server,
      `http://127.0.0.1:${port}/.well-known/jwks.json`,
    );
  }

  /** A new user (fresh id) with a token. */
  user(...roles: TestRole[]): TestUser {
    const id = randomUUID();
    const all: TestRole[] = ['BUYER', ...roles.filter((role) => role !== 'BUYER')];
    return { id, roles: all, token: this.token(id, all) };
  }

  token(userId: string, roles: TestRole[], expiresInSeconds = 600): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: KID };
    const payload = {
      sub: userId,
      typ: 'access',
      roles,
      iss: 'commerce-users',
      aud: 'commerce',
      iat: now,
      exp: now + expiresInSeconds,
    };
    const signingInput = `${encode(header)}.${encode(payload)}`;
    const signature = sign('RSA-SHA256', Buffer.from(signingInput), this.privateKey).toString('base64url');
    return `${signingInput}.${signature}`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
