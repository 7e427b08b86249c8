import { randomUUID } from 'node:crypto';
import { isUuid } from '@commerce/runtime';
import type { CheckoutQuote } from '@commerce/contracts';
import { checkoutFingerprint, checkoutOrderId } from './checkout-identity';
import type { CheckoutRequest } from './checkout.validation';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const line = (productId: string, quantity: number, price = 100) => ({
  itemId: randomUUID(),
  productId,
  sellerId: 's',
  name: 'x',
  quantity,
  unitPrice: usd(price),
  lineTotal: usd(price * quantity),
});
const quote = (items: CheckoutQuote['items'], coupon: CheckoutQuote['coupon'] = null): CheckoutQuote => ({
  cartId: 'c',
  currency: 'USD',
  items,
  coupon,
  subtotal: usd(0),
  discount: usd(0),
  total: usd(0),
});
const request = (overrides: Partial<CheckoutRequest> = {}): CheckoutRequest => ({
  paymentMethod: { type: 'CARD', cardToken: 'tok_visa' },
  shippingAddressId: null,
  idempotencyKey: 'k-1',
  ...overrides,
});

describe('checkoutOrderId', () => {
  it('names the same order for the same buyer and key, a different one otherwise', () => {
    const buyer = randomUUID();
    const id = checkoutOrderId(buyer, 'key-1');
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('5'); // name-based UUID
    expect(checkoutOrderId(buyer, 'key-1')).toBe(id);
    expect(checkoutOrderId(buyer, 'key-2')).not.toBe(id);
    expect(checkoutOrderId(randomUUID(), 'key-1')).not.toBe(id);
  });

  it('cannot be confused by moving characters between buyer and key', () => {
    expect(checkoutOrderId('ab', 'c')).not.toBe(checkoutOrderId('a', 'bc'));
  });
});

describe('checkoutFingerprint', () => {
  const p1 = randomUUID();
  const p2 = randomUUID();

  it('ignores line order, prices and the card token', () => {
    const a = checkoutFingerprint(quote([line(p1, 1), line(p2, 2)]), request());
    expect(
      checkoutFingerprint(
        quote([line(p2, 2, 999), line(p1, 1)]),
        request({ paymentMethod: { type: 'CARD', cardToken: 'tok_other' } }),
      ),
    ).toBe(a);
  });

  it.each([
    ['another quantity', quote([line(p1, 2), line(p2, 2)]), request()],
    ['another product', quote([line(p1, 1)]), request()],
    ['a coupon', quote([line(p1, 1), line(p2, 2)], { code: 'TEN', kind: 'PERCENT', value: 10 }), request()],
    [
      'another payment method',
      quote([line(p1, 1), line(p2, 2)]),
      request({ paymentMethod: { type: 'WALLET' } }),
    ],
    ['another address', quote([line(p1, 1), line(p2, 2)]), request({ shippingAddressId: randomUUID() })],
  ])('changes with %s', (_, changed, changedRequest) => {
    const base = checkoutFingerprint(quote([line(p1, 1), line(p2, 2)]), request());
    expect(checkoutFingerprint(changed, changedRequest)).not.toBe(base);
  });
});
