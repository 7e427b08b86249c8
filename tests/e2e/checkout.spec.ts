/**
 * Cart, orders and payments end to end through the gateway over HTTP, every service real (users,
 * catalog, cart, orders, payments on fresh databases, one RabbitMQ bus): checkout by card and by
 * wallet, declines, oversell under concurrency, idempotency, the order lifecycle, cancellation with
 * restock, isolation between buyers, and bad input. What the API does not show (reservations still
 * holding stock, captures at the provider) is read from catalog's and payments' stores.
 */
import { randomUUID } from 'node:crypto';
import { errorCodes, eventually, graphql } from '@commerce/testing';
import {
  AddToCartDocument,
  ApplyCouponDocument,
  ApproveRefundDocument,
  ArchiveProductDocument,
  CancelOrderDocument,
  CheckoutDocument,
  CreateCouponDocument,
  MarkDeliveredDocument,
  MarkShippedDocument,
  OrderByIdDocument,
  RequestReturnDocument,
  TopUpWalletDocument,
} from '../generated/graphql';
import { Account, inBatches, unique } from '../support/accounts';
import { Buyer, PRICE, Shop } from '../support/shop';
import { CheckoutStores } from '../support/stores';
import { startTestSupergraph, TestSupergraph } from '../support/supergraph';

let supergraph: TestSupergraph<'cart' | 'orders' | 'payments'>;
let url: string;
let shop: Shop;
let admin: Account;
let seller: Account;
let stores: CheckoutStores;

/** A buyer with a PAID order of `quantity` units of a new product with `stock` units. */
async function paidOrder(stock = 5, quantity = 1) {
  const productId = await shop.createProduct(stock);
  const buyer = await shop.signUpBuyer();
  await shop.addToCart(buyer, productId, quantity);
  const order = await shop.checkout(buyer, shop.cardCheckout(buyer));
  expect(order.status).toBe('PAID');
  return { productId, buyer, order };
}

beforeAll(async () => {
  supergraph = await startTestSupergraph({
    with: ['cart', 'orders', 'payments'],
    usersEnv: { LOGIN_MAX_ATTEMPTS_PER_IP: '1000' },
  });
  url = supergraph.gatewayUrl;
  shop = await Shop.open(url, supergraph.users.config, 'co');
  ({ admin, seller } = shop);
  stores = await CheckoutStores.open({
    catalog: supergraph.catalog.database.url,
    payments: supergraph.payments.database.url,
  });
}, 60_000);

afterAll(async () => {
  await stores?.close();
  await supergraph?.stop();
});

