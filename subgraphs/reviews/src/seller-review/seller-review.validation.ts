import { z } from 'zod';
import { commentRule, idRule, ratingRule } from '../review/review.validation';

export const rateSellerRule = z.object({
  orderId: idRule('order'),
  sellerId: idRule('seller'),
  rating: ratingRule,
  comment: commentRule,
});

export type RateSellerInput = z.input<typeof rateSellerRule>;
