import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { PubSub, Unsubscribe } from '@commerce/cache';
import { type ApiClient, CLIENTS_CHANGED_CHANNEL, ResolveApiClient } from '@commerce/contracts';
import type { InternalClient } from '@commerce/http';

/** Where the gateway learns which client an API key belongs to (the users service). */
export interface ClientSource {
  /** The live client of the key; null for an unknown, expired or revoked key. */
  resolve(apiKey: string): Promise<ApiClient | null>;
}

/** {@link ClientSource} over users' internal route (@commerce/contracts ResolveApiClient). */
export class UsersClientSource implements ClientSource {
  constructor(private readonly http: InternalClient) {}

  async resolve(apiKey: string): Promise<ApiClient | null> {
    const answer = await this.http.post(ResolveApiClient.path, { apiKey });
    if (answer.status === 200) {
      const parsed = ResolveApiClient.response.safeParse(answer.body);
      if (parsed.success) return parsed.data;
    }
    // A key too long or malformed for users' validation is as unknown as a wrong one.
    if (answer.status === 404 || answer.status === 400) return null;
    throw this.http.unexpected(ResolveApiClient.path, answer);
  }
}

interface Entry {
  client: ApiClient | null;
}

/**
 * API key -> client, remembered for a few seconds so a busy partner costs users one lookup per TTL,
 * not one per request. Unknown keys are remembered too (a flood of bad keys stays in the gateway).
 * Revocation and rotation reach every replica at once through the users service's broadcast
 * (`forget`); the TTL bounds how stale an entry can be when a broadcast is lost. Entries are keyed
 * by the key's sha256, so no API key sits in the gateway's memory longer than its request.
 */
export class ClientDirectory {
  private readonly entries: LRUCache<string, Entry>;
  private readonly inFlight = new Map<string, Promise<ApiClient | null>>();

  constructor(
    private readonly source: ClientSource,
    options: { ttlMs: number; maxEntries?: number },
  ) {
    this.entries = new LRUCache<string, Entry>({ max: options.maxEntries ?? 10_000, ttl: options.ttlMs });
  }

  async resolve(apiKey: string): Promise<ApiClient | null> {
    const id = createHash('sha256').update(apiKey).digest('hex');
    const known = this.entries.get(id);
    if (known) return known.client;
    // Concurrent requests with one key share one lookup.
    let pending = this.inFlight.get(id);
    if (!pending) {
      pending = this.source
        .resolve(apiKey)
        .then((client) => {
          this.entries.set(id, { client });
          return client;
        })
        .finally(() => this.inFlight.delete(id));
      this.inFlight.set(id, pending);
    }
    return pending;
  }

  /** Drops whatever is remembered about the client (every key of it). */
  forget(clientId: string): void {
    for (const [id, entry] of this.entries.entries()) {
      if (entry.client?.id === clientId) this.entries.delete(id);
    }
  }

  /** Follows users' broadcast of changed clients. */
  listen(pubsub: PubSub): Promise<Unsubscribe> {
    return pubsub.subscribe(CLIENTS_CHANGED_CHANNEL, (clientId) => this.forget(clientId));
  }
}