describe('checkout', () => {
  it('by card with a platform coupon: PAID, total = subtotal - discount, payment CAPTURED, cart emptied, stock taken', async () => {
    const productId = await shop.createProduct(10);
    const buyer = await shop.signUpBuyer();
    const code = `SAVE${unique()}`.toUpperCase();
    const coupon = await graphql(
      url,
      CreateCouponDocument,
      { input: { code, kind: 'PERCENT', value: 10 } },
      { token: admin.token },
    );
    expect(coupon.errors).toBeUndefined();

    await shop.addToCart(buyer, productId, 2);
    const applied = await graphql(url, ApplyCouponDocument, { code }, { token: buyer.token });
    expect(applied.errors).toBeUndefined();
    const cart = applied.data!.applyCoupon;
    expect(cart.subtotal.amount).toBe(2 * PRICE);
    expect(cart.discount.amount).toBe(PRICE / 5);
    expect(cart.total.amount).toBe(2 * PRICE - PRICE / 5);

    const order = await shop.checkout(buyer, shop.cardCheckout(buyer));
    expect(order).toMatchObject({
      status: 'PAID',
      buyer: { id: buyer.id },
      items: [{ product: { id: productId }, quantity: 2, unitPrice: { amount: PRICE } }],
      subtotal: { amount: 2 * PRICE, currency: 'USD' },
      discount: { amount: PRICE / 5 },
      total: { amount: 2 * PRICE - PRICE / 5, currency: 'USD' },
      couponCode: code,
      shippingAddress: { line1: '1 Main St', city: 'Springfield' },
    });
    expect(order.total.amount).toBe(order.subtotal.amount - order.discount.amount);
    expect(order.payments).toEqual([
      expect.objectContaining({ status: 'CAPTURED', method: 'CARD', amount: { amount: order.total.amount } }),
    ]);

    await eventually('the cart to be emptied', async () =>
      (await shop.cartOf(buyer)).items.length === 0 ? true : undefined,
    );
    await shop.stockBecomes(productId, 8);
  });

  it('by wallet: PAID and the balance goes down by the total', async () => {
    const productId = await shop.createProduct(5);
    const buyer = await shop.signUpBuyer();
    const topUp = await graphql(
      url,
      TopUpWalletDocument,
      { amount: 10_000, cardToken: 'tok_visa' },
      { token: buyer.token },
    );
    expect(topUp.errors).toBeUndefined();
    expect(topUp.data!.topUpWallet.balance).toEqual({ amount: 10_000, currency: 'USD' });

    await shop.addToCart(buyer, productId, 1);
    const order = await shop.checkout(buyer, {
      paymentMethod: { type: 'WALLET' },
      shippingAddressId: buyer.addressId,
      idempotencyKey: randomUUID(),
    });
    expect(order.status).toBe('PAID');
    expect(order.total.amount).toBe(PRICE);
    expect(order.payments).toEqual([expect.objectContaining({ status: 'CAPTURED', method: 'WALLET' })]);
    expect((await shop.walletOf(buyer)).balance.amount).toBe(10_000 - PRICE);
    await shop.stockBecomes(productId, 4);
  });

  it('with a declined card: PAYMENT_FAILED with a reason, stock back, wallet untouched, nothing captured', async () => {
    const productId = await shop.createProduct(5);
    const buyer = await shop.signUpBuyer();
    await shop.addToCart(buyer, productId, 2);
    const walletBefore = (await shop.walletOf(buyer)).balance.amount;

    const order = await shop.checkout(buyer, shop.cardCheckout(buyer, 'tok_chargeDeclined'));
    expect(order.status).toBe('PAYMENT_FAILED');
    const failed = order.statusHistory.find((change) => change.status === 'PAYMENT_FAILED');
    expect(failed?.reason).toBeTruthy();
    expect(order.payments!.some((payment) => payment.status === 'CAPTURED')).toBe(false);

    await shop.stockBecomes(productId, 5);
    expect((await shop.walletOf(buyer)).balance.amount).toBe(walletBefore);
    const reread = await shop.orderOf(buyer, order.id);
    expect(reread.status).toBe('PAYMENT_FAILED');
    expect(reread.payments!.some((payment) => payment.status === 'CAPTURED')).toBe(false);
  });

  it('100 concurrent buyers of a product with stock 10: exactly 10 PAID and charged, 90 refused OUT_OF_STOCK and never charged, stock 0', async () => {
    const STOCK = 10;
    const BUYERS = 100;
    const productId = await shop.createProduct(STOCK);
    const buyers = await inBatches(BUYERS, 25, async () => {
      const buyer = await shop.signUpBuyer();
      await shop.addToCart(buyer, productId, 1);
      return buyer;
    });
    expect(new Set(buyers.map((buyer) => buyer.id)).size).toBe(BUYERS);

    const results = await Promise.all(
      buyers.map((buyer) =>
        graphql(url, CheckoutDocument, { input: shop.cardCheckout(buyer) }, { token: buyer.token }),
      ),
    );
    // Each buyer gets an order, or - when the cart already sees the stock gone - OUT_OF_STOCK before
    // any order exists. An order still PENDING (the request's inline budget ran out under this load)
    // is finished by the saga worker: its final state is what counts.
    const outcomes = await Promise.all(
      results.map(async (response, i) => {
        if (response.errors) {
          expect(errorCodes(response)).toEqual(['OUT_OF_STOCK']);
          return { buyer: buyers[i], order: null };
        }
        const order = response.data!.checkout;
        return {
          buyer: buyers[i],
          order: order.status === 'PENDING' ? await shop.settled(buyers[i], order.id) : order,
        };
      }),
    );

    const paid = outcomes.filter((outcome) => outcome.order?.status === 'PAID');
    expect(paid).toHaveLength(STOCK);
    for (const { order } of paid) {
      expect(order!.payments).toEqual([
        expect.objectContaining({ status: 'CAPTURED', method: 'CARD', amount: { amount: PRICE } }),
      ]);
    }

    const lost = outcomes.filter((outcome) => outcome.order?.status !== 'PAID');
    expect(lost).toHaveLength(BUYERS - STOCK);
    for (const { buyer, order } of lost) {
      if (order === null) {
        expect(await shop.orderCount(buyer)).toBe(0);
        continue;
      }
      // Refused at the reservation: cancelled as out of stock, before any payment was even tried.
      expect(order.status).toBe('CANCELLED');
      expect(order.statusHistory.at(-1)).toMatchObject({ status: 'CANCELLED', reasonCode: 'OUT_OF_STOCK' });
      expect(order.payments).toEqual([]);
      expect(await stores.paymentsOf(order.id)).toEqual([]);
    }

    expect(await shop.stockOf(productId)).toBe(0);
    // Every unit went to a committed reservation; nothing is left held, and catalog refused the rest.
    const reservations = await stores.reservationsOfProduct(productId);
    expect(reservations.COMMITTED).toBe(STOCK);
    expect(reservations.RESERVED).toBeUndefined();
    for (const { order } of paid) {
      expect(await stores.paymentsOf(order!.id)).toEqual([
        expect.objectContaining({ status: 'CAPTURED', captures: 1, providerCaptured: PRICE }),
      ]);
    }
  }, 120_000);

  it('the same idempotency key sent 20 times in parallel gives one order and exactly one charge', async () => {
    const productId = await shop.createProduct(5);
    const buyer = await shop.signUpBuyer();
    await shop.addToCart(buyer, productId, 1);
    const input = shop.cardCheckout(buyer);

    const results = await Promise.all(
      Array.from({ length: 20 }, () => graphql(url, CheckoutDocument, { input }, { token: buyer.token })),
    );
    for (const response of results) expect(response.errors).toBeUndefined();
    const ids = new Set(results.map((response) => response.data!.checkout.id));
    expect(ids.size).toBe(1);
    // Every duplicate waits for the first request's outcome instead of answering PENDING.
    expect(results.map((response) => response.data!.checkout.status)).toEqual(Array(20).fill('PAID'));
    const order = await shop.orderOf(buyer, [...ids][0]);
    expect(order.status).toBe('PAID');
    expect(order.payments).toEqual([
      expect.objectContaining({ status: 'CAPTURED', amount: { amount: PRICE } }),
    ]);
    expect(await shop.orderCount(buyer)).toBe(1);
    // One payment in payments' store, captured once, and the provider took the money once.
    expect(await stores.paymentsOf(order.id)).toEqual([
      expect.objectContaining({ status: 'CAPTURED', captures: 1, providerCaptured: PRICE }),
    ]);
    await shop.stockBecomes(productId, 4);
  });
});

