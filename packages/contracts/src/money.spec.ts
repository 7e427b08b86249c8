import { money, moneySchema } from './money';

describe('Money', () => {
  it('is an integer amount of minor units with an ISO 4217 currency', () => {
    expect(moneySchema.parse({ amount: 1999, currency: 'USD' })).toEqual({ amount: 1999, currency: 'USD' });
    expect(moneySchema.parse({ amount: 0, currency: 'JPY' })).toEqual(money(0, 'JPY'));
  });

  it.each([
    ['a float', { amount: 19.99, currency: 'USD' }, 'amount'],
    ['a negative amount', { amount: -1, currency: 'USD' }, 'amount'],
    ['an amount as a string', { amount: '1999', currency: 'USD' }, 'amount'],
    ['a missing amount', { currency: 'USD' }, 'amount'],
    ['a lower-case currency', { amount: 1, currency: 'usd' }, 'currency'],
    ['a currency that is not three letters', { amount: 1, currency: 'US' }, 'currency'],
    ['a missing currency', { amount: 1 }, 'currency'],
  ])('refuses %s', (_what, value, field) => {
    const result = moneySchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([field]);
  });

  it('says why a float is refused', () => {
    expect(moneySchema.safeParse({ amount: 0.5, currency: 'EUR' }).error?.issues[0].message).toBe(
      'must be a whole number of minor units (1999 = 19.99)',
    );
  });

  it('reads tolerantly: an unknown field is ignored', () => {
    expect(moneySchema.parse({ amount: 5, currency: 'EUR', display: '€0.05' })).toEqual({
      amount: 5,
      currency: 'EUR',
    });
  });
});
