import { createPrivateKey, generateKeyPairSync, randomUUID, KeyObject } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { SigningKeyEntity } from './signing-key.entity';

export interface ActiveKey {
  kid: string;
  privateKey: KeyObject;
}

/**
 * The users service's RS256 keys, kept in its database so every replica signs with the same key.
 * (A deployment with a KMS/HSM would put the private key there; this store is the port for it.)
 */
export class SigningKeyStore {
  private active: ActiveKey | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** The key that signs new tokens; created on first use. */
  async activeKey(): Promise<ActiveKey> {
    if (this.active) return this.active;
    const row = await this.dataSource
      .getRepository(SigningKeyEntity)
      .createQueryBuilder('k')
      .addSelect('k.privateKeyPem')
      .where('k.retired_at IS NULL')
      .orderBy('k.created_at', 'DESC')
      .getOne();
    const key = row ?? (await this.create());
    this.active = { kid: key.kid, privateKey: createPrivateKey(key.privateKeyPem) };
    return this.active;
  }

  /**
   * Starts signing with a new key. Older keys stay in the JWKS so tokens they signed stay valid until
   * they expire; retire them later with `retireKeysOlderThan`.
   */
  async rotate(): Promise<string> {
    const key = await this.create();
    this.active = null;
    return key.kid;
  }

  async retire(kid: string): Promise<void> {
    await this.dataSource
      .getRepository(SigningKeyEntity)
      .update({ kid, retiredAt: IsNull() }, { retiredAt: new Date() });
    if (this.active?.kid === kid) this.active = null;
  }

  /** The JSON Web Key Set other services verify tokens with. */
  async jwks(): Promise<{ keys: Record<string, unknown>[] }> {
    const keys = await this.dataSource
      .getRepository(SigningKeyEntity)
      .find({ where: { retiredAt: IsNull() }, order: { createdAt: 'DESC' } });
    return { keys: keys.map((k) => ({ ...k.publicJwk, kid: k.kid, alg: 'RS256', use: 'sig' })) };
  }

  /** The public key for `kid`, read locally: the users service does not call its own JWKS endpoint. */
  async publicJwk(kid: string): Promise<SigningKeyEntity['publicJwk'] | null> {
    const row = await this.dataSource.getRepository(SigningKeyEntity).findOneBy({ kid, retiredAt: IsNull() });
    return row?.publicJwk ?? null;
  }

  private async create(): Promise<SigningKeyEntity> {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const entity = this.dataSource.getRepository(SigningKeyEntity).create({
      kid: randomUUID(),
      privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicJwk: publicKey.export({ format: 'jwk' }),
    });
    return this.dataSource.getRepository(SigningKeyEntity).save(entity);
  }
}