describe('order lifecycle', () => {
  it('refuses illegal transitions with CONFLICT, then ships, delivers, returns and refunds', async () => {
    const { buyer, order } = await paidOrder();

    const early = await graphql(url, MarkDeliveredDocument, { orderId: order.id }, { token: seller.token });
    expect(errorCodes(early)).toEqual(['CONFLICT']);
    const earlyReturn = await graphql(
      url,
      RequestReturnDocument,
      { orderId: order.id, reason: 'Changed my mind' },
      { token: buyer.token },
    );
    expect(errorCodes(earlyReturn)).toEqual(['CONFLICT']);
    const earlyRefund = await graphql(
      url,
      ApproveRefundDocument,
      { orderId: order.id },
      { token: seller.token },
    );
    expect(errorCodes(earlyRefund)).toEqual(['CONFLICT']);
    expect((await shop.orderOf(buyer, order.id)).status).toBe('PAID');

    const shipped = await graphql(
      url,
      MarkShippedDocument,
      { orderId: order.id, carrier: 'UPS', trackingNumber: '1Z999' },
      { token: seller.token },
    );
    expect(shipped.errors).toBeUndefined();
    expect(shipped.data!.markShipped.status).toBe('SHIPPED');
    const lateCancel = await graphql(url, CancelOrderDocument, { id: order.id }, { token: buyer.token });
    expect(errorCodes(lateCancel)).toEqual(['CONFLICT']);

    const delivered = await graphql(
      url,
      MarkDeliveredDocument,
      { orderId: order.id },
      { token: seller.token },
    );
    expect(delivered.errors).toBeUndefined();
    expect(delivered.data!.markDelivered.status).toBe('DELIVERED');

    const returned = await graphql(
      url,
      RequestReturnDocument,
      { orderId: order.id, reason: 'It leaks' },
      { token: buyer.token },
    );
    expect(returned.errors).toBeUndefined();
    expect(returned.data!.requestReturn.status).toBe('RETURN_REQUESTED');

    const refunded = await graphql(
      url,
      ApproveRefundDocument,
      { orderId: order.id },
      { token: seller.token },
    );
    expect(refunded.errors).toBeUndefined();
    expect(refunded.data!.approveRefund.status).toBe('REFUNDED');
    await eventually('the payment to be refunded', async () => {
      const payments = (await shop.orderOf(buyer, order.id)).payments ?? [];
      return payments.length === 1 && payments[0].status === 'REFUNDED' ? true : undefined;
    });
    expect((await shop.orderOf(buyer, order.id)).statusHistory.map((change) => change.status)).toEqual(
      expect.arrayContaining(['PAID', 'SHIPPED', 'DELIVERED', 'RETURN_REQUESTED', 'REFUNDED']),
    );
  });

  it('cancelOrder of a PAID order by its buyer: CANCELLED and the stock returns', async () => {
    const { productId, buyer, order } = await paidOrder(5, 2);
    await shop.stockBecomes(productId, 3);
    const cancelled = await graphql(url, CancelOrderDocument, { id: order.id }, { token: buyer.token });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelOrder.status).toBe('CANCELLED');
    await shop.stockBecomes(productId, 5);
    await eventually('the payment to be given back', async () => {
      const payments = (await shop.orderOf(buyer, order.id)).payments ?? [];
      return payments.every((payment) => payment.status !== 'CAPTURED') ? true : undefined;
    });
  });
});

