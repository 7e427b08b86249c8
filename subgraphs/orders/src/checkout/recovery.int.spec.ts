import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { eventually } from '@commerce/testing';
import { startOrdersChild } from '../testing/orders-child';
import { Account, OrdersHarness, startOrdersHarness } from '../testing/orders-harness';
import { ordersClient } from '../testing/orders-operations';

// Engines: PostgreSQL, Redis (users). The first orders service runs in a child process and is
// killed with SIGKILL mid-saga; a new instance on the same database must finish or undo its work.
let harness: OrdersHarness;
let db: Client;

// The killed process holds each saga for SAGA_LEASE_MS after its last checkpoint; then the new
// instance's worker takes it over.
const CHILD_ENV = { HTTP_TIMEOUT_MS: '2000', SAGA_LEASE_MS: '4500' };

beforeAll(async () => {
  harness = await startOrdersHarness({ instance: false });
  db = new Client({ connectionString: harness.database.url });
  await db.connect();
}, 60_000);

afterAll(async () => {
  await db?.end();
  await harness?.stop();
});

afterEach(() => {
  harness.fakes.catalog.heal();
  harness.fakes.payments.heal();
});

async function buyerWithCart(stock: number) {
  const buyer = await harness.buyer();
  const productId = randomUUID();
  harness.fakes.catalog.setStock(productId, stock);
  harness.fakes.cart.setCart(buyer.id, [{ productId, sellerId: randomUUID(), quantity: 2, unitPrice: 1200 }]);
  return { buyer, productId };
}

/**
 * Sends a checkout to a fresh child process, waits until the fake `route` receives its call, and
 * kills the process right there. Returns the order id and the saga as the crash left it.
 */
async function crashDuring(buyer: Account, route: string, cardToken = 'tok_visa') {
  const child = await startOrdersChild({ ...harness.env, ...CHILD_ENV });
  const service = route.includes('payments') ? harness.fakes.payments : harness.fakes.catalog;
  const reached = service.nextCall(route);
  const request = ordersClient(child.url)
    .checkout(buyer.token, { paymentMethod: { type: 'CARD', cardToken }, idempotencyKey: randomUUID() })
    .catch((error: Error) => error); // the connection dies with the process
  await reached;
  await child.kill();
  expect(await request).toBeInstanceOf(Error);
  const saga = await db.query(
    `SELECT s.subject_id AS order_id, s.status, s.step, o.status AS order_status
     FROM sagas s JOIN orders o ON o.id = s.subject_id
     WHERE o.buyer_id = $1`,
    [buyer.id],
  );
  expect(saga.rows).toHaveLength(1);
  return saga.rows[0] as { order_id: string; status: string; step: string; order_status: string };
}

async function finalStatus(orderId: string): Promise<string> {
  return eventually(
    `order ${orderId} to settle`,
    async () => {
      const row = (await db.query('SELECT status FROM orders WHERE id = $1', [orderId])).rows[0];
      return row.status === 'PENDING' ? undefined : (row.status as string);
    },
    { timeoutMs: 20_000 },
  );
}

/** The calls orders made to payments for `orderId` (those whose body names the order). */
function paymentCalls(orderId: string): string[] {
  return harness.fakes.payments.calls.filter((c) => c.body.orderId === orderId).map((c) => c.route);
}

