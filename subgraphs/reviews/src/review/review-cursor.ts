import { badInput } from '@commerce/errors';
import { decodeCursor, encodeCursor } from '@commerce/graphql';
import { isUuid } from '@commerce/runtime';
import type { ReviewEntity } from './review.entity';
import { ReviewOrder } from './review-order';

/**
 * The keyset position of a review in a sorted list: NEWEST sorts by (createdAt, id), MOST_HELPFUL
 * by (helpfulCount, createdAt, id), all descending; id breaks ties. Timestamps are stored to the
 * millisecond, so a JavaScript date carries them exactly.
 */
export interface ReviewPosition {
  helpfulCount: number;
  createdAt: Date;
  id: string;
}

/** Opaque to clients: base64url of the position, with the order's tag so orders cannot be mixed. */
export function encodeReviewCursor(order: ReviewOrder, review: ReviewEntity): string {
  const at = review.createdAt.toISOString();
  return order === ReviewOrder.NEWEST
    ? encodeCursor(['N', at, review.id])
    : encodeCursor(['H', review.helpfulCount, at, review.id]);
}

export function decodeReviewCursor(
  order: ReviewOrder,
  cursor: string | null | undefined,
): ReviewPosition | null {
  if (!cursor) return null;
  const newest = order === ReviewOrder.NEWEST;
  const position = decodeCursor(cursor, newest ? 3 : 4)!;
  const [tag, ...rest] = position;
  const [helpfulCount, createdAt, id] = newest ? [0, ...rest] : rest;
  const date = typeof createdAt === 'string' ? new Date(createdAt) : new Date(NaN);
  const valid =
    tag === (newest ? 'N' : 'H') &&
    Number.isInteger(helpfulCount) &&
    !Number.isNaN(date.getTime()) &&
    isUuid(id);
  if (!valid) throw badInput('after is not a valid cursor for this order', { field: 'after' });
  return { helpfulCount: helpfulCount as number, createdAt: date, id: id.toLowerCase() };
}
