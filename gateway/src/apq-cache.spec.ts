import { Cache, MemoryCache } from '@commerce/cache';
import { ApqCache } from './apq-cache';

describe('ApqCache over MemoryCache', () => {
  let now = 1_000_000;
  let memory: MemoryCache;
  let cache: ApqCache;

  beforeEach(() => {
    now = 1_000_000;
    memory = new MemoryCache(() => now);
    cache = new ApqCache(memory);
  });
  afterEach(() => memory.close());

  it('returns undefined for a miss and the value after set', async () => {
    expect(await cache.get('apq:abc')).toBeUndefined();
    await cache.set('apq:abc', '{ me { id } }');
    expect(await cache.get('apq:abc')).toBe('{ me { id } }');
  });

  it('namespaces keys so a shared cache keeps them apart', async () => {
    await cache.set('apq:abc', 'query');
    expect(await memory.get('gateway:apq:abc')).toBe('query');
    expect(await memory.get('apq:abc')).toBeNull();
  });

  it('maps ttl (seconds) to the cache TTL and expires the entry', async () => {
    await cache.set('apq:abc', 'query', { ttl: 60 });
    expect(await memory.ttl('gateway:apq:abc')).toBe(60);
    now += 59_000;
    expect(await cache.get('apq:abc')).toBe('query');
    now += 2_000;
    expect(await cache.get('apq:abc')).toBeUndefined();
  });

  it('rounds fractional TTLs up and keeps null/0 as "no expiry"', async () => {
    await cache.set('a', 'x', { ttl: 0.2 });
    expect(await memory.ttl('gateway:a')).toBe(1);
    await cache.set('b', 'x', { ttl: null });
    expect(await memory.ttl('gateway:b')).toBe(-1);
    await cache.set('c', 'x', { ttl: 0 });
    expect(await memory.ttl('gateway:c')).toBe(-1);
  });

  it('deletes', async () => {
    await cache.set('apq:abc', 'query');
    await cache.delete('apq:abc');
    expect(await cache.get('apq:abc')).toBeUndefined();
  });

  it('treats a failing read as a miss, so the client falls back to sending the query', async () => {
    const broken = { get: () => Promise.reject(new Error('connection lost')) } as unknown as Cache;
    const warn = jest.fn();
    const degraded = new ApqCache(broken, { warn } as never);
    expect(await degraded.get('apq:abc')).toBeUndefined();
    expect(warn).toHaveBeenCalled();
  });
});
