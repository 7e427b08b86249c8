/**
 * Cart, orders and payments end to end through the gateway over HTTP, every service real (users,
 * catalog, cart, orders, payments on fresh databases, one RabbitMQ bus): checkout by card and by
 * wallet, declines, oversell under concurrency, idempotency, the order lifecycle, cancellation with
 * restock, isolation between buyers, and bad input.
 */
import { randomUUID } from 'node:crypto';
import { errorCodes, eventually, graphql } from '@commerce/testing';
import {
  AddAddressDocument,
  AddToCartDocument,
  ApplyCouponDocument,
  ApproveRefundDocument,
  ArchiveProductDocument,
  CancelOrderDocument,
  CheckoutDocument,
  CheckoutInput,
  CreateCategoryDocument,
  CreateCouponDocument,
  CreateProductDocument,
  MarkDeliveredDocument,
  MarkShippedDocument,
  MyCartDocument,
  MyOrderCountDocument,
  MyWalletDocument,
  OrderByIdDocument,
  ProductStockDocument,
  RequestReturnDocument,
  TopUpWalletDocument,
} from '../generated/graphql';
import { Account, accountsOf, unique } from '../support/accounts';
import { startTestSupergraph, TestSupergraph } from '../support/supergraph';

interface Buyer extends Account {
  addressId: string;
}

const PRICE = 2500;

let supergraph: TestSupergraph<'cart' | 'orders' | 'payments'>;
let url: string;
let admin: Account;
let seller: Account;
let categoryId: string;
let signUp: () => Promise<Account>;
let signUpSeller: () => Promise<Account>;

