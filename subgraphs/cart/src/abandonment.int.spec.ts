import { Client } from 'pg';
import type { EventEnvelope } from '@commerce/events';
import { eventually } from '@commerce/testing';
import type { CartAbandoned, EventData } from '@commerce/contracts';
import { startCartHarness, CartHarness } from './testing/cart-harness';
import { cartClient } from './testing/cart-operations';

let harness: CartHarness;
let db: Client;
const abandoned: EventEnvelope<EventData<typeof CartAbandoned>>[] = [];

const statusOf = async (cartId: string): Promise<string> =>
  (await db.query('SELECT status FROM carts WHERE id = $1', [cartId])).rows[0].status;

beforeAll(async () => {
  // Tiny values: a cart untouched for 1 s is abandoned; the sweeper looks every 100 ms.
  harness = await startCartHarness({
    CART_ABANDON_AFTER_SECONDS: '1',
    CART_ABANDON_SWEEP_INTERVAL_MS: '100',
  });
  db = new Client({ connectionString: harness.database.url });
  await db.connect();
  await harness.bus.consume({
    consumer: 'abandonment-spec',
    patterns: ['cart.abandoned'],
    handler: async (event) => {
      abandoned.push(event as EventEnvelope<EventData<typeof CartAbandoned>>);
    },
  });
});

afterAll(async () => {
  await db.end();
  await harness.stop();
});

describe('abandoned carts', () => {
  it('marks an untouched cart with items abandoned once, publishes cart.abandoned, and revives it on change', async () => {
    const buyer = harness.identity.user();
    const client = cartClient(harness.url, buyer.token);
    const p = harness.catalog.put({ sellerId: 'seller-1', price: { amount: 250, currency: 'USD' } });
    const empty = harness.identity.user();
    const emptyCartId = (await cartClient(harness.url, empty.token).cart()).data!.cart.id;
    const touchedAt = Date.now();
    const cart = (await client.add(p.id, 4)).data!.addToCart;

    const event = await eventually('cart.abandoned', async () =>
      abandoned.find((e) => e.data.cartId === cart.id),
    );
    expect(Date.now() - touchedAt).toBeGreaterThanOrEqual(1000);
    expect(event).toMatchObject({
      type: 'cart.abandoned',
      source: 'cart',
      data: { cartId: cart.id, buyerId: buyer.id, itemCount: 4, subtotal: { amount: 1000, currency: 'USD' } },
    });
    expect(await statusOf(cart.id)).toBe('ABANDONED');
    // Reading an abandoned cart still works and does not revive it; an empty cart is never "abandoned".
    expect((await client.cart()).data!.cart.items).toHaveLength(1);
    expect(await statusOf(cart.id)).toBe('ABANDONED');
    expect(await statusOf(emptyCartId)).toBe('ACTIVE');

    // Marked once: several sweeps later there is still one event for it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(abandoned.filter((e) => e.data.cartId === cart.id)).toHaveLength(1);

    // A change revives it (the sweeper only marks ACTIVE carts), so after another quiet second it is
    // abandoned and announced again.
    await client.add(p.id, 1);
    await eventually('a second cart.abandoned', async () =>
      abandoned.filter((e) => e.data.cartId === cart.id).length === 2 ? true : undefined,
    );
    expect(abandoned.filter((e) => e.data.cartId === cart.id)[1].data.itemCount).toBe(5);
    // The bus may deliver before the relay's commit: wait for it rather than race it.
    await eventually('the outbox drained', async () =>
      (await harness.service.relay.pendingCount()) === 0 ? true : undefined,
    );
  });
});
