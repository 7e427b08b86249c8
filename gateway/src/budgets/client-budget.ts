import type { RateLimiter, RateLimitVerdict } from '@commerce/cache';
import type { ApiClient } from '@commerce/contracts';

const WINDOW_SECONDS = 60;

/**
 * A client's two budgets per minute, counted in the shared limiter (Redis in full-stack mode, so
 * every gateway replica spends from the same budget): requests, and query-cost points (the cost
 * analysis of query-cost.ts). Both are charged in one parallel round trip.
 */
export class ClientBudgets {
  constructor(private readonly limiter: RateLimiter) {}

  /**
   * Charges one request of `cost` points and answers the verdict that binds: the refused budget, or
   * else the one with the smaller share left (what the RateLimit-* headers report).
   */
  async charge(client: ApiClient, cost: number): Promise<RateLimitVerdict> {
    const [requests, points] = await Promise.all([
      this.limiter.hit(`requests:${client.id}`, {
        limit: client.requestsPerMinute,
        windowSeconds: WINDOW_SECONDS,
      }),
      this.limiter.hit(
        `cost:${client.id}`,
        { limit: client.costPointsPerMinute, windowSeconds: WINDOW_SECONDS },
        Math.max(1, cost),
      ),
    ]);
    if (!requests.allowed) return requests;
    if (!points.allowed) return points;
    return requests.remaining / requests.limit <= points.remaining / points.limit ? requests : points;
  }
}
