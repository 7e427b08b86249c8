import { isUuid } from '@commerce/runtime';
import type { ReviewsContext } from '../context';
import type { ReviewEntity } from './review.entity';

/** Resolves `Review` references from other subgraphs; all references of one request share one query. */
export async function resolveReviewReference(
  reference: { id: string },
  ctx: ReviewsContext,
): Promise<ReviewEntity | null> {
  if (!isUuid(reference.id)) return null;
  return ctx.loaders.reviewById.load(reference.id.toLowerCase());
}
