import { createPublicKey } from 'node:crypto';
import type { PublicKeySource } from '@commerce/auth';
import type { SigningKeyStore } from './signing-keys';

/** Verifies the users service's own tokens from its key store, without an HTTP call to itself. */
export class LocalKeySource implements PublicKeySource {
  private readonly cache = new Map<string, string>();

  constructor(private readonly keys: SigningKeyStore) {}

  async publicKeyFor(kid: string): Promise<string> {
    const cached = this.cache.get(kid);
    if (cached) return cached;
    const jwk = await this.keys.publicJwk(kid);
    if (!jwk) throw new Error(`unknown signing key ${kid}`);
    const pem = createPublicKey({ key: jwk, format: 'jwk' })
      .export({ type: 'spki', format: 'pem' })
      .toString();
    this.cache.set(kid, pem);
    return pem;
  }
}
