import { couponProblem, CouponProblem, CouponRules, CouponSituation } from './coupon-rules';

const now = new Date('2030-06-15T12:00:00Z');
const rules = (overrides: Partial<CouponRules> = {}): CouponRules => ({
  currency: null,
  minSubtotal: null,
  startsAt: null,
  endsAt: null,
  usageLimit: null,
  perUserLimit: null,
  ...overrides,
});
const situation = (overrides: Partial<CouponSituation> = {}): CouponSituation => ({
  now,
  usage: { total: 0, byBuyer: 0 },
  cartCurrency: 'USD',
  eligibleLines: 1,
  eligibleSubtotal: 1000,
  ...overrides,
});

describe('couponProblem', () => {
  it('accepts a coupon without restrictions', () => {
    expect(couponProblem(rules(), situation())).toBeNull();
  });

  it('is valid from startsAt inclusive until endsAt exclusive', () => {
    const window = rules({ startsAt: now, endsAt: new Date(now.getTime() + 1000) });
    expect(couponProblem(window, situation())).toBeNull();
    expect(couponProblem(window, situation({ now: new Date(now.getTime() - 1) }))).toBe(
      CouponProblem.NOT_STARTED,
    );
    expect(couponProblem(window, situation({ now: new Date(now.getTime() + 999) }))).toBeNull();
    expect(couponProblem(window, situation({ now: new Date(now.getTime() + 1000) }))).toBe(
      CouponProblem.EXPIRED,
    );
  });

  it('refuses a coupon whose total uses reached the limit', () => {
    expect(
      couponProblem(rules({ usageLimit: 3 }), situation({ usage: { total: 2, byBuyer: 0 } })),
    ).toBeNull();
    expect(couponProblem(rules({ usageLimit: 3 }), situation({ usage: { total: 3, byBuyer: 0 } }))).toBe(
      CouponProblem.USAGE_LIMIT_REACHED,
    );
  });

  it('refuses a buyer who used it as often as allowed', () => {
    expect(couponProblem(rules({ perUserLimit: 1 }), situation({ usage: { total: 5, byBuyer: 1 } }))).toBe(
      CouponProblem.PER_USER_LIMIT_REACHED,
    );
    expect(
      couponProblem(rules({ perUserLimit: 2 }), situation({ usage: { total: 5, byBuyer: 1 } })),
    ).toBeNull();
  });

  it('checks the minimum against the eligible subtotal, inclusive', () => {
    expect(couponProblem(rules({ minSubtotal: 1000 }), situation({ eligibleSubtotal: 1000 }))).toBeNull();
    expect(couponProblem(rules({ minSubtotal: 1000 }), situation({ eligibleSubtotal: 999 }))).toBe(
      CouponProblem.MIN_SUBTOTAL_NOT_MET,
    );
  });

  it('needs at least one eligible line', () => {
    expect(
      couponProblem(rules(), situation({ eligibleLines: 0, eligibleSubtotal: 0, cartCurrency: null })),
    ).toBe(CouponProblem.NO_ELIGIBLE_ITEMS);
  });

  it('refuses a currency-bound coupon on a cart in another currency, any-currency coupons fit all', () => {
    expect(couponProblem(rules({ currency: 'EUR' }), situation())).toBe(CouponProblem.CURRENCY_MISMATCH);
    expect(couponProblem(rules({ currency: 'USD' }), situation())).toBeNull();
    expect(couponProblem(rules({ currency: null }), situation({ cartCurrency: 'JPY' }))).toBeNull();
  });

  it('reports the window before the limits and the limits before the cart contents', () => {
    const everythingWrong = rules({ endsAt: now, usageLimit: 1, minSubtotal: 5000 });
    const crowded = situation({ usage: { total: 1, byBuyer: 1 }, eligibleSubtotal: 1 });
    expect(couponProblem(everythingWrong, crowded)).toBe(CouponProblem.EXPIRED);
    expect(couponProblem({ ...everythingWrong, endsAt: null }, crowded)).toBe(
      CouponProblem.USAGE_LIMIT_REACHED,
    );
  });
});
