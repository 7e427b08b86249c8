import { registerEnumType } from 'type-graphql';

/** Why a coupon does not apply to a cart right now. */
export enum CouponProblem {
  NOT_STARTED = 'NOT_STARTED',
  EXPIRED = 'EXPIRED',
  USAGE_LIMIT_REACHED = 'USAGE_LIMIT_REACHED',
  PER_USER_LIMIT_REACHED = 'PER_USER_LIMIT_REACHED',
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  NO_ELIGIBLE_ITEMS = 'NO_ELIGIBLE_ITEMS',
  MIN_SUBTOTAL_NOT_MET = 'MIN_SUBTOTAL_NOT_MET',
}

registerEnumType(CouponProblem, {
  name: 'CouponProblem',
  description: 'Why an applied coupon gives no discount at the moment',
});

/** Messages a buyer can read; the same words on applyCoupon, the cart and the checkout quote. */
export const COUPON_PROBLEM_MESSAGES: Record<CouponProblem, string> = {
  NOT_STARTED: 'This coupon is not valid yet',
  EXPIRED: 'This coupon has expired',
  USAGE_LIMIT_REACHED: 'This coupon has been used up',
  PER_USER_LIMIT_REACHED: 'You have already used this coupon as often as it allows',
  CURRENCY_MISMATCH: 'This coupon is for another currency than the cart',
  NO_ELIGIBLE_ITEMS: 'This coupon applies to none of the items in the cart',
  MIN_SUBTOTAL_NOT_MET: 'The items this coupon applies to are below its minimum subtotal',
};

/** The rules of a coupon, as stored. */
export interface CouponRules {
  currency: string | null;
  minSubtotal: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  perUserLimit: number | null;
}

/** Uses that count against the limits: confirmed (order paid) plus live checkout reservations. */
export interface CouponUsage {
  total: number;
  byBuyer: number;
}

/** The usage to price a cart without a coupon with (nothing to count). */
export const NO_USAGE: CouponUsage = { total: 0, byBuyer: 0 };

/** Everything about the moment and the cart that decides whether a coupon applies. */
export interface CouponSituation {
  now: Date;
  usage: CouponUsage;
  /** Currency of the cart's lines; null for an empty cart. */
  cartCurrency: string | null;
  /** Lines the coupon covers (its seller's lines, or all lines for a platform-wide coupon). */
  eligibleLines: number;
  /** Their subtotal in minor units: the minimum is checked against this, not the whole cart. */
  eligibleSubtotal: number;
}

/**
 * The first rule `coupon` breaks for this cart, or null when it applies. Checked in the order a buyer
 * can do something about last: the window and the limits first (nothing to do), then the cart's contents.
 * The validity window is half-open: valid from `startsAt` inclusive until `endsAt` exclusive.
 */
export function couponProblem(coupon: CouponRules, situation: CouponSituation): CouponProblem | null {
  const { now, usage } = situation;
  if (coupon.startsAt && now < coupon.startsAt) return CouponProblem.NOT_STARTED;
  if (coupon.endsAt && now >= coupon.endsAt) return CouponProblem.EXPIRED;
  if (coupon.usageLimit !== null && usage.total >= coupon.usageLimit)
    return CouponProblem.USAGE_LIMIT_REACHED;
  if (coupon.perUserLimit !== null && usage.byBuyer >= coupon.perUserLimit)
    return CouponProblem.PER_USER_LIMIT_REACHED;
  if (situation.eligibleLines === 0) return CouponProblem.NO_ELIGIBLE_ITEMS;
  if (coupon.currency !== null && situation.cartCurrency !== coupon.currency)
    return CouponProblem.CURRENCY_MISMATCH;
  if (coupon.minSubtotal !== null && situation.eligibleSubtotal < coupon.minSubtotal)
    return CouponProblem.MIN_SUBTOTAL_NOT_MET;
  return null;
}
