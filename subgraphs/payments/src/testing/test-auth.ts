import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';

export interface TestAuth {
  jwksUrl: string;
  /** A real RS256 access token for `userId`, as the users service would issue it. */
  token(userId: string, roles?: string[]): string;
  stop(): Promise<void>;
}

const KID = 'payments-test-key';

/**
 * Stands in for the users service's token issuing in tests: a local RSA key signs access tokens with
 * the same claims, and a tiny JWKS endpoint publishes its public half, so the service verifies real
 * tokens through its real JWKS client.
 */
export async function startTestAuth(): Promise<TestAuth> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwks = JSON.stringify({
    keys: [{ ...publicKey.export({ format: 'jwk' }), kid: KID, alg: 'RS256', use: 'sig' }],
  });
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(jwks);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    token: (userId, roles = ['BUYER']) =>
      jwt.sign({ sub: userId, typ: 'access', roles, jti: randomUUID() }, privateKey, {
        algorithm: 'RS256',
        keyid: KID,
        issuer: 'commerce-users',
        audience: 'commerce',
        expiresIn: '10m',
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
