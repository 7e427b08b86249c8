/**
 * A checkout whose orders process dies mid-saga (SIGKILL: no drain, no shutdown hook), end to end
 * through the gateway on the real users, catalog, cart and payments services and one RabbitMQ bus.
 * orders runs in its own process on a fixed port the gateway routes to; a new process on the same
 * database must finish the saga forward or undo it, and leave every store consistent.
 *
 * "Mid-saga" is made deterministic by the pass-through proxies between orders and catalog /
 * payments: a test holds one internal call (lost on the way there, or applied and its answer lost
 * on the way back), waits until the call is held, and kills the process right then.
 */
import { errorCodes, eventually, graphql } from '@commerce/testing';
import { CheckoutDocument } from '../generated/graphql';
import type { HoldingProxy, HoldMode } from '../support/holding-proxy';
import { Buyer, PRICE, Shop } from '../support/shop';
import { CheckoutStores } from '../support/stores';
import { startTestSupergraph, TestSupergraph } from '../support/supergraph';

let supergraph: TestSupergraph<'orders', true>;
let shop: Shop;
let stores: CheckoutStores;

beforeAll(async () => {
  supergraph = await startTestSupergraph({
    with: ['orders'],
    ordersProcess: true,
    // The dead process holds each saga for SAGA_LEASE_MS after its last checkpoint; then the new
    // process's worker takes it over (the lease must exceed twice the call timeout).
    ordersEnv: { HTTP_TIMEOUT_MS: '2000', SAGA_LEASE_MS: '4500' },
  });
  shop = await Shop.open(supergraph.gatewayUrl, supergraph.users.config, 'rc');
  stores = await CheckoutStores.open({
    catalog: supergraph.catalog.database.url,
    payments: supergraph.payments.database.url,
  });
}, 90_000);

afterAll(async () => {
  await stores?.close();
  await supergraph?.stop();
});

afterEach(async () => {
  const { upstreams } = supergraph.orders;
  upstreams.catalog.heal();
  upstreams.payments.heal();
  // A test that failed half-way may have left orders down: the next one needs it up.
  if (!supergraph.orders.current()) await supergraph.orders.start();
});

/** A new product with 5 units and a buyer with 2 of them in the cart. */
async function buyerWithCart() {
  const productId = await shop.createProduct(5);
  const buyer = await shop.signUpBuyer();
  await shop.addToCart(buyer, productId, 2);
  return { buyer, productId };
}

/**
 * Holds `route` on `upstream` as `mode` says, sends a checkout through the gateway, and SIGKILLs the
 * orders process as soon as the call is held. The gateway's answer is an error (its subgraph died);
 * returns the id of the order the dead process was working on (from its reservation call).
 */
async function crashDuring(
  buyer: Buyer,
  upstream: HoldingProxy,
  route: string,
  mode: HoldMode,
  cardToken = 'tok_visa',
): Promise<string> {
  const { orders } = supergraph;
  const reservationsBefore = orders.upstreams.catalog.calls('POST /inventory/reservations').length;
  upstream.hold(route, mode);
  const held = upstream.nextCall(route);
  const answer = graphql(
    supergraph.gatewayUrl,
    CheckoutDocument,
    { input: shop.cardCheckout(buyer, cardToken) },
    { token: buyer.token },
  );
  await held;
  await orders.kill();
  upstream.heal();

  const response = await answer;
  expect(response.data?.checkout ?? null).toBeNull();
  expect(errorCodes(response).length).toBeGreaterThan(0);
  const reservations = orders.upstreams.catalog.calls('POST /inventory/reservations');
  expect(reservations).toHaveLength(reservationsBefore + 1);
  return reservations.at(-1)!.body!.orderId as string;
}

/** How many pay and authorize calls orders made for `orderId` (their body names the order). */
function paymentCalls(orderId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const route of ['POST /payments/pay', 'POST /payments/authorize']) {
    const calls = supergraph.orders.upstreams.payments.calls(route);
    const made = calls.filter((call) => call.body?.orderId === orderId).length;
    if (made > 0) counts[route] = made;
  }
  return counts;
}

/**
 * The end every forward recovery must reach: the order PAID, its 2 units taken once (one COMMITTED
 * reservation, 3 of 5 left) and one payment captured once, for the full amount.
 */
async function expectPaidOnce(buyer: Buyer, orderId: string, productId: string) {
  const order = await shop.settled(buyer, orderId);
  expect(order.status).toBe('PAID');
  expect(await stores.reservationsOfProduct(productId)).toEqual({ COMMITTED: 1 });
  expect(await shop.stockOf(productId)).toBe(3);
  expect(await stores.paymentsOf(orderId)).toEqual([
    expect.objectContaining({ status: 'CAPTURED', captures: 1, providerCaptured: 2 * PRICE }),
  ]);
  return order;
}

/**
 * The end every compensation after a decline must reach: PAYMENT_FAILED for the decline, the stock
 * back (the reservation RELEASED, 5 of 5), and a FAILED payment that took nothing.
 */
async function expectDeclinedAndRestocked(buyer: Buyer, orderId: string, productId: string) {
  const order = await shop.settled(buyer, orderId);
  expect(order.status).toBe('PAYMENT_FAILED');
  expect(order.statusHistory.at(-1)).toMatchObject({
    status: 'PAYMENT_FAILED',
    reasonCode: 'PAYMENT_DECLINED',
  });
  expect(await stores.reservationOf(orderId)).toBe('RELEASED');
  expect(await stores.reservationsOfProduct(productId)).toEqual({ RELEASED: 1 });
  expect(await shop.stockOf(productId)).toBe(5);
  expect(await stores.paymentsOf(orderId)).toEqual([
    expect.objectContaining({ status: 'FAILED', captures: 0, providerCaptured: 0 }),
  ]);
  return order;
}

