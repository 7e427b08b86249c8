import { computeTotals, discountOn, divideHalfEven, eligibleSubtotal, PricingLine } from './price-calculator';

const line = (sellerId: string, unitPrice: number, quantity: number): PricingLine => ({
  sellerId,
  unitPrice,
  quantity,
});

describe('divideHalfEven (banker rounding)', () => {
  it.each([
    [0, 100, 0],
    [49, 100, 0],
    [50, 100, 0], // 0.5 -> 0 (even)
    [51, 100, 1],
    [150, 100, 2], // 1.5 -> 2 (even)
    [250, 100, 2], // 2.5 -> 2 (even)
    [350, 100, 4], // 3.5 -> 4
    [249, 100, 2],
    [251, 100, 3],
    [1999 * 15, 100, 300], // 299.85 -> 300
  ])('%i / %i = %i', (numerator, denominator, expected) => {
    expect(divideHalfEven(numerator, denominator)).toBe(expected);
  });
});

describe('discountOn', () => {
  it('takes a percentage of the eligible amount, ties to even', () => {
    expect(discountOn(1, { kind: 'PERCENT', value: 50, sellerId: null })).toBe(0); // 0.5
    expect(discountOn(3, { kind: 'PERCENT', value: 50, sellerId: null })).toBe(2); // 1.5
    expect(discountOn(5, { kind: 'PERCENT', value: 50, sellerId: null })).toBe(2); // 2.5
    expect(discountOn(15, { kind: 'PERCENT', value: 10, sellerId: null })).toBe(2); // 1.5
    expect(discountOn(25, { kind: 'PERCENT', value: 10, sellerId: null })).toBe(2); // 2.5
    expect(discountOn(1999, { kind: 'PERCENT', value: 33, sellerId: null })).toBe(660); // 659.67
  });

  it('never exceeds the eligible amount', () => {
    expect(discountOn(1234, { kind: 'PERCENT', value: 100, sellerId: null })).toBe(1234);
    expect(discountOn(500, { kind: 'FIXED', value: 800, sellerId: null })).toBe(500);
    expect(discountOn(0, { kind: 'FIXED', value: 800, sellerId: null })).toBe(0);
    expect(discountOn(0, { kind: 'PERCENT', value: 10, sellerId: null })).toBe(0);
  });

  it('takes a fixed amount as is when the eligible amount covers it', () => {
    expect(discountOn(5000, { kind: 'FIXED', value: 750, sellerId: null })).toBe(750);
  });
});

describe('computeTotals', () => {
  const lines = [line('s1', 1000, 2), line('s2', 333, 3), line('s1', 1, 1)];

  it('adds lines in minor units without a coupon', () => {
    expect(computeTotals(lines, null)).toEqual({
      subtotal: 3000,
      eligibleSubtotal: 3000,
      discount: 0,
      total: 3000,
    });
  });

  it('handles an empty cart', () => {
    expect(computeTotals([], { kind: 'FIXED', value: 500, sellerId: null })).toEqual({
      subtotal: 0,
      eligibleSubtotal: 0,
      discount: 0,
      total: 0,
    });
  });

  it('applies a platform-wide percentage to the whole subtotal', () => {
    expect(computeTotals(lines, { kind: 'PERCENT', value: 15, sellerId: null })).toMatchObject({
      subtotal: 3000,
      discount: 450,
      total: 2550,
    });
  });

  it("limits a seller's coupon to that seller's lines", () => {
    // s1 lines: 2000 + 1 = 2001; 10% = 200.1 -> 200
    expect(computeTotals(lines, { kind: 'PERCENT', value: 10, sellerId: 's1' })).toEqual({
      subtotal: 3000,
      eligibleSubtotal: 2001,
      discount: 200,
      total: 2800,
    });
  });

  it("caps a seller's fixed coupon at that seller's lines, not the cart", () => {
    expect(computeTotals(lines, { kind: 'FIXED', value: 2500, sellerId: 's2' })).toEqual({
      subtotal: 3000,
      eligibleSubtotal: 999,
      discount: 999,
      total: 2001,
    });
  });

  it('gives nothing when the seller has no line in the cart', () => {
    expect(computeTotals(lines, { kind: 'FIXED', value: 100, sellerId: 'other' })).toMatchObject({
      eligibleSubtotal: 0,
      discount: 0,
      total: 3000,
    });
  });

  it('never lets the total go below zero', () => {
    const totals = computeTotals([line('s1', 99, 1)], { kind: 'FIXED', value: 10_000, sellerId: null });
    expect(totals.total).toBe(0);
    expect(totals.discount).toBe(99);
  });

  it('stays in exact integers for large carts', () => {
    const big = [line('s1', 21_000_000, 99)];
    const totals = computeTotals(big, { kind: 'PERCENT', value: 7, sellerId: null });
    expect(Number.isInteger(totals.discount)).toBe(true);
    expect(totals.subtotal).toBe(2_079_000_000);
    expect(totals.discount).toBe(145_530_000);
  });
});

describe('eligibleSubtotal', () => {
  it('sums every line for a platform-wide coupon and only the seller lines otherwise', () => {
    const lines = [line('a', 100, 2), line('b', 50, 1)];
    expect(eligibleSubtotal(lines, null)).toBe(250);
    expect(eligibleSubtotal(lines, 'b')).toBe(50);
  });
});
