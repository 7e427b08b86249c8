import { AppError, validate } from '@commerce/errors';
import { thrownBy } from '@commerce/testing';
import { couponCodeRule, createCouponRule } from './coupon.validation';

const now = new Date('2030-01-01T00:00:00Z');
const valid = { code: 'save10', kind: 'PERCENT', value: 10 };

function refusal(input: Record<string, unknown>) {
  return thrownBy(() => validate(createCouponRule(now), { ...valid, ...input }), AppError);
}

describe('coupon input rules', () => {
  it('normalises codes to capitals and trims them', () => {
    expect(validate(couponCodeRule, '  Summer_sale-24 ')).toBe('SUMMER_SALE-24');
  });

  it.each(['ab', 'x'.repeat(33), 'has space', '-lead', 'drop;table', ''])('refuses the code %j', (code) => {
    const error = thrownBy(() => validate(couponCodeRule, code, 'code'), AppError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field: 'code' });
  });

  it.each([
    ['a percentage above 100', { value: 101 }, 'value'],
    ['a zero value', { value: 0 }, 'value'],
    ['a negative minimum', { minSubtotal: -1 }, 'minSubtotal'],
    [
      'an end before the start',
      { startsAt: new Date('2030-02-01'), endsAt: new Date('2030-01-15') },
      'endsAt',
    ],
    ['an end in the past', { endsAt: new Date('2029-12-31') }, 'endsAt'],
    ['a zero usage limit', { usageLimit: 0 }, 'usageLimit'],
    ['a per-user limit above the total', { usageLimit: 2, perUserLimit: 3 }, 'perUserLimit'],
    ['a bad currency', { currency: 'dollars' }, 'currency'],
  ])('refuses %s', (_name, input, field) => {
    const error = refusal(input);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field });
  });

  it('accepts a full fixed-amount coupon', () => {
    const parsed = validate(createCouponRule(now), {
      code: 'five-off',
      kind: 'FIXED',
      value: 500,
      currency: 'eur',
      minSubtotal: 2000,
      startsAt: new Date('2030-01-02'),
      endsAt: new Date('2030-02-01'),
      usageLimit: 100,
      perUserLimit: 1,
    });
    expect(parsed).toMatchObject({ code: 'FIVE-OFF', currency: 'EUR', value: 500 });
  });
});
