/**
 * The behaviour every Cache / PubSub implementation must show (the guarantees listed in `cache.ts`), and
 * the RateLimiter built on it. Each `*.spec.ts` / `*.int.spec.ts` calls `describeCacheContract` with a
 * factory for its implementation. Test-only: nothing in the package imports it.
 *
 * It depends on nothing but the port (no @commerce/testing), so it type-checks with the package.
 */
import { randomBytes } from 'node:crypto';
import type { Cache, PubSub, Unsubscribe } from './cache';
import { RateLimiter } from './rate-limiter';

export interface CacheContractSubject {
  cache: Cache;
  pubsub: PubSub;
}

/** Resolves once `probe` is true; rejects with `what` after `timeoutMs` (a deadline, not a measurement). */
async function until(what: string, probe: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A subscriber that records what it received. */
function listener() {
  const received: string[] = [];
  return { received, onMessage: (message: string) => void received.push(message) };
}

/**
 * Declares the contract suite for one implementation. `make` is called once for the suite; every key and
 * channel carries a per-run random part, so reruns and parallel files never see each other's data.
 */
export function describeCacheContract(name: string, make: () => Promise<CacheContractSubject>): void {
  describe(`Cache contract: ${name}`, () => {
    const run = randomBytes(4).toString('hex');
    let subject: CacheContractSubject;
    let cache: Cache;
    let counter = 0;
    const key = (label: string) => `contract:${run}:${label}:${++counter}`;

    beforeAll(async () => {
      subject = await make();
      cache = subject.cache;
    });

    afterAll(async () => {
      await subject?.cache.close();
      await subject?.pubsub.close();
    });

    describe('get / set / delete', () => {
      it('returns null for a key never set', async () => {
        expect(await cache.get(key('missing'))).toBeNull();
      });

      it('returns the value set, and the latest value after an overwrite', async () => {
        const k = key('value');
        await cache.set(k, 'first');
        expect(await cache.get(k)).toBe('first');
        await cache.set(k, '{"json":true}');
        expect(await cache.get(k)).toBe('{"json":true}');
      });

      it('keeps keys apart', async () => {
        const a = key('a');
        const b = key('b');
        await cache.set(a, 'A');
        await cache.set(b, 'B');
        expect([await cache.get(a), await cache.get(b)]).toEqual(['A', 'B']);
      });

      it('deletes a key, and deleting a missing key is harmless', async () => {
        const k = key('delete');
        await cache.set(k, 'v');
        await cache.delete(k);
        expect(await cache.get(k)).toBeNull();
        expect(await cache.ttl(k)).toBe(-2);
        await expect(cache.delete(k)).resolves.toBeUndefined();
      });
    });

    describe('TTL', () => {
      it('serves a value until its TTL passes, then null', async () => {
        const k = key('ttl-expiry');
        await cache.set(k, 'short-lived', 1);
        expect(await cache.get(k)).toBe('short-lived');
        await sleep(1200);
        expect(await cache.get(k)).toBeNull();
        expect(await cache.ttl(k)).toBe(-2);
      });

      it('ttl() is -2 for a missing key, -1 for a key without TTL, and the seconds left otherwise', async () => {
        expect(await cache.ttl(key('ttl-missing'))).toBe(-2);
        const persistent = key('ttl-none');
        await cache.set(persistent, 'v');
        expect(await cache.ttl(persistent)).toBe(-1);
        const expiring = key('ttl-some');
        await cache.set(expiring, 'v', 30);
        const left = await cache.ttl(expiring);
        expect(left).toBeGreaterThanOrEqual(29);
        expect(left).toBeLessThanOrEqual(30);
      });

      it('a set without TTL replaces the previous TTL', async () => {
        const k = key('ttl-cleared');
        await cache.set(k, 'v', 30);
        await cache.set(k, 'w');
        expect(await cache.ttl(k)).toBe(-1);
      });
    });

    describe('increment', () => {
      it('counts from 1 and starts the window on the first increment', async () => {
        const k = key('incr');
        expect(await cache.increment(k, 60)).toBe(1);
        expect(await cache.increment(k, 60)).toBe(2);
        expect(await cache.get(k)).toBe('2');
        const left = await cache.ttl(k);
        expect(left).toBeGreaterThan(0);
        expect(left).toBeLessThanOrEqual(60);
      });

      it('is atomic: 200 concurrent increments give 1..200 exactly once and a final count of 200', async () => {
        const k = key('incr-concurrent');
        const counts = await Promise.all(Array.from({ length: 200 }, () => cache.increment(k, 60)));
        expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
        expect(await cache.get(k)).toBe('200');
        const left = await cache.ttl(k);
        expect(left).toBeGreaterThan(0);
        expect(left).toBeLessThanOrEqual(60);
      });

      it('sets the TTL once: later increments never extend the window', async () => {
        const k = key('incr-window');
        await cache.increment(k, 60);
        // A later call with a longer window must not move the end of the first window.
        await Promise.all(Array.from({ length: 20 }, () => cache.increment(k, 3600)));
        expect(await cache.get(k)).toBe('21');
        expect(await cache.ttl(k)).toBeLessThanOrEqual(60);
      });

      it('starts a new window after the previous one expired', async () => {
        const k = key('incr-expiry');
        await cache.increment(k, 1);
        await cache.increment(k, 1);
        await sleep(1200);
        expect(await cache.increment(k, 60)).toBe(1);
        expect(await cache.ttl(k)).toBeGreaterThan(1);
      });

      it('gives a window to a counter that had no TTL', async () => {
        const k = key('incr-persistent');
        await cache.set(k, '5');
        expect(await cache.increment(k, 60)).toBe(6);
        const left = await cache.ttl(k);
        expect(left).toBeGreaterThan(0);
        expect(left).toBeLessThanOrEqual(60);
      });

      it('refuses to increment a value that is not an integer', async () => {
        const k = key('incr-text');
        await cache.set(k, 'not-a-number');
        await expect(cache.increment(k, 60)).rejects.toThrow();
        expect(await cache.get(k)).toBe('not-a-number');
      });
    });

    describe('pub/sub', () => {
      const channel = (label: string) => `contract:${run}:channel:${label}:${++counter}`;
      const unsubscribes: Unsubscribe[] = [];

      afterAll(async () => {
        for (const unsubscribe of unsubscribes) await unsubscribe();
      });

      async function subscribe(ch: string) {
        const l = listener();
        const unsubscribe = await subject.pubsub.subscribe(ch, l.onMessage);
        unsubscribes.push(unsubscribe);
        return { ...l, unsubscribe };
      }

      it('delivers every message to two subscribers, in publishing order', async () => {
        const ch = channel('two');
        const first = await subscribe(ch);
        const second = await subscribe(ch);
        for (const message of ['m1', 'm2', 'm3']) await subject.pubsub.publish(ch, message);
        await until(
          'both subscribers got 3 messages',
          () => first.received.length >= 3 && second.received.length >= 3,
        );
        expect(first.received).toEqual(['m1', 'm2', 'm3']);
        expect(second.received).toEqual(['m1', 'm2', 'm3']);
      });

      it('keeps channels apart', async () => {
        const a = channel('a');
        const b = channel('b');
        const onA = await subscribe(a);
        const onB = await subscribe(b);
        await subject.pubsub.publish(a, 'for-a');
        await subject.pubsub.publish(b, 'for-b');
        await until('both channels delivered', () => onA.received.length >= 1 && onB.received.length >= 1);
        expect(onA.received).toEqual(['for-a']);
        expect(onB.received).toEqual(['for-b']);
      });

      it('stops delivering to an unsubscribed handler while others on the channel still receive', async () => {
        const ch = channel('unsub');
        const leaving = await subscribe(ch);
        const staying = await subscribe(ch);
        await subject.pubsub.publish(ch, 'before');
        await until('both got "before"', () => leaving.received.length >= 1 && staying.received.length >= 1);
        await leaving.unsubscribe();
        await subject.pubsub.publish(ch, 'after');
        // Delivery is ordered on the channel: once "after" reached the other subscriber, it would have
        // reached the unsubscribed one too.
        await until('"after" delivered', () => staying.received.includes('after'));
        expect(leaving.received).toEqual(['before']);
        expect(staying.received).toEqual(['before', 'after']);
      });

      it('stops delivering once the last subscriber of a channel left, and a new subscriber works again', async () => {
        const ch = channel('last');
        const sentinelChannel = channel('sentinel');
        const only = await subscribe(ch);
        const sentinel = await subscribe(sentinelChannel);
        await only.unsubscribe();
        await subject.pubsub.publish(ch, 'nobody-listens');
        await subject.pubsub.publish(sentinelChannel, 'published-later');
        // Same publisher, same subscriber connection: the later message arrives after the earlier one.
        await until('sentinel message', () => sentinel.received.length >= 1);
        expect(only.received).toEqual([]);
        const again = await subscribe(ch);
        await subject.pubsub.publish(ch, 'back');
        await until('resubscribed handler', () => again.received.length >= 1);
        expect(again.received).toEqual(['back']);
        expect(only.received).toEqual([]);
      });

      it('replays nothing to a late subscriber', async () => {
        const ch = channel('late');
        const early = await subscribe(ch);
        await subject.pubsub.publish(ch, 'm1');
        await until('early got m1', () => early.received.length >= 1);
        const late = await subscribe(ch);
        await subject.pubsub.publish(ch, 'm2');
        await until('late got m2', () => late.received.length >= 1 && early.received.length >= 2);
        expect(late.received).toEqual(['m2']);
        expect(early.received).toEqual(['m1', 'm2']);
      });

      it('publishing to a channel nobody listens to succeeds', async () => {
        await expect(subject.pubsub.publish(channel('empty'), 'lost')).resolves.toBeUndefined();
      });
    });

    describe('RateLimiter', () => {
      const rule = { limit: 3, windowSeconds: 60 };
      let limiter: RateLimiter;

      beforeAll(() => {
        limiter = new RateLimiter(cache, `contract-${run}`);
      });

      it('allows up to the limit, counting down what remains', async () => {
        const who = key('rl-allow');
        const verdicts = [
          await limiter.hit(who, rule),
          await limiter.hit(who, rule),
          await limiter.hit(who, rule),
        ];
        expect(verdicts.map((v) => [v.allowed, v.remaining])).toEqual([
          [true, 2],
          [true, 1],
          [true, 0],
        ]);
      });

      it('refuses past the limit with a retryAfterSeconds within the window', async () => {
        const who = key('rl-refuse');
        for (let i = 0; i < rule.limit; i++) await limiter.hit(who, rule);
        const refused = await limiter.hit(who, rule);
        expect(refused.allowed).toBe(false);
        expect(refused.remaining).toBe(0);
        expect(refused.retryAfterSeconds).toBeGreaterThan(0);
        expect(refused.retryAfterSeconds).toBeLessThanOrEqual(rule.windowSeconds);
        const blocked = await limiter.isBlocked(who, rule);
        expect(blocked.allowed).toBe(false);
        expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
      });

      it('counts concurrent hits exactly: of 10 at once with limit 3, exactly 3 are allowed', async () => {
        const who = key('rl-concurrent');
        const verdicts = await Promise.all(Array.from({ length: 10 }, () => limiter.hit(who, rule)));
        expect(verdicts.filter((v) => v.allowed)).toHaveLength(3);
      });

      it('isBlocked reads without counting', async () => {
        const who = key('rl-peek');
        for (let i = 0; i < 5; i++) expect((await limiter.isBlocked(who, rule)).allowed).toBe(true);
        expect((await limiter.hit(who, rule)).remaining).toBe(2);
      });

      it('reset clears the count', async () => {
        const who = key('rl-reset');
        for (let i = 0; i <= rule.limit; i++) await limiter.hit(who, rule);
        expect((await limiter.isBlocked(who, rule)).allowed).toBe(false);
        await limiter.reset(who);
        expect((await limiter.isBlocked(who, rule)).allowed).toBe(true);
        const next = await limiter.hit(who, rule);
        expect(next).toMatchObject({ allowed: true, remaining: 2 });
      });

      it('keeps keys and namespaces apart', async () => {
        const who = key('rl-apart');
        for (let i = 0; i <= rule.limit; i++) await limiter.hit(who, rule);
        expect((await limiter.hit(key('rl-other'), rule)).allowed).toBe(true);
        const otherNamespace = new RateLimiter(cache, `contract-${run}-other`);
        expect((await otherNamespace.hit(who, rule)).allowed).toBe(true);
      });
    });
  });
}
