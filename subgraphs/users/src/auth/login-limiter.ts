import { RateLimiter, RateLimitRule } from '@commerce/cache';
import { rateLimited } from '@commerce/errors';

/**
 * Brute-force protection for login, shared by every replica through the cache:
 * - per IP, every attempt counts (slows credential stuffing across accounts);
 * - per account, only failures count, and a success clears them (a user who types their password wrong
 *   a few times is not locked out once they get it right).
 */
export class LoginLimiter {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly perIp: RateLimitRule,
    private readonly perAccount: RateLimitRule,
  ) {}

  /** Counts the attempt and refuses with RATE_LIMITED when either window is exhausted. */
  async beforeAttempt(ip: string, account: string): Promise<void> {
    const byIp = await this.limiter.hit(`ip:${ip}`, this.perIp);
    if (!byIp.allowed) throw rateLimited(byIp.retryAfterSeconds);
    const byAccount = await this.limiter.isBlocked(`account:${account}`, this.perAccount);
    if (!byAccount.allowed) throw rateLimited(byAccount.retryAfterSeconds);
  }

  async failed(account: string): Promise<void> {
    await this.limiter.hit(`account:${account}`, this.perAccount);
  }

  async succeeded(account: string): Promise<void> {
    await this.limiter.reset(`account:${account}`);
  }
}
