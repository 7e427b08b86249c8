import { describeCacheContract } from './cache.contract';
import { MemoryCache, MemoryPubSub } from './memory';

describeCacheContract('MemoryCache / MemoryPubSub', async () => ({
  cache: new MemoryCache(),
  pubsub: new MemoryPubSub(),
}));

describe('MemoryCache with an injected clock', () => {
  let now = 1_000_000;
  const cache = new MemoryCache(() => now);

  afterAll(() => cache.close());

  it('expires exactly at the TTL and rounds ttl() up to whole seconds', async () => {
    await cache.set('k', 'v', 10);
    now += 9_001;
    expect(await cache.ttl('k')).toBe(1);
    expect(await cache.get('k')).toBe('v');
    now += 999;
    expect(await cache.get('k')).toBeNull();
    expect(await cache.ttl('k')).toBe(-2);
  });

  it('keeps the increment window fixed from the first hit', async () => {
    await cache.increment('w', 60);
    now += 59_000;
    expect(await cache.increment('w', 60)).toBe(2);
    now += 1_000;
    expect(await cache.increment('w', 60)).toBe(1);
  });
});

describe('MemoryPubSub', () => {
  it('delivers asynchronously, never inside publish', async () => {
    const pubsub = new MemoryPubSub();
    const received: string[] = [];
    await pubsub.subscribe('c', (m) => received.push(m));
    const publishing = pubsub.publish('c', 'x');
    expect(received).toEqual([]);
    await publishing;
    await new Promise((resolve) => setImmediate(resolve));
    expect(received).toEqual(['x']);
    await pubsub.close();
  });
});