async function signUpBuyer(): Promise<Buyer> {
  const account = await signUp();
  const response = await graphql(
    url,
    AddAddressDocument,
    { input: { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' } },
    { token: account.token },
  );
  expect(response.errors).toBeUndefined();
  return { ...account, addressId: response.data!.addAddress.id };
}

async function createProduct(stock: number, price = PRICE): Promise<string> {
  const response = await graphql(
    url,
    CreateProductDocument,
    {
      input: {
        categoryId,
        name: `Kettle ${unique()}`,
        description: 'Boils water quickly and quietly',
        brand: 'Acme',
        price: { amount: price, currency: 'USD' },
        stock,
      },
    },
    { token: seller.token },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.createProduct.stockAvailable).toBe(stock);
  return response.data!.createProduct.id;
}

async function stockOf(productId: string): Promise<number> {
  const response = await graphql(url, ProductStockDocument, { id: productId });
  expect(response.errors).toBeUndefined();
  return response.data!.product!.stockAvailable;
}

function stockBecomes(productId: string, expected: number) {
  return eventually(`stock of ${productId} to be ${expected}`, async () =>
    (await stockOf(productId)) === expected ? true : undefined,
  );
}

async function addToCart(account: Account, productId: string, quantity: number) {
  const response = await graphql(url, AddToCartDocument, { productId, quantity }, { token: account.token });
  expect(response.errors).toBeUndefined();
  return response.data!.addToCart;
}

async function cartOf(account: Account) {
  const response = await graphql(url, MyCartDocument, {}, { token: account.token });
  expect(response.errors).toBeUndefined();
  return response.data!.cart;
}

async function walletOf(account: Account) {
  const response = await graphql(url, MyWalletDocument, {}, { token: account.token });
  expect(response.errors).toBeUndefined();
  return response.data!.myWallet;
}

function cardCheckout(buyer: Buyer, cardToken = 'tok_visa'): CheckoutInput {
  return {
    paymentMethod: { type: 'CARD', cardToken },
    shippingAddressId: buyer.addressId,
    idempotencyKey: randomUUID(),
  };
}

async function checkout(account: Account, input: CheckoutInput) {
  const response = await graphql(url, CheckoutDocument, { input }, { token: account.token });
  expect(response.errors).toBeUndefined();
  return response.data!.checkout;
}

async function orderOf(account: Account, id: string) {
  const response = await graphql(url, OrderByIdDocument, { id }, { token: account.token });
  expect(response.errors).toBeUndefined();
  return response.data!.order!;
}

async function orderCount(account: Account): Promise<number> {
  const response = await graphql(url, MyOrderCountDocument, {}, { token: account.token });
  expect(response.errors).toBeUndefined();
  return response.data!.myOrders.totalCount;
}

/** A buyer with a PAID order of `quantity` units of a new product with `stock` units. */
async function paidOrder(stock = 5, quantity = 1) {
  const productId = await createProduct(stock);
  const buyer = await signUpBuyer();
  await addToCart(buyer, productId, quantity);
  const order = await checkout(buyer, cardCheckout(buyer));
  expect(order.status).toBe('PAID');
  return { productId, buyer, order };
}

beforeAll(async () => {
  supergraph = await startTestSupergraph({
    with: ['cart', 'orders', 'payments'],
    usersEnv: { LOGIN_MAX_ATTEMPTS_PER_IP: '1000' },
  });
  url = supergraph.gatewayUrl;
  ({ signUp, signUpSeller } = accountsOf(url, 'co'));
  admin = await accountsOf(url, 'co').loginAdmin(supergraph.users.config);
  seller = await signUpSeller();
  const category = await graphql(
    url,
    CreateCategoryDocument,
    { input: { name: `Kitchen ${unique()}` } },
    { token: admin.token },
  );
  expect(category.errors).toBeUndefined();
  categoryId = category.data!.createCategory.id;
}, 60_000);

afterAll(async () => {
  await supergraph?.stop();
});

describe('checkout', () => {
  it('by card with a platform coupon: PAID, total = subtotal - discount, payment CAPTURED, cart emptied, stock taken', async () => {
    const productId = await createProduct(10);
    const buyer = await signUpBuyer();
    const code = `SAVE${unique()}`.toUpperCase();
    const coupon = await graphql(
      url,
      CreateCouponDocument,
      { input: { code, kind: 'PERCENT', value: 10 } },
      { token: admin.token },
    );
    expect(coupon.errors).toBeUndefined();

    await addToCart(buyer, productId, 2);
    const applied = await graphql(url, ApplyCouponDocument, { code }, { token: buyer.token });
    expect(applied.errors).toBeUndefined();
    const cart = applied.data!.applyCoupon;
    expect(cart.subtotal.amount).toBe(2 * PRICE);
    expect(cart.discount.amount).toBe(PRICE / 5);
    expect(cart.total.amount).toBe(2 * PRICE - PRICE / 5);

    const order = await checkout(buyer, cardCheckout(buyer));
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
      (await cartOf(buyer)).items.length === 0 ? true : undefined,
    );
    await stockBecomes(productId, 8);
  });

  it('by wallet: PAID and the balance goes down by the total', async () => {
    const productId = await createProduct(5);
    const buyer = await signUpBuyer();
    const topUp = await graphql(
      url,
      TopUpWalletDocument,
      { amount: 10_000, cardToken: 'tok_visa' },
      { token: buyer.token },
    );
    expect(topUp.errors).toBeUndefined();
    expect(topUp.data!.topUpWallet.balance).toEqual({ amount: 10_000, currency: 'USD' });

    await addToCart(buyer, productId, 1);
    const order = await checkout(buyer, {
      paymentMethod: { type: 'WALLET' },
      shippingAddressId: buyer.addressId,
      idempotencyKey: randomUUID(),
    });
    expect(order.status).toBe('PAID');
    expect(order.total.amount).toBe(PRICE);
    expect(order.payments).toEqual([expect.objectContaining({ status: 'CAPTURED', method: 'WALLET' })]);
    expect((await walletOf(buyer)).balance.amount).toBe(10_000 - PRICE);
    await stockBecomes(productId, 4);
  });

  it('with a declined card: PAYMENT_FAILED with a reason, stock back, wallet untouched, nothing captured', async () => {
    const productId = await createProduct(5);
    const buyer = await signUpBuyer();
    await addToCart(buyer, productId, 2);
    const walletBefore = (await walletOf(buyer)).balance.amount;

    const order = await checkout(buyer, cardCheckout(buyer, 'tok_chargeDeclined'));
    expect(order.status).toBe('PAYMENT_FAILED');
    const failed = order.statusHistory.find((change) => change.status === 'PAYMENT_FAILED');
    expect(failed?.reason).toBeTruthy();
    expect(order.payments.some((payment) => payment.status === 'CAPTURED')).toBe(false);

    await stockBecomes(productId, 5);
    expect((await walletOf(buyer)).balance.amount).toBe(walletBefore);
    const reread = await orderOf(buyer, order.id);
    expect(reread.status).toBe('PAYMENT_FAILED');
    expect(reread.payments.some((payment) => payment.status === 'CAPTURED')).toBe(false);
  });

  it('30 concurrent buyers of a product with stock 5: exactly 5 PAID, stock 0', async () => {
    const productId = await createProduct(5);
    const buyers = await Promise.all(Array.from({ length: 30 }, () => signUpBuyer()));
    await Promise.all(buyers.map((buyer) => addToCart(buyer, productId, 1)));

    const results = await Promise.all(
      buyers.map((buyer) =>
        graphql(url, CheckoutDocument, { input: cardCheckout(buyer) }, { token: buyer.token }),
      ),
    );
    const statuses = results.map((response) => response.data?.checkout.status ?? errorCodes(response).join());
    expect(statuses.filter((status) => status === 'PAID')).toHaveLength(5);
    // The rest lose the race: an order CANCELLED/PAYMENT_FAILED, or (when the cart already sees stock 0)
    // OUT_OF_STOCK before any order exists.
    for (const status of statuses.filter((s) => s !== 'PAID')) {
      expect(['CANCELLED', 'PAYMENT_FAILED', 'OUT_OF_STOCK']).toContain(status);
    }
    const refused = buyers.filter((_buyer, i) => statuses[i] === 'OUT_OF_STOCK');
    for (const buyer of refused) expect(await orderCount(buyer)).toBe(0);
    expect(await stockOf(productId)).toBe(0);
  }, 60_000);

  it('the same idempotency key sent 10 times in parallel gives one order and one payment', async () => {
    const productId = await createProduct(5);
    const buyer = await signUpBuyer();
    await addToCart(buyer, productId, 1);
    const input = cardCheckout(buyer);

    const results = await Promise.all(
      Array.from({ length: 10 }, () => graphql(url, CheckoutDocument, { input }, { token: buyer.token })),
    );
    for (const response of results) expect(response.errors).toBeUndefined();
    const ids = new Set(results.map((response) => response.data!.checkout.id));
    expect(ids.size).toBe(1);
    const order = await orderOf(buyer, [...ids][0]);
    expect(order.status).toBe('PAID');
    expect(order.payments).toHaveLength(1);
    expect(await orderCount(buyer)).toBe(1);
    await stockBecomes(productId, 4);
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
    expect((await orderOf(buyer, order.id)).status).toBe('PAID');

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
      const payments = (await orderOf(buyer, order.id)).payments;
      return payments.length === 1 && payments[0].status === 'REFUNDED' ? true : undefined;
    });
    expect((await orderOf(buyer, order.id)).statusHistory.map((change) => change.status)).toEqual(
      expect.arrayContaining(['PAID', 'SHIPPED', 'DELIVERED', 'RETURN_REQUESTED', 'REFUNDED']),
    );
  });

  it('cancelOrder of a PAID order by its buyer: CANCELLED and the stock returns', async () => {
    const { productId, buyer, order } = await paidOrder(5, 2);
    await stockBecomes(productId, 3);
    const cancelled = await graphql(url, CancelOrderDocument, { id: order.id }, { token: buyer.token });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelOrder.status).toBe('CANCELLED');
    await stockBecomes(productId, 5);
    await eventually('the payment to be given back', async () => {
      const payments = (await orderOf(buyer, order.id)).payments;
      return payments.every((payment) => payment.status !== 'CAPTURED') ? true : undefined;
    });
  });
});

