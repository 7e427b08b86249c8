import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Cache } from './cache';
import { RedisCache } from './redis';

export interface RateLimitRule {
  /** Most points (hits, or cost points) allowed in one window. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitVerdict {
  allowed: boolean;
  /** The rule's limit, for `RateLimit-Limit`. */
  limit: number;
  remaining: number;
  /** Seconds until the window resets (meaningful when not allowed). */
  retryAfterSeconds: number;
  /** Seconds until the window resets, whatever the verdict (`RateLimit-Reset`). */
  resetSeconds: number;
}

/**
 * The one rate limiter of the platform (login, coupon attempts, wallet top-ups, the gateway's client
 * budgets), on rate-limiter-flexible: its Redis limiter counts atomically in one Lua call per hit on
 * the cache's own connection, so every replica counts the same hits; over a memory cache (embedded
 * mode, unit tests) its memory limiter counts in the process. A window starts at a key's first hit.
 */
export class RateLimiter {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(
    private readonly cache: Cache,
    private readonly namespace: string,
  ) {}

  /** Counts `points` (default one hit) against `key` and says whether it is within the rule. */
  async hit(key: string, rule: RateLimitRule, points = 1): Promise<RateLimitVerdict> {
    try {
      return verdict(rule, await this.limiterFor(rule).consume(key, points), true);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return verdict(rule, refusal, false);
      throw refusal;
    }
  }

  /** Reads the count without adding to it: lets a caller refuse early while a window is exhausted. */
  async isBlocked(key: string, rule: RateLimitRule): Promise<RateLimitVerdict> {
    const state = await this.limiterFor(rule).get(key);
    if (!state) {
      return {
        allowed: true,
        limit: rule.limit,
        remaining: rule.limit,
        retryAfterSeconds: rule.windowSeconds,
        resetSeconds: rule.windowSeconds,
      };
    }
    return verdict(rule, state, state.consumedPoints < rule.limit);
  }

  async reset(key: string): Promise<void> {
    // In Redis the key is the same under every rule of the namespace; memory limiters each hold their own.
    const limiters = [...this.limiters.values()];
    if (limiters.length === 0) limiters.push(this.limiterFor({ limit: 1, windowSeconds: 1 }));
    await Promise.all(limiters.map((limiter) => limiter.delete(key)));
  }

  private limiterFor(rule: RateLimitRule): RateLimiterAbstract {
    const id = `${rule.limit}/${rule.windowSeconds}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = createLimiter(this.cache, this.namespace, rule);
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}

/**
 * Memory limiters keep their counts inside the instance: limiters of one memory cache and namespace
 * are shared, so two RateLimiters over the same embedded cache still count the same hits.
 */
const memoryLimiters = new WeakMap<Cache, Map<string, RateLimiterMemory>>();

function createLimiter(cache: Cache, namespace: string, rule: RateLimitRule): RateLimiterAbstract {
  const options = { points: rule.limit, duration: rule.windowSeconds };
  if (cache instanceof RedisCache) {
    const { client, prefix } = cache.connection();
    return new RateLimiterRedis({
      ...options,
      storeClient: client,
      keyPrefix: `${prefix}ratelimit:${namespace}`,
    });
  }
  const shared = memoryLimiters.get(cache) ?? new Map<string, RateLimiterMemory>();
  memoryLimiters.set(cache, shared);
  const id = `${namespace}|${rule.limit}/${rule.windowSeconds}`;
  let limiter = shared.get(id);
  if (!limiter) {
    limiter = new RateLimiterMemory({ ...options, keyPrefix: `ratelimit:${namespace}` });
    shared.set(id, limiter);
  }
  return limiter;
}

function verdict(rule: RateLimitRule, state: RateLimiterRes, allowed: boolean): RateLimitVerdict {
  const resetSeconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  return {
    allowed,
    limit: rule.limit,
    remaining: Math.max(0, rule.limit - state.consumedPoints),
    retryAfterSeconds: resetSeconds,
    resetSeconds,
  };
}