describe('isolation between buyers', () => {
  it("a buyer cannot read another buyer's order, cart or wallet", async () => {
    const { productId, buyer, order } = await paidOrder();
    const other = await shop.signUpBuyer();
    const topUp = await graphql(
      url,
      TopUpWalletDocument,
      { amount: 5000, cardToken: 'tok_visa' },
      { token: buyer.token },
    );
    expect(topUp.errors).toBeUndefined();
    await shop.addToCart(buyer, productId, 1);

    const peek = await graphql(url, OrderByIdDocument, { id: order.id }, { token: other.token });
    if (peek.errors) expect(errorCodes(peek)).toEqual(['NOT_FOUND']);
    else expect(peek.data!.order).toBeNull();

    const otherCart = await shop.cartOf(other);
    expect(otherCart.items).toEqual([]);
    expect((await shop.cartOf(buyer)).id).not.toBe(otherCart.id);
    const otherWallet = await shop.walletOf(other);
    expect(otherWallet.balance.amount).toBe(0);
    expect(otherWallet.id).not.toBe((await shop.walletOf(buyer)).id);
  });
});

describe('bad input changes nothing', () => {
  let buyer: Buyer;
  let productId: string;
  beforeAll(async () => {
    buyer = await shop.signUpBuyer();
    productId = await shop.createProduct(5);
    await shop.addToCart(buyer, productId, 1);
  });

  it.each([
    ['quantity 0', 0],
    ['quantity -1', -1],
    ['quantity 1000000000', 1_000_000_000],
  ])('addToCart with %s is BAD_USER_INPUT', async (_name, quantity) => {
    const before = await shop.cartOf(buyer);
    const response = await graphql(url, AddToCartDocument, { productId, quantity }, { token: buyer.token });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(await shop.cartOf(buyer)).toEqual(before);
  });

  it('addToCart of an unknown product is NOT_FOUND', async () => {
    const before = await shop.cartOf(buyer);
    const response = await graphql(
      url,
      AddToCartDocument,
      { productId: randomUUID(), quantity: 1 },
      { token: buyer.token },
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(await shop.cartOf(buyer)).toEqual(before);
  });

  it('addToCart of an archived product is OUT_OF_STOCK', async () => {
    const archivedId = await shop.createProduct(5);
    const archived = await graphql(url, ArchiveProductDocument, { id: archivedId }, { token: seller.token });
    expect(archived.errors).toBeUndefined();
    const before = await shop.cartOf(buyer);
    const response = await graphql(
      url,
      AddToCartDocument,
      { productId: archivedId, quantity: 1 },
      { token: buyer.token },
    );
    // cart's decision (availability.ts): an ARCHIVED product is OUT_OF_STOCK for good.
    expect(errorCodes(response)).toEqual(['OUT_OF_STOCK']);
    expect(await shop.cartOf(buyer)).toEqual(before);
  });

  it("checkout with someone else's address is BAD_USER_INPUT and makes no order", async () => {
    const other = await shop.signUpBuyer();
    const response = await graphql(
      url,
      CheckoutDocument,
      { input: { ...shop.cardCheckout(buyer), shippingAddressId: other.addressId } },
      { token: buyer.token },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(await shop.orderCount(buyer)).toBe(0);
    expect(await shop.stockOf(productId)).toBe(5);
  });
});
