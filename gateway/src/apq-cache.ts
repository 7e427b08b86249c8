import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Cache } from '@commerce/cache';
import type { Logger } from '@commerce/logging';

/**
 * Apollo's KeyValueCache over our Cache interface, so automatic persisted queries live wherever the
 * platform cache does: Redis in full-stack mode (every gateway replica knows every hash), memory when
 * embedded. A cache read that fails is a miss: the client then sends the full query and the request
 * still succeeds, so a Redis hiccup slows APQ down but never breaks an operation.
 */
export class ApqCache implements KeyValueCache<string> {
  constructor(
    private readonly cache: Cache,
    private readonly logger?: Logger,
    /** Keeps gateway keys apart from other users of a shared cache. */
    private readonly prefix = 'gateway:',
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.cache.get(this.prefix + key)) ?? undefined;
    } catch (error) {
      this.logger?.warn({ err: error }, 'persisted query cache read failed; treating as a miss');
      return undefined;
    }
  }

  /** Apollo's ttl is in seconds, null or 0 meaning "no expiry"; our Cache takes whole seconds. */
  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttl = options?.ttl ? Math.max(1, Math.ceil(options.ttl)) : undefined;
    await this.cache.set(this.prefix + key, value, ttl);
  }

  async delete(key: string): Promise<boolean> {
    await this.cache.delete(this.prefix + key);
    return true;
  }
}
