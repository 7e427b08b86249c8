export { reviewsSubgraph } from './server';
export type { RunningReviews } from './server';
export { loadReviewsConfig, reviewsConfigShape } from './config';
export type { ReviewsConfig } from './config';
export { buildReviewsSchema } from './schema';
export { ReviewEvents, reviewEventDataSchema, productRatingSnapshotSchema } from './review/review.events';
export type { ReviewEventData, ProductRatingSnapshot } from './review/review.events';