describe('orders killed mid-checkout, then started again', () => {
  it('reservation applied but its answer lost: the new process replays it - PAID, stock taken once, charged once', async () => {
    const { buyer, productId } = await buyerWithCart();
    const orderId = await crashDuring(
      buyer,
      supergraph.orders.upstreams.catalog,
      'POST /inventory/reservations',
      'forwardThenHang',
    );
    expect(await stores.reservationOf(orderId)).toBe('RESERVED');
    expect(await stores.paymentsOf(orderId)).toEqual([]);

    await supergraph.orders.start();
    await expectPaidOnce(buyer, orderId, productId);
    expect(paymentCalls(orderId)).toEqual({ 'POST /payments/pay': 1 });
  }, 60_000);

  it('charge applied but its answer lost: the new process finishes forward - PAID, charged once, stock committed, cart cleared', async () => {
    const { buyer, productId } = await buyerWithCart();
    const orderId = await crashDuring(
      buyer,
      supergraph.orders.upstreams.payments,
      'POST /payments/pay',
      'forwardThenHang',
    );
    // As the crash left it: money taken, stock still only reserved, the order unknown to the gateway.
    expect(await stores.paymentsOf(orderId)).toEqual([
      expect.objectContaining({ status: 'CAPTURED', captures: 1 }),
    ]);
    expect(await stores.reservationOf(orderId)).toBe('RESERVED');
    expect(await shop.stockOf(productId)).toBe(3);

    await supergraph.orders.start();
    const order = await expectPaidOnce(buyer, orderId, productId);
    expect(order.statusHistory.map((change) => change.status)).toEqual(['PENDING', 'PAID']);
    expect(order.payments).toEqual([
      expect.objectContaining({ status: 'CAPTURED', method: 'CARD', amount: { amount: 2 * PRICE } }),
    ]);
    // The replay under the same key was answered with the payment, already captured.
    expect(paymentCalls(orderId)).toEqual({ 'POST /payments/pay': 2 });
    expect(await stores.reservationOf(orderId)).toBe('COMMITTED');
    // order.paid from the new process reaches cart over the run's RabbitMQ exchange.
    await eventually('the cart to be emptied by order.paid', async () =>
      (await shop.cartOf(buyer)).items.length === 0 ? true : undefined,
    );
    expect(await shop.orderCount(buyer)).toBe(1);
  }, 60_000);

  it('stock commit applied but its answer lost: the new process replays it - PAID, stock taken once, charged once', async () => {
    const { buyer, productId } = await buyerWithCart();
    const commits = () => supergraph.orders.upstreams.catalog.calls('POST /inventory/reservations/commit');
    const commitsBefore = commits().length;
    const orderId = await crashDuring(
      buyer,
      supergraph.orders.upstreams.catalog,
      'POST /inventory/reservations/commit',
      'forwardThenHang',
    );
    expect(await stores.reservationOf(orderId)).toBe('COMMITTED');
    expect(await stores.paymentsOf(orderId)).toEqual([
      expect.objectContaining({ status: 'CAPTURED', captures: 1 }),
    ]);

    await supergraph.orders.start();
    await expectPaidOnce(buyer, orderId, productId);
    // The lost commit, then its replay by the new process, which catalog answered as already done.
    expect(
      commits()
        .slice(commitsBefore)
        .map((call) => call.held),
    ).toEqual([true, false]);
  }, 60_000);

  it('charge lost on the way and the card is declined: the new process compensates - PAYMENT_FAILED, stock back, nothing charged', async () => {
    const { buyer, productId } = await buyerWithCart();
    const orderId = await crashDuring(
      buyer,
      supergraph.orders.upstreams.payments,
      'POST /payments/pay',
      'hang',
      'tok_chargeDeclined',
    );
    // The dead process holds 2 units; payments never heard of the order.
    expect(await stores.reservationOf(orderId)).toBe('RESERVED');
    expect(await shop.stockOf(productId)).toBe(3);
    expect(await stores.paymentsOf(orderId)).toEqual([]);

    await supergraph.orders.start();
    const order = await expectDeclinedAndRestocked(buyer, orderId, productId);
    expect(order.payments!.filter((payment) => payment.status === 'CAPTURED')).toEqual([]);
    expect(paymentCalls(orderId)).toEqual({ 'POST /payments/pay': 2 });
    // A failed payment leaves the cart as it was, for another try.
    expect((await shop.cartOf(buyer)).items).toEqual([
      expect.objectContaining({ product: { id: productId }, quantity: 2 }),
    ]);
  }, 60_000);

  it('killed while giving the stock back after a decline: the new process finishes the compensation - PAYMENT_FAILED, stock back', async () => {
    const { buyer, productId } = await buyerWithCart();
    const orderId = await crashDuring(
      buyer,
      supergraph.orders.upstreams.catalog,
      'POST /inventory/reservations/release',
      'hang',
      'tok_chargeDeclined',
    );
    expect(await stores.paymentsOf(orderId)).toEqual([
      expect.objectContaining({ status: 'FAILED', captures: 0 }),
    ]);
    expect(await stores.reservationOf(orderId)).toBe('RESERVED');
    expect(await shop.stockOf(productId)).toBe(3);

    await supergraph.orders.start();
    await expectDeclinedAndRestocked(buyer, orderId, productId);
  }, 60_000);
});
