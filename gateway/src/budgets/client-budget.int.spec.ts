import { randomUUID } from 'node:crypto';
import { RateLimiter, RedisCache } from '@commerce/cache';
import type { ApiClient } from '@commerce/contracts';
import { engines } from '@commerce/testing';
import { ClientBudgets } from './client-budget';

let cache: RedisCache;
let budgets: ClientBudgets;

beforeAll(() => {
  cache = new RedisCache(engines.TEST_REDIS_URL, `test:budgets:${randomUUID()}:`);
  budgets = new ClientBudgets(new RateLimiter(cache, 'client-budget'));
});

afterAll(async () => {
  await cache.close();
});

const client = (requestsPerMinute: number, costPointsPerMinute: number): ApiClient => ({
  id: randomUUID(),
  name: 'budgeted',
  kind: 'FIRST_PARTY',
  allowedOperations: null,
  requestsPerMinute,
  costPointsPerMinute,
});

it('refuses the request past requestsPerMinute, reporting the request budget', async () => {
  const small = client(2, 1000);
  expect((await budgets.charge(small, 1)).allowed).toBe(true);
  const last = await budgets.charge(small, 1);
  expect(last).toMatchObject({ allowed: true, limit: 2, remaining: 0 });
  const refused = await budgets.charge(small, 1);
  expect(refused).toMatchObject({ allowed: false, limit: 2, remaining: 0 });
  expect(refused.retryAfterSeconds).toBeGreaterThan(0);
  expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
});

it('spends cost points by the query cost and refuses once they run out', async () => {
  const pricey = client(1000, 100);
  expect(await budgets.charge(pricey, 60)).toMatchObject({ allowed: true, limit: 100, remaining: 40 });
  expect(await budgets.charge(pricey, 60)).toMatchObject({ allowed: false, limit: 100, remaining: 0 });
});

it('keeps clients apart and counts concurrent charges exactly', async () => {
  const busy = client(5, 1000);
  const verdicts = await Promise.all(Array.from({ length: 12 }, () => budgets.charge(busy, 1)));
  expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
  expect((await budgets.charge(client(5, 1000), 1)).allowed).toBe(true);
});