describe('a checkout whose process was killed mid-saga', () => {
  it('resumes forward after a crash while the charge was in flight (applied, answer lost): PAID, charged once', async () => {
    const { buyer, productId } = await buyerWithCart(5);
    harness.fakes.payments.inject('POST /payments/pay', { kind: 'applyThenHang' });
    const crashed = await crashDuring(buyer, 'POST /payments/pay');
    expect(crashed).toMatchObject({ status: 'running', step: 'chargePayment', order_status: 'PENDING' });

    await harness.startInstance();
    expect(await finalStatus(crashed.order_id)).toBe('PAID');
    const payments = harness.fakes.payments.forOrder(crashed.order_id);
    expect(payments.map((p) => p.status)).toEqual(['CAPTURED']);
    // The replay under the same key found the payment captured: one payment, charged once.
    expect(paymentCalls(crashed.order_id)).toEqual(['POST /payments/pay', 'POST /payments/pay']);
    expect(harness.fakes.catalog.reservations.get(crashed.order_id)?.status).toBe('COMMITTED');
    expect(harness.fakes.catalog.stock.get(productId)).toBe(3);
    expect(harness.fakes.catalog.held()).toEqual([]);
    const outbox = await db.query(
      `SELECT type FROM outbox WHERE envelope->'data'->>'orderId' = $1 ORDER BY seq`,
      [crashed.order_id],
    );
    expect(outbox.rows.map((r) => r.type)).toEqual(['order.created', 'order.paid']);
  }, 60_000);

  it('compensates after a crash during the charge that turns out declined: stock released, nothing taken', async () => {
    const { buyer, productId } = await buyerWithCart(5);
    harness.fakes.payments.inject('POST /payments/pay', { kind: 'hang' });
    const crashed = await crashDuring(buyer, 'POST /payments/pay');
    // The runner checkpoints before the pivot: the next one starts at the charge.
    expect(crashed).toMatchObject({ status: 'running', step: 'chargePayment' });
    expect(harness.fakes.catalog.stock.get(productId)).toBe(3); // held by the dead process

    harness.fakes.payments.heal();
    harness.fakes.payments.inject('POST /payments/pay', {
      kind: 'answer',
      answer: {
        status: 402,
        body: {
          error: { code: 'PAYMENT_DECLINED', message: 'Declined', details: { reason: 'insufficient_funds' } },
        },
      },
    });
    await harness.startInstance();
    expect(await finalStatus(crashed.order_id)).toBe('PAYMENT_FAILED');
    expect(harness.fakes.catalog.stock.get(productId)).toBe(5);
    expect(harness.fakes.catalog.reservations.get(crashed.order_id)?.status).toBe('RELEASED');
    expect(harness.fakes.payments.forOrder(crashed.order_id)).toEqual([]);
  }, 60_000);

  it('a buyer who cancels a checkout whose process died during the charge gets the money back', async () => {
    const { buyer, productId } = await buyerWithCart(5);
    harness.fakes.payments.inject('POST /payments/pay', { kind: 'applyThenHang' });
    const crashed = await crashDuring(buyer, 'POST /payments/pay');
    // As cancelOrder records it on a running checkout (before the new process can take the saga).
    await db.query(`UPDATE sagas SET cancel_request = $2, next_attempt_at = now() WHERE subject_id = $1`, [
      crashed.order_id,
      { reason: 'Cancelled by the buyer', actorId: buyer.id },
    ]);

    await harness.startInstance();
    expect(await finalStatus(crashed.order_id)).toBe('CANCELLED');
    // The charge's outcome was unknown: it is undone too (learnt by replaying authorize, never pay).
    expect(harness.fakes.payments.forOrder(crashed.order_id).map((p) => p.status)).toEqual(['REFUNDED']);
    expect(paymentCalls(crashed.order_id)).toEqual(['POST /payments/pay', 'POST /payments/authorize']);
    expect(harness.fakes.catalog.reservations.get(crashed.order_id)?.status).toBe('RELEASED');
    expect(harness.fakes.catalog.stock.get(productId)).toBe(5);
  }, 60_000);

  it('finishes an interrupted compensation: the declined order ends PAYMENT_FAILED with its stock back', async () => {
    const { buyer, productId } = await buyerWithCart(5);
    harness.fakes.catalog.inject('POST /inventory/reservations/release', { kind: 'hang' });
    const crashed = await crashDuring(buyer, 'POST /inventory/reservations/release', 'tok_chargeDeclined');
    expect(crashed).toMatchObject({ status: 'compensating', step: 'reserveStock', order_status: 'PENDING' });

    await harness.startInstance();
    expect(await finalStatus(crashed.order_id)).toBe('PAYMENT_FAILED');
    const history = (await db.query('SELECT status_history FROM orders WHERE id = $1', [crashed.order_id]))
      .rows[0].status_history;
    expect(history.at(-1)).toMatchObject({
      status: 'PAYMENT_FAILED',
      code: 'PAYMENT_DECLINED',
      reason: 'Payment declined: card_declined',
    });
    expect(harness.fakes.catalog.stock.get(productId)).toBe(5);
    expect(harness.fakes.catalog.held()).toEqual([]);
  }, 60_000);
});
