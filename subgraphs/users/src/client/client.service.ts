import { DataSource, QueryFailedError, Repository } from 'typeorm';
import { z } from 'zod';
import type { PubSub } from '@commerce/cache';
import { type ApiClient, CLIENTS_CHANGED_CHANNEL } from '@commerce/contracts';
import { conflict, notFound, validate } from '@commerce/errors';
import type { Logger } from '@commerce/logging';
import { isUuid } from '@commerce/runtime';
import { hashApiKey, newApiKey } from './api-key';
import { ClientEntity } from './client.entity';
import type { RegisterClientInput } from './client.type';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

const registerRule = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'must be 2-40 lower-case letters, digits or dashes'),
  kind: z.enum(['FIRST_PARTY', 'PARTNER']),
  allowedOperations: z
    .array(z.string().regex(OPERATION_NAME, 'must be GraphQL operation names'))
    .max(500)
    .nullish(),
  requestsPerMinute: z.number().int().min(1).max(1_000_000),
  costPointsPerMinute: z.number().int().min(1).max(100_000_000),
});

/** Longest grace a rotation may give the old key: a day is enough to redeploy a partner's config. */
const MAX_GRACE_SECONDS = 86_400;

/**
 * Registers, rotates and revokes API clients, and resolves a key to its client for the gateway.
 * Every change to a client's keys is broadcast on CLIENTS_CHANGED_CHANNEL so each gateway replica
 * drops what it cached about the client at once; the gateway's short cache TTL is the backstop
 * when a broadcast is lost.
 */
export class ClientService {
  private readonly repository: Repository<ClientEntity>;

  constructor(
    dataSource: DataSource,
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
  ) {
    this.repository = dataSource.getRepository(ClientEntity);
  }

  async register(input: RegisterClientInput): Promise<{ client: ClientEntity; apiKey: string }> {
    const valid = validate(registerRule, input);
    const apiKey = newApiKey();
    try {
      const client = await this.repository.save(
        this.repository.create({
          ...valid,
          allowedOperations: valid.allowedOperations ?? null,
          keyHash: hashApiKey(apiKey),
          previousKeyHash: null,
          previousKeyExpiresAt: null,
          revokedAt: null,
        }),
      );
      return { client, apiKey };
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw conflict('name is already taken', { field: 'name' });
      }
      throw error;
    }
  }

  /** A new key; the current one keeps working for `graceSeconds` (0 ends it now). */
  async rotate(id: string, graceSeconds: number): Promise<{ client: ClientEntity; apiKey: string }> {
    validate(z.number().int().min(0).max(MAX_GRACE_SECONDS), graceSeconds, 'graceSeconds');
    await this.live(id);
    const apiKey = newApiKey();
    await this.repository.query(
      `UPDATE api_clients
          SET previous_key_hash = CASE WHEN $3 > 0 THEN key_hash END,
              previous_key_expires_at = CASE WHEN $3 > 0 THEN now() + make_interval(secs => $3) END,
              key_hash = $2
        WHERE id = $1`,
      [id, hashApiKey(apiKey), graceSeconds],
    );
    await this.announce(id);
    return { client: await this.live(id), apiKey };
  }

  /** Both keys stop working; the client stays listed, revoked. Revoking twice changes nothing. */
  async revoke(id: string): Promise<ClientEntity> {
    const client = await this.find(id);
    if (!client.revokedAt) {
      await this.repository.update({ id }, { revokedAt: new Date() });
      await this.announce(id);
    }
    return this.find(id);
  }

  list(): Promise<ClientEntity[]> {
    return this.repository.find({ order: { createdAt: 'ASC' } });
  }

  /** The live client of a current key or of a previous key within its grace; null otherwise. */
  async resolve(apiKey: string): Promise<ApiClient | null> {
    const hash = hashApiKey(apiKey);
    const rows: ClientEntity[] = await this.repository
      .createQueryBuilder('c')
      .where('c.revoked_at IS NULL')
      .andWhere(
        '(c.key_hash = :hash OR (c.previous_key_hash = :hash AND c.previous_key_expires_at > now()))',
        {
          hash,
        },
      )
      .getMany();
    const client = rows[0];
    if (!client) return null;
    return {
      id: client.id,
      name: client.name,
      kind: client.kind,
      allowedOperations: client.allowedOperations,
      requestsPerMinute: client.requestsPerMinute,
      costPointsPerMinute: client.costPointsPerMinute,
    };
  }

  private async find(id: string): Promise<ClientEntity> {
    const client = isUuid(id) ? await this.repository.findOneBy({ id }) : null;
    if (!client) throw notFound('Client');
    return client;
  }

  private async live(id: string): Promise<ClientEntity> {
    const client = await this.find(id);
    if (client.revokedAt) throw conflict('The client is revoked', { field: 'id' });
    return client;
  }

  /** Closes the broadcast connection (a no-op for the embedded process's shared pub/sub). */
  close(): Promise<void> {
    return this.pubsub.close();
  }

  /** A lost broadcast is not an error: gateways forget cached clients within seconds anyway. */
  private async announce(id: string): Promise<void> {
    await this.pubsub.publish(CLIENTS_CHANGED_CHANNEL, id).catch((error: unknown) => {
      this.logger.warn(
        { err: error, clientId: id },
        'client change broadcast failed; gateways catch up by TTL',
      );
    });
  }
}
