import type { PubSub } from './cache';
import { sharedMemoryPubSub } from './memory';
import { RedisPubSub } from './redis';

/** The pub/sub a service opens for its mode: Redis in full-stack mode, the process's own when embedded. */
export function openPubSub(config: { RUNTIME_MODE: 'embedded' | 'stack'; REDIS_URL: string }): PubSub {
  return config.RUNTIME_MODE === 'embedded' ? sharedMemoryPubSub() : new RedisPubSub(config.REDIS_URL);
}
