import { MemoryCache, RateLimiter } from '@commerce/cache';
import { AppError } from '@commerce/errors';
import { rejectionOf } from '@commerce/testing';
import { LoginLimiter } from './login-limiter';

// The embedded-mode cache adapter (the same Cache port Redis implements): the limiter's rules are
// under test here, the Redis adapter has its own contract suite.
let cache: MemoryCache;
let limiter: LoginLimiter;

beforeEach(() => {
  cache = new MemoryCache();
  limiter = new LoginLimiter(
    new RateLimiter(cache, 'login'),
    { limit: 4, windowSeconds: 60 },
    { limit: 2, windowSeconds: 60 },
  );
});

afterEach(async () => {
  await cache.close();
});

describe('LoginLimiter', () => {
  it('refuses an account after its failures reach the limit, even from another address', async () => {
    await limiter.beforeAttempt('10.0.0.1', 'alice');
    await limiter.failed('alice');
    await limiter.beforeAttempt('10.0.0.1', 'alice');
    await limiter.failed('alice');
    const error = await rejectionOf(limiter.beforeAttempt('10.0.0.2', 'alice'), AppError);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect(error.details!.retryAfterSeconds as number).toBeGreaterThan(0);
    expect(error.details!.retryAfterSeconds as number).toBeLessThanOrEqual(60);
  });

  it('does not count successful attempts against the account', async () => {
    for (let i = 0; i < 3; i++) {
      await limiter.beforeAttempt(`10.0.0.${i}`, 'bob');
      await limiter.succeeded('bob');
    }
    await expect(limiter.beforeAttempt('10.0.0.9', 'bob')).resolves.toBeUndefined();
  });

  it('clears the failures of an account once it logs in', async () => {
    await limiter.failed('carol');
    await limiter.succeeded('carol');
    await limiter.failed('carol');
    await expect(limiter.beforeAttempt('10.0.0.1', 'carol')).resolves.toBeUndefined();
  });

  it('counts every attempt from one address, whichever accounts it tries', async () => {
    for (const account of ['a', 'b', 'c', 'd']) await limiter.beforeAttempt('10.0.0.7', account);
    const error = await rejectionOf(limiter.beforeAttempt('10.0.0.7', 'e'), AppError);
    expect(error.code).toBe('RATE_LIMITED');
    await expect(limiter.beforeAttempt('10.0.0.8', 'e')).resolves.toBeUndefined();
  });

  it('keeps one account’s failures from blocking another', async () => {
    await limiter.failed('dave');
    await limiter.failed('dave');
    await expect(limiter.beforeAttempt('10.0.0.1', 'erin')).resolves.toBeUndefined();
  });
});
