import Redis from 'ioredis';
import type { Cache, PubSub, Unsubscribe } from './cache';

/** Connection options shared by the cache and pub/sub clients: fail fast instead of queueing forever. */
function connect(url: string, options: { readyCheck?: boolean } = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    lazyConnect: false,
    enableReadyCheck: options.readyCheck ?? true,
  });
}

/** Redis-backed cache, shared by every replica of a service. Keys are namespaced by `prefix`. */
export class RedisCache implements Cache {
  private readonly client: Redis;

  constructor(
    url: string,
    private readonly prefix = '',
  ) {
    this.client = connect(url);
  }

  async get(key: string): Promise<string | null> {
    return this.client.get(this.prefix + key);
  }

  async set(key: string, value: string, ttlSeconds?: number): Promise<void> {
    if (ttlSeconds) await this.client.set(this.prefix + key, value, 'EX', ttlSeconds);
    else await this.client.set(this.prefix + key, value);
  }

  async delete(key: string): Promise<void> {
    await this.client.del(this.prefix + key);
  }

  async increment(key: string, windowSeconds: number): Promise<number> {
    // INCR and EXPIRE NX in one round trip: the window starts at the first hit and is never extended.
    const results = await this.client
      .multi()
      .incr(this.prefix + key)
      .expire(this.prefix + key, windowSeconds, 'NX')
      .exec();
    if (!results || results[0][0]) throw results?.[0][0] ?? new Error('redis transaction aborted');
    return Number(results[0][1]);
  }

  async ttl(key: string): Promise<number> {
    return this.client.ttl(this.prefix + key);
  }

  /**
   * The raw connection and key prefix, for a library that speaks Redis itself (the rate limiter
   * hands it to rate-limiter-flexible) so it shares this connection instead of opening another.
   */
  connection(): { client: Redis; prefix: string } {
    return { client: this.client, prefix: this.prefix };
  }

  /** Answers whether Redis is reachable, for readiness probes. */
  async ping(): Promise<boolean> {
    return (await this.client.ping()) === 'PONG';
  }

  async close(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}

/** Redis pub/sub: a subscriber connection is dedicated to subscriptions, as Redis requires. */
export class RedisPubSub implements PubSub {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, Set<(message: string) => void>>();
  /** Channels whose SUBSCRIBE Redis has not confirmed yet: later subscribers wait for the same confirmation. */
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(
    url: string,
    private readonly prefix = '',
  ) {
    this.publisher = connect(url);
    // No ready check (INFO) on the subscriber: a SUBSCRIBE issued right after construction can reach
    // Redis first, and INFO is then refused in subscriber mode, which ioredis treats as fatal.
    this.subscriber = connect(url, { readyCheck: false });
    this.subscriber.on('message', (channel: string, message: string) => {
      for (const handler of this.handlers.get(channel) ?? []) handler(message);
    });
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.publisher.publish(this.prefix + channel, message);
  }

  async subscribe(channel: string, onMessage: (message: string) => void): Promise<Unsubscribe> {
    const key = this.prefix + channel;
    let set = this.handlers.get(key);
    if (!set) {
      set = new Set();
      this.handlers.set(key, set);
      const confirmed = this.subscriber.subscribe(key).finally(() => this.pending.delete(key));
      this.pending.set(key, confirmed);
    }
    set.add(onMessage);
    await this.pending.get(key);
    return async () => {
      set.delete(onMessage);
      if (set.size === 0 && this.handlers.get(key) === set) {
        this.handlers.delete(key);
        await this.subscriber.unsubscribe(key);
      }
    };
  }

  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.all([
      this.publisher.quit().catch(() => this.publisher.disconnect()),
      this.subscriber.quit().catch(() => this.subscriber.disconnect()),
    ]);
  }
}
