/**
 * Cart arithmetic, in integer minor units only (1999 = 19.99): no floats ever touch money here.
 *
 * Rounding: a percentage discount is rounded half to even ("banker's rounding") to the minor unit.
 * It is unbiased over many carts (half-up would give away a cent on every tie), and a discount can
 * never exceed the amount it is computed on because percentages are capped at 100.
 */

/** One cart line as the calculator sees it. */
export interface PricingLine {
  sellerId: string;
  /** Unit price in minor units. */
  unitPrice: number;
  quantity: number;
}

/** What a coupon takes off, once its rules (window, limits, minimum) said it applies. */
export interface DiscountTerms {
  kind: 'PERCENT' | 'FIXED';
  /** Percent 1..100, or minor units for FIXED. */
  value: number;
  /** Only this seller's lines are eligible; null = every line. */
  sellerId: string | null;
}

export interface CartTotals {
  subtotal: number;
  /** The part of the subtotal the coupon is computed on (and its minimum is checked against). */
  eligibleSubtotal: number;
  discount: number;
  total: number;
}

/** Price times quantity; exact in integers (99 x a 32-bit price stays far below 2^53). */
export function lineTotal(unitPrice: number, quantity: number): number {
  return unitPrice * quantity;
}

/** Sum of the lines a coupon limited to `sellerId` covers (all lines when null). */
export function eligibleSubtotal(lines: readonly PricingLine[], sellerId: string | null): number {
  return lines
    .filter((line) => sellerId === null || line.sellerId === sellerId)
    .reduce((sum, line) => sum + lineTotal(line.unitPrice, line.quantity), 0);
}

/** `numerator / denominator` rounded to the nearest integer, ties to the even neighbour. Non-negative inputs. */
export function divideHalfEven(numerator: number, denominator: number): number {
  const quotient = Math.floor(numerator / denominator);
  const twiceRemainder = 2 * (numerator - quotient * denominator);
  if (twiceRemainder > denominator) return quotient + 1;
  if (twiceRemainder < denominator) return quotient;
  return quotient % 2 === 0 ? quotient : quotient + 1;
}

/**
 * The discount on `eligible` minor units. A fixed amount is capped at the eligible subtotal, so a
 * seller-limited coupon never eats into other sellers' lines and no total goes below zero.
 */
export function discountOn(eligible: number, terms: DiscountTerms): number {
  const raw =
    terms.kind === 'PERCENT'
      ? divideHalfEven(eligible * Math.min(100, Math.max(0, terms.value)), 100)
      : Math.max(0, terms.value);
  return Math.min(raw, eligible);
}

/** Subtotal, discount and total of a cart; `terms` null means no (applicable) coupon. */
export function computeTotals(lines: readonly PricingLine[], terms: DiscountTerms | null): CartTotals {
  const subtotal = lines.reduce((sum, line) => sum + lineTotal(line.unitPrice, line.quantity), 0);
  const eligible = eligibleSubtotal(lines, terms?.sellerId ?? null);
  const discount = terms ? discountOn(eligible, terms) : 0;
  return { subtotal, eligibleSubtotal: eligible, discount, total: subtotal - discount };
}
