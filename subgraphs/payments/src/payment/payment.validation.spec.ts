import { AppError, ErrorCode } from '@commerce/errors';
import { thrownBy } from '@commerce/testing';
import { z } from 'zod';
import {
  cardTokenRule,
  idempotencyKeyRule,
  MAX_AMOUNT,
  moneyRule,
  paymentMethodRule,
  validate,
} from './payment.validation';

const badInputOf = (fn: () => unknown) => {
  const error = thrownBy(fn, AppError);
  expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
  return error;
};

describe('money validation', () => {
  it.each([
    [{ amount: 1, currency: 'USD' }],
    [{ amount: 1999, currency: 'EUR' }],
    [{ amount: MAX_AMOUNT, currency: 'JPY' }],
  ])('accepts %j', (money) => {
    expect(validate(moneyRule, money)).toEqual(money);
  });

  it.each([
    [
      'a float',
      { amount: 19.99, currency: 'USD' },
      'amount',
      'must be a whole number of minor units (1999 = 19.99)',
    ],
    ['zero', { amount: 0, currency: 'USD' }, 'amount', 'must be greater than 0'],
    ['a negative amount', { amount: -100, currency: 'USD' }, 'amount', 'must be greater than 0'],
    [
      'more than GraphQL Int',
      { amount: MAX_AMOUNT + 1, currency: 'USD' },
      'amount',
      `must be at most ${MAX_AMOUNT}`,
    ],
    ['an amount as a string', { amount: '1000', currency: 'USD' }, 'amount', 'must be a number'],
    ['a missing amount', { currency: 'USD' }, 'amount', 'is required'],
    ['a lower-case currency', { amount: 100, currency: 'usd' }, 'currency', /ISO 4217/],
    ['a long currency', { amount: 100, currency: 'USDX' }, 'currency', /ISO 4217/],
  ])('refuses %s naming the field', (_name, money, field, message) => {
    const error = badInputOf(() => validate(z.object({ amount: moneyRule }), { amount: money }));
    expect(error.details).toEqual({ field: `amount.${field}` });
    if (typeof message === 'string') expect(error.message).toBe(`amount.${field} ${message}`);
    else expect(error.message).toMatch(message);
  });
});

describe('card tokens', () => {
  it.each(['tok_visa', 'tok_chargeDeclined', 'pm_card_visa', 'tok_1Abc_2'])('accepts %s', (token) => {
    expect(validate(cardTokenRule, token)).toBe(token);
  });

  it.each(['4242424242424242', '4242 4242 4242 4242', '4000-0000-0000-0002', '4000000000009995'])(
    'refuses the card number %s without repeating it',
    (number) => {
      const error = badInputOf(() => validate(z.object({ cardToken: cardTokenRule }), { cardToken: number }));
      expect(error.message).toBe(
        'cardToken must be a card token (tok_... or pm_...); card numbers are never accepted',
      );
      expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain(
        number.slice(-4),
      );
    },
  );

  it.each(['visa', 'tok_', 'tok_with space', `tok_${'x'.repeat(300)}`])(
    'refuses the non-token %j',
    (value) => {
      badInputOf(() => validate(cardTokenRule, value));
    },
  );
});

describe('methods and keys', () => {
  it('requires a card token for CARD only', () => {
    expect(validate(paymentMethodRule, { type: 'WALLET' })).toEqual({ type: 'WALLET' });
    const error = badInputOf(() => validate(paymentMethodRule, { type: 'CARD' }));
    expect(error.details).toEqual({ field: 'cardToken' });
  });

  it('names the allowed methods without quoting what was sent', () => {
    const error = badInputOf(() => validate(paymentMethodRule, { type: '4242424242424242' }));
    expect(error.message).toBe('type must be one of CARD, WALLET, PAYPAL');
  });

  it('refuses unknown fields, naming them only when they look like field names', () => {
    expect(badInputOf(() => validate(paymentMethodRule, { type: 'WALLET', cardNumber: 'x' })).message).toBe(
      'body has unknown fields: cardNumber',
    );
    expect(
      badInputOf(() => validate(paymentMethodRule, { type: 'WALLET', '4242424242424242': 1 })).message,
    ).toBe('body has unknown fields');
  });

  it.each(['short', 'has space in it', 'ü'.repeat(10), 'k'.repeat(201)])(
    'refuses the idempotency key %j',
    (key) => {
      badInputOf(() => validate(idempotencyKeyRule, key));
    },
  );
});
