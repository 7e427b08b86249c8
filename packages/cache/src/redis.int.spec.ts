import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { engines } from '@commerce/testing';
import { describeCacheContract } from './cache.contract';
import { RedisCache, RedisPubSub } from './redis';

// One prefix per run of this file: reruns and parallel files never share keys or channels.
const prefix = `test:cache:${randomBytes(4).toString('hex')}:`;

describeCacheContract('RedisCache / RedisPubSub (real Redis)', async () => ({
  cache: new RedisCache(engines.TEST_REDIS_URL, prefix),
  pubsub: new RedisPubSub(engines.TEST_REDIS_URL, prefix),
}));

describe('RedisCache on the real Redis', () => {
  const raw = new Redis(engines.TEST_REDIS_URL);
  const replicaA = new RedisCache(engines.TEST_REDIS_URL, prefix);
  const replicaB = new RedisCache(engines.TEST_REDIS_URL, prefix);

  afterAll(async () => {
    await replicaA.close();
    await replicaB.close();
    const keys = await raw.keys(`${prefix}*`);
    if (keys.length > 0) await raw.del(...keys);
    await raw.quit();
  });

  it('answers the readiness ping', async () => {
    expect(await replicaA.ping()).toBe(true);
  });

  it('stores keys under its prefix, invisible to a cache with another prefix', async () => {
    await replicaA.set('scoped', 'v', 60);
    expect(await raw.get(`${prefix}scoped`)).toBe('v');
    const other = new RedisCache(engines.TEST_REDIS_URL, `${prefix}other:`);
    try {
      expect(await other.get('scoped')).toBeNull();
    } finally {
      await other.close();
    }
  });

  it('counts atomically across two connections (two replicas): 2 x 100 concurrent increments give 200', async () => {
    const hits = Array.from({ length: 100 }, () => [
      replicaA.increment('shared', 60),
      replicaB.increment('shared', 60),
    ]);
    const counts = await Promise.all(hits.flat());
    expect(new Set(counts).size).toBe(200);
    expect(Math.max(...counts)).toBe(200);
    expect(await raw.get(`${prefix}shared`)).toBe('200');
    const ttlMs = await raw.pttl(`${prefix}shared`);
    expect(ttlMs).toBeGreaterThan(0);
    expect(ttlMs).toBeLessThanOrEqual(60_000);
  });

  it('fails a call when Redis cannot be reached instead of hanging', async () => {
    const unreachable = new RedisCache('redis://127.0.0.1:1', prefix);
    try {
      await expect(unreachable.get('x')).rejects.toThrow();
    } finally {
      await unreachable.close();
    }
  });
});
