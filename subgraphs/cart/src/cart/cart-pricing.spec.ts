import type { CatalogProduct } from '../catalog/product-catalog';
import type { CouponEntity } from '../coupon/coupon.entity';
import { CouponProblem } from '../coupon/coupon-rules';
import type { CartItemEntity } from './cart-item.entity';
import { priceCart, priceLine } from './cart-pricing';
import type { CartView } from './cart-view';

const item = (
  productId: string,
  unitPrice: number,
  quantity: number,
  sellerId = 'seller-a',
): CartItemEntity =>
  ({
    id: `item-${productId}`,
    cartId: 'cart',
    productId,
    sellerId,
    quantity,
    unitPrice,
    currency: 'USD',
  }) as CartItemEntity;

const product = (id: string, amount: number, overrides: Partial<CatalogProduct> = {}): CatalogProduct => ({
  id,
  name: id,
  status: 'ACTIVE',
  price: { amount, currency: 'USD' },
  stockAvailable: 10,
  sellerId: 'seller-a',
  ...overrides,
});

const coupon = (overrides: Partial<CouponEntity> = {}): CouponEntity =>
  ({
    id: 'c1',
    code: 'SAVE',
    kind: 'PERCENT',
    value: 10,
    currency: null,
    minSubtotal: null,
    startsAt: null,
    endsAt: null,
    usageLimit: null,
    perUserLimit: null,
    sellerId: null,
    ...overrides,
  }) as CouponEntity;

const view = (items: CartItemEntity[], applied: CouponEntity | null = null): CartView => ({
  id: 'cart',
  buyerId: 'buyer',
  status: 'ACTIVE',
  version: 1,
  updatedAt: new Date(),
  items,
  coupon: applied,
});

const none = { total: 0, byBuyer: 0 };

describe('priceLine', () => {
  it('uses the current price and flags a change', () => {
    expect(priceLine(item('p', 1000, 2), product('p', 1200))).toMatchObject({
      unitPrice: 1200,
      priceChanged: true,
      available: true,
      lineTotal: 2400,
    });
    expect(priceLine(item('p', 1000, 2), product('p', 1000)).priceChanged).toBe(false);
  });

  it('marks lines checkout would refuse as unavailable', () => {
    expect(priceLine(item('p', 1000, 5), product('p', 1000, { stockAvailable: 4 })).available).toBe(false);
    expect(priceLine(item('p', 1000, 1), product('p', 1000, { status: 'ARCHIVED' })).available).toBe(false);
    expect(priceLine(item('p', 1000, 1), null)).toMatchObject({
      available: false,
      unitPrice: 1000,
      priceChanged: false,
    });
  });

  it('keeps the snapshot when the product moved to another currency', () => {
    const moved = product('p', 900, { price: { amount: 900, currency: 'EUR' } });
    expect(priceLine(item('p', 1000, 1), moved)).toMatchObject({
      unitPrice: 1000,
      priceChanged: true,
      available: false,
    });
  });
});

describe('priceCart', () => {
  const products = new Map([
    ['p1', product('p1', 1000)],
    ['p2', product('p2', 500, { sellerId: 'seller-b' })],
  ]);
  const items = [item('p1', 1000, 2), item('p2', 500, 1, 'seller-b')];

  it('totals at current prices and uses the default currency for an empty cart', () => {
    expect(priceCart(view([]), products, none, new Date(), 'EUR')).toMatchObject({
      currency: 'EUR',
      totals: { subtotal: 0, total: 0 },
      coupon: null,
    });
    expect(priceCart(view(items), products, none, new Date(), 'EUR').totals).toMatchObject({
      subtotal: 2500,
      total: 2500,
    });
  });

  it('applies an applicable coupon and reports why another one gives nothing', () => {
    const applied = priceCart(view(items, coupon()), products, none, new Date(), 'USD');
    expect(applied.totals).toMatchObject({ discount: 250, total: 2250 });
    expect(applied.coupon?.problem).toBeNull();

    const minimum = coupon({ sellerId: 'seller-b', minSubtotal: 600, currency: 'USD' });
    const refused = priceCart(view(items, minimum), products, none, new Date(), 'USD');
    expect(refused.coupon?.problem).toBe(CouponProblem.MIN_SUBTOTAL_NOT_MET);
    expect(refused.totals).toMatchObject({ discount: 0, total: 2500, eligibleSubtotal: 500 });
  });
});
