/**
 * Read your own writes at checkout, through the gateway with every service real: when `checkout`
 * answers PAID, the buyer's very next `cart` no longer holds what was bought and `myOrders` lists the
 * order; when it answers with a failure, the cart is untouched. Read right after the answer, with no
 * wait or retry: the `order.paid` event (which also clears the cart) is consumed some time later, so
 * only the inline settlement orders asks of cart before answering can make these pass.
 */
import { graphql } from '@commerce/testing';
import { MyLatestOrderDocument } from '../generated/graphql';
import type { Account } from '../support/accounts';
import { Shop } from '../support/shop';
import { startTestSupergraph, TestSupergraph } from '../support/supergraph';

const ROUNDS = 100;

let supergraph: TestSupergraph<'cart' | 'orders' | 'payments'>;
let shop: Shop;

async function latestOrder(account: Account) {
  const response = await graphql(shop.url, MyLatestOrderDocument, {}, { token: account.token });
  expect(response.errors).toBeUndefined();
  return response.data!.myOrders!;
}

beforeAll(async () => {
  // Run as a checkout cell (deployment grouping): every service here answers the others' internal
  // calls in memory, so these rounds also drive the in-process transport end to end (checkout.spec.ts
  // covers the same flow over HTTP).
  const grouped = { INTERNAL_CALLS_IN_PROCESS: 'true' };
  supergraph = await startTestSupergraph({
    with: ['cart', 'orders', 'payments'],
    usersEnv: { LOGIN_MAX_ATTEMPTS_PER_IP: '1000', ...grouped },
    catalogEnv: grouped,
    cartEnv: grouped,
    paymentsEnv: grouped,
    ordersEnv: grouped,
  });
  shop = await Shop.open(supergraph.gatewayUrl, supergraph.users.config, 'ryw');
}, 60_000);

afterAll(async () => {
  await supergraph?.stop();
});

describe('checkout reads its own writes', () => {
  it(`PAID: the next cart is empty and myOrders lists the order, ${ROUNDS} times in a row`, async () => {
    const productId = await shop.createProduct(3 * ROUNDS);
    const buyer = await shop.signUpBuyer();
    for (let round = 1; round <= ROUNDS; round++) {
      await shop.addToCart(buyer, productId, 2);
      const order = await shop.checkout(buyer, shop.cardCheckout(buyer));
      expect(order.status).toBe('PAID');

      const cart = await shop.cartOf(buyer);
      expect(cart.items).toEqual([]);
      const orders = await latestOrder(buyer);
      expect(orders.totalCount).toBe(round);
      expect(orders.edges[0].node).toEqual({ id: order.id, status: 'PAID' });
    }
  }, 300_000);

  it('a declined payment leaves the cart as it was, every time', async () => {
    const productId = await shop.createProduct(10);
    const buyer = await shop.signUpBuyer();
    await shop.addToCart(buyer, productId, 3);
    for (let round = 1; round <= 5; round++) {
      const order = await shop.checkout(buyer, shop.cardCheckout(buyer, 'tok_chargeDeclined'));
      expect(order.status).toBe('PAYMENT_FAILED');
      const cart = await shop.cartOf(buyer);
      expect(cart.items.map((item) => [item.product.id, item.quantity])).toEqual([[productId, 3]]);
    }
  }, 60_000);
});
