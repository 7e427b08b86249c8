import { EventEmitter } from 'node:events';
import type { Cache, PubSub, Unsubscribe } from './cache';

interface Entry {
  value: string;
  expiresAt: number | null;
}

/** In-process cache for embedded mode: one Node process, so a Map is the shared store. */
export class MemoryCache implements Cache {
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {
    // Expired keys are also dropped lazily on read; the sweep only bounds memory.
    this.sweeper = setInterval(() => this.sweep(), 30_000).unref();
  }

  async get(key: string): Promise<string | null> {
    return this.live(key)?.value ?? null;
  }

  async set(key: string, value: string, ttlSeconds?: number): Promise<void> {
    this.entries.set(key, { value, expiresAt: ttlSeconds ? this.now() + ttlSeconds * 1000 : null });
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async increment(key: string, windowSeconds: number): Promise<number> {
    const entry = this.live(key);
    // Same as Redis INCR: a value that is not an integer is an error, not NaN.
    if (entry && !/^-?\d+$/.test(entry.value)) throw new Error('value is not an integer');
    const count = entry ? Number(entry.value) + 1 : 1;
    this.entries.set(key, {
      value: String(count),
      // Same as EXPIRE NX: a key without TTL gets the window; an existing window is never extended.
      expiresAt: entry?.expiresAt ?? this.now() + windowSeconds * 1000,
    });
    return count;
  }

  async ttl(key: string): Promise<number> {
    const entry = this.live(key);
    if (!entry) return -2;
    if (entry.expiresAt === null) return -1;
    return Math.ceil((entry.expiresAt - this.now()) / 1000);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.entries.clear();
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private sweep(): void {
    for (const key of this.entries.keys()) this.live(key);
  }
}

/** In-process pub/sub for embedded mode. Delivery is asynchronous, like Redis, so callers never rely on re-entrancy. */
export class MemoryPubSub implements PubSub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(channel: string, message: string): Promise<void> {
    setImmediate(() => this.emitter.emit(channel, message));
  }

  async subscribe(channel: string, onMessage: (message: string) => void): Promise<Unsubscribe> {
    this.emitter.on(channel, onMessage);
    return async () => {
      this.emitter.off(channel, onMessage);
    };
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

/**
 * The one in-process pub/sub of an embedded process, so services started side by side (users
 * broadcasting a revoked API key, the gateway listening) hear each other as they would over Redis.
 * It lives as long as the process: closing it is a no-op, since other services still use it.
 */
class ProcessPubSub extends MemoryPubSub {
  override async close(): Promise<void> {}
}

let processPubSub: ProcessPubSub | undefined;

export function sharedMemoryPubSub(): PubSub {
  processPubSub ??= new ProcessPubSub();
  return processPubSub;
}
