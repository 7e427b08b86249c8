import { databaseShape, env, loadConfig, platformShape, z } from '@commerce/config';

/** Every setting of the reviews service, validated at start-up (one message per bad value). */
export const reviewsConfigShape = {
  ...platformShape,
  ...databaseShape('reviews'),
  REVIEWS_PORT: env.port(4007),
  /**
   * The catalog subgraph's GraphQL endpoint. Products are known from catalog's events; a product the
   * events have not brought yet is looked up there (`_entities`, the door the gateway uses).
   */
  CATALOG_URL: env.url('http://127.0.0.1:4002/graphql'),
  /** A catalog lookup slower than this fails with SERVICE_UNAVAILABLE instead of holding the request. */
  CATALOG_TIMEOUT_MS: env.int(2000, 50),
};

export type ReviewsConfig = z.infer<z.ZodObject<typeof reviewsConfigShape>>;

/** Reads and validates the reviews service's settings from `source` (the process environment by default). */
export function loadReviewsConfig(source: NodeJS.ProcessEnv = process.env): ReviewsConfig {
  return loadConfig(reviewsConfigShape, source);
}
