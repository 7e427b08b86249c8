import { randomUUID } from 'node:crypto';
import { productEvent } from './event-fixtures';
import { ReviewsHarness, startReviewsHarness } from './reviews-harness';

/**
 * The harness of one spec file: started before its tests, stopped after them. Call it at the top of
 * the file; the handle it returns forwards to the started harness (using it outside a test throws).
 * (A `.fixture.ts` file: part of the tests' program, not of the build.)
 */
export function useReviewsHarness(env: Record<string, string> = {}): ReviewsHarness {
  let started: ReviewsHarness | null = null;
  beforeAll(async () => {
    started = await startReviewsHarness(env);
  });
  afterAll(async () => {
    await started?.stop();
  });
  return new Proxy({} as ReviewsHarness, {
    get(_, key) {
      if (!started) throw new Error('the reviews harness is only usable inside a test');
      const value: unknown = Reflect.get(started, key);
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}

/** A new ACTIVE product of `sellerId`, known to reviews through catalog's `product.created`. */
export async function deliverNewProduct(harness: ReviewsHarness, sellerId: string): Promise<string> {
  const productId = randomUUID();
  await harness.deliver(productEvent('product.created', { productId, sellerId }));
  return productId;
}
