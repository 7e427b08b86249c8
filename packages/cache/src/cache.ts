/**
 * Key-value cache and pub/sub: what every implementation must guarantee.
 *
 * - `get` after `set` returns the value until the TTL passes, then null.
 * - `increment` is atomic across all processes sharing the store and starts the TTL on first use
 *   (a fixed window), which is what rate limiting needs.
 * - A message published on a channel reaches every subscriber of that channel at the time of publishing,
 *   in publishing order per publisher; nothing is replayed to later subscribers.
 */
export interface Cache {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Adds 1 and returns the new count; the key expires `windowSeconds` after its first increment. */
  increment(key: string, windowSeconds: number): Promise<number>;
  /** Seconds until the key expires, or -1 when it has no TTL, -2 when missing. */
  ttl(key: string): Promise<number>;
  close(): Promise<void>;
}

export type Unsubscribe = () => Promise<void>;

export interface PubSub {
  publish(channel: string, message: string): Promise<void>;
  subscribe(channel: string, onMessage: (message: string) => void): Promise<Unsubscribe>;
  close(): Promise<void>;
}
