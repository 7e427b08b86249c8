import { AppError } from '@commerce/errors';
import { encodeCursor } from '@commerce/graphql';
import { thrownBy } from '@commerce/testing';
import { decodeReviewCursor, encodeReviewCursor } from './review-cursor';
import type { ReviewEntity } from './review.entity';
import { ReviewOrder } from './review-order';

const review = {
  id: '5d1c1f1e-0000-4000-8000-000000000001',
  helpfulCount: 7,
  createdAt: new Date('2026-12-04T10:11:12.345Z'),
} as ReviewEntity;

describe('review cursors', () => {
  it.each([ReviewOrder.NEWEST, ReviewOrder.MOST_HELPFUL])(
    'round-trips the position of %s to the millisecond',
    (order) => {
      const position = decodeReviewCursor(order, encodeReviewCursor(order, review))!;
      expect(position.id).toBe(review.id);
      expect(position.createdAt).toEqual(review.createdAt);
      if (order === ReviewOrder.MOST_HELPFUL) expect(position.helpfulCount).toBe(7);
    },
  );

  it('refuses a cursor of the other order, garbage and a forged position', () => {
    const newest = encodeReviewCursor(ReviewOrder.NEWEST, review);
    for (const [order, cursor] of [
      [ReviewOrder.MOST_HELPFUL, newest],
      [ReviewOrder.NEWEST, encodeReviewCursor(ReviewOrder.MOST_HELPFUL, review)],
      [ReviewOrder.NEWEST, 'not-a-cursor'],
      [ReviewOrder.NEWEST, encodeCursor(['N', 'yesterday', review.id])],
      [ReviewOrder.NEWEST, encodeCursor(['N', review.createdAt.toISOString(), "1' OR 1=1"])],
    ] as const) {
      const error = thrownBy(() => decodeReviewCursor(order, cursor), AppError);
      expect(error.code).toBe('BAD_USER_INPUT');
    }
  });

  it('starts from the beginning without a cursor', () => {
    expect(decodeReviewCursor(ReviewOrder.NEWEST, null)).toBeNull();
  });
});
