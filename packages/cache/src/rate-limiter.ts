import type { Cache } from './cache';

export interface RateLimitRule {
  /** Most hits allowed in one window. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitVerdict {
  allowed: boolean;
  remaining: number;
  /** Seconds until the window resets (meaningful when not allowed). */
  retryAfterSeconds: number;
}

/** Fixed-window rate limiter on a shared cache, so every replica counts the same hits. */
export class RateLimiter {
  constructor(
    private readonly cache: Cache,
    private readonly namespace: string,
  ) {}

  /** Counts one hit against `key` and says whether it is within the rule. */
  async hit(key: string, rule: RateLimitRule): Promise<RateLimitVerdict> {
    const fullKey = `ratelimit:${this.namespace}:${key}`;
    const count = await this.cache.increment(fullKey, rule.windowSeconds);
    const allowed = count <= rule.limit;
    const ttl = allowed ? rule.windowSeconds : await this.cache.ttl(fullKey);
    return {
      allowed,
      remaining: Math.max(0, rule.limit - count),
      retryAfterSeconds: ttl > 0 ? ttl : rule.windowSeconds,
    };
  }

  /** Reads the count without adding to it: lets a caller refuse early while a window is exhausted. */
  async isBlocked(key: string, rule: RateLimitRule): Promise<RateLimitVerdict> {
    const fullKey = `ratelimit:${this.namespace}:${key}`;
    const count = Number((await this.cache.get(fullKey)) ?? 0);
    const ttl = await this.cache.ttl(fullKey);
    return {
      allowed: count < rule.limit,
      remaining: Math.max(0, rule.limit - count),
      retryAfterSeconds: ttl > 0 ? ttl : rule.windowSeconds,
    };
  }

  async reset(key: string): Promise<void> {
    await this.cache.delete(`ratelimit:${this.namespace}:${key}`);
  }
}