describe('isolation between buyers', () => {
  it("a buyer cannot read another buyer's order, cart or wallet", async () => {
    const { productId, buyer, order } = await paidOrder();
    const other = await signUpBuyer();
    const topUp = await graphql(
      url,
      TopUpWalletDocument,
      { amount: 5000, cardToken: 'tok_visa' },
      { token: buyer.token },
    );
    expect(topUp.errors).toBeUndefined();
    await addToCart(buyer, productId, 1);

    const peek = await graphql(url, OrderByIdDocument, { id: order.id }, { token: other.token });
    if (peek.errors) expect(errorCodes(peek)).toEqual(['NOT_FOUND']);
    else expect(peek.data!.order).toBeNull();

    const otherCart = await cartOf(other);
    expect(otherCart.items).toEqual([]);
    expect((await cartOf(buyer)).id).not.toBe(otherCart.id);
    const otherWallet = await walletOf(other);
    expect(otherWallet.balance.amount).toBe(0);
    expect(otherWallet.id).not.toBe((await walletOf(buyer)).id);
  });
});

describe('bad input changes nothing', () => {
  let buyer: Buyer;
  let productId: string;
  beforeAll(async () => {
    buyer = await signUpBuyer();
    productId = await createProduct(5);
    await addToCart(buyer, productId, 1);
  });

  it.each([
    ['quantity 0', 0],
    ['quantity -1', -1],
    ['quantity 1000000000', 1_000_000_000],
  ])('addToCart with %s is BAD_USER_INPUT', async (_name, quantity) => {
    const before = await cartOf(buyer);
    const response = await graphql(url, AddToCartDocument, { productId, quantity }, { token: buyer.token });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(await cartOf(buyer)).toEqual(before);
  });

  it('addToCart of an unknown product is NOT_FOUND', async () => {
    const before = await cartOf(buyer);
    const response = await graphql(
      url,
      AddToCartDocument,
      { productId: randomUUID(), quantity: 1 },
      { token: buyer.token },
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(await cartOf(buyer)).toEqual(before);
  });

  it('addToCart of an archived product is OUT_OF_STOCK', async () => {
    const archivedId = await createProduct(5);
    const archived = await graphql(url, ArchiveProductDocument, { id: archivedId }, { token: seller.token });
    expect(archived.errors).toBeUndefined();
    const before = await cartOf(buyer);
    const response = await graphql(
      url,
      AddToCartDocument,
      { productId: archivedId, quantity: 1 },
      { token: buyer.token },
    );
    // cart's decision (availability.ts): an ARCHIVED product is OUT_OF_STOCK for good.
    expect(errorCodes(response)).toEqual(['OUT_OF_STOCK']);
    expect(await cartOf(buyer)).toEqual(before);
  });

  it("checkout with someone else's address is BAD_USER_INPUT and makes no order", async () => {
    const other = await signUpBuyer();
    const response = await graphql(
      url,
      CheckoutDocument,
      { input: { ...cardCheckout(buyer), shippingAddressId: other.addressId } },
      { token: buyer.token },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(await orderCount(buyer)).toBe(0);
    expect(await stockOf(productId)).toBe(5);
  });
});
