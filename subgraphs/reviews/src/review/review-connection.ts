import { validate } from '@commerce/errors';
import { pageSize } from '@commerce/graphql';
import type { ReviewsContext } from '../context';
import { decodeReviewCursor, encodeReviewCursor } from './review-cursor';
import { ReviewOrder } from './review-order';
import type { ReviewListScope } from './review-reader';
import type { ReviewConnection } from './review.type';
import { idRule } from './review.validation';

/** The arguments every review list takes. */
export interface ReviewListArgs {
  first?: number | null;
  after?: string | null;
  orderBy?: ReviewOrder | null;
}

/**
 * One page of a product's or an author's reviews, through the request's page loader: the pages of
 * every product (or author) a request lists are read together in one statement. `count` gives the
 * list's length for `totalCount`, only when a client selects it.
 */
export async function reviewConnection(
  ctx: ReviewsContext,
  scope: ReviewListScope,
  rawParentId: string,
  args: ReviewListArgs,
  count: (parentId: string) => Promise<number>,
): Promise<ReviewConnection> {
  const parentId = validate(idRule(scope), rawParentId, scope === 'product' ? 'productId' : 'id');
  const order = args.orderBy ?? ReviewOrder.NEWEST;
  const limit = pageSize(args.first);
  const position = decodeReviewCursor(order, args.after);
  const page = await ctx.loaders.reviewPages.load({ scope, parentId, limit, position, order });
  for (const review of page.items) ctx.loaders.reviewById.prime(review.id, review);
  const edges = page.items.map((review) => ({
    cursor: encodeReviewCursor(order, review),
    node: review,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    count: () => count(parentId),
  };
}
