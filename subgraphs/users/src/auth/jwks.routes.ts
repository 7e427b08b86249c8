import { Route, sendJson } from '@commerce/http';
import type { SigningKeyStore } from './signing-keys';

/**
 * `GET /.well-known/jwks.json`: the public keys every other service (and the gateway) verifies
 * tokens with. Cacheable for five minutes: a verifier that meets an unknown `kid` refetches anyway.
 */
export function jwksRoutes(signingKeys: SigningKeyStore): Route[] {
  return [
    {
      method: 'GET',
      path: '/.well-known/jwks.json',
      handler: async ({ res }) =>
        sendJson(res, 200, await signingKeys.jwks(), { 'cache-control': 'public, max-age=300' }),
    },
  ];
}
