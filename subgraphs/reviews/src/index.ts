export { reviewsSubgraph } from './server';
export type { RunningReviews } from './server';
export { loadReviewsConfig, reviewsConfigShape } from './config';
export type { ReviewsConfig } from './config';
export { buildReviewsSchema } from './schema';
export type { ReviewChange, ProductRatingSnapshot } from '@commerce/contracts';
