import { randomUUID } from 'node:crypto';
import { thrownBy } from '@commerce/testing';
import { InvalidQuoteError, validateQuote } from './quote-rules';

const usd = (amount: number) => ({ amount, currency: 'USD' });

function quote(overrides: Record<string, unknown> = {}) {
  return {
    cartId: randomUUID(),
    currency: 'USD',
    items: [
      {
        itemId: 'a',
        productId: randomUUID(),
        sellerId: randomUUID(),
        name: 'Anvil',
        quantity: 3,
        unitPrice: usd(1999),
        lineTotal: usd(5997),
      },
      {
        itemId: 'b',
        productId: randomUUID(),
        sellerId: randomUUID(),
        name: 'Rope',
        quantity: 1,
        unitPrice: usd(3),
        lineTotal: usd(3),
      },
    ],
    coupon: { code: 'TEN', kind: 'PERCENT', value: 10 },
    subtotal: usd(6000),
    discount: usd(600),
    total: usd(5400),
    ...overrides,
  };
}

const problemOf = (raw: unknown) => thrownBy(() => validateQuote(raw), InvalidQuoteError).message;

describe('validateQuote (money that becomes the order)', () => {
  it('accepts totals that add up to the cent', () => {
    const valid = quote();
    expect(validateQuote(valid)).toEqual(valid);
  });

  it('accepts a quote without coupon and a 100 % discount', () => {
    expect(validateQuote(quote({ coupon: null, discount: usd(0), total: usd(6000) })).total.amount).toBe(
      6000,
    );
    expect(validateQuote(quote({ discount: usd(6000), total: usd(0) })).total.amount).toBe(0);
  });

  it('refuses a line that is not price times quantity', () => {
    const items = quote().items;
    items[0] = { ...items[0], lineTotal: usd(5996) };
    expect(problemOf(quote({ items }))).toContain('line a is not unit price times quantity');
  });

  it.each([
    [
      'a subtotal that is not the sum of the lines',
      { subtotal: usd(6001), total: usd(5401) },
      'subtotal is not the sum',
    ],
    ['a discount above the subtotal', { discount: usd(6001), total: usd(-1) }, 'total.amount'],
    [
      'a total that is not subtotal minus discount',
      { total: usd(5401) },
      'total is not subtotal minus discount',
    ],
    ['mixed currencies', { discount: { amount: 600, currency: 'EUR' } }, 'mixed currencies'],
    ['a float amount', { total: usd(5400.5) }, 'total.amount'],
    ['no items', { items: [] }, 'items'],
    ['a lower-case currency', { currency: 'usd' }, 'currency'],
  ])('refuses %s', (_, overrides, problem) => {
    expect(problemOf(quote(overrides))).toContain(problem);
  });

  it('refuses a discount larger than the subtotal even when the total is consistent', () => {
    const items = [{ ...quote().items[1] }];
    expect(problemOf(quote({ items, subtotal: usd(3), discount: usd(4), total: usd(0) }))).toContain(
      'discount exceeds',
    );
  });

  it('refuses product ids that are not ids, and zero quantities', () => {
    const items = quote().items;
    expect(problemOf(quote({ items: [{ ...items[0], productId: 'sku-1' }] }))).toContain('items.0.productId');
    expect(problemOf(quote({ items: [{ ...items[0], quantity: 0, lineTotal: usd(0) }] }))).toContain(
      'items.0.quantity',
    );
  });
});
