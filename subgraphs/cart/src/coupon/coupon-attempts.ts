import type { RateLimiter, RateLimitRule } from '@commerce/cache';
import { AppError, ErrorCode, rateLimited } from '@commerce/errors';
import type { Logger } from '@commerce/logging';

/**
 * Stops a buyer from guessing coupon codes: after `rule.limit` refused applyCoupon attempts within the
 * window, further attempts get RATE_LIMITED. Counted in the shared cache, so every replica agrees.
 * If the cache is down the guard lets attempts through (logged): coupons are not worth an outage.
 */
export class CouponAttemptLimiter {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly rule: RateLimitRule,
    private readonly logger: Logger,
  ) {}

  async guard<T>(buyerId: string, attempt: () => Promise<T>): Promise<T> {
    const verdict = await this.limiter.isBlocked(buyerId, this.rule).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'coupon attempt limiter unavailable');
      return null;
    });
    if (verdict && !verdict.allowed) throw rateLimited(verdict.retryAfterSeconds);
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.BAD_USER_INPUT) {
        await this.limiter.hit(buyerId, this.rule).catch((failure: unknown) => {
          this.logger.warn({ err: failure }, 'coupon attempt limiter unavailable');
        });
      }
      throw error;
    }
  }
}
