import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { request } from 'undici';
import { eventually } from '@commerce/testing';
import type { EventData, PaymentCaptured } from '@commerce/contracts';
import { PaymentsHarness, startPaymentsHarness } from '../testing/payments-harness';

/** Every payment.* event carries the same payload (@commerce/contracts payments.ts). */
type PaymentEventData = EventData<typeof PaymentCaptured>;

const SECRET = 'whsec_payments_harness_secret';
let h: PaymentsHarness;

beforeAll(async () => {
  // The production shape: cards through Stripe, the PAYPAL simulator switched off.
  h = await startPaymentsHarness({
    CARD_PROVIDER: 'stripe',
    REDIRECT_PROVIDER: 'disabled',
    STRIPE_WEBHOOK_SECRET: SECRET,
  });
});

afterAll(async () => {
  await h?.stop();
});

/** A card payment authorized through Stripe's adapter against stripe-mock. */
async function stripePayment(
  amount = 3000,
): Promise<{ paymentId: string; intentId: string; orderId: string }> {
  const orderId = randomUUID();
  const reply = await h.call('POST', '/payments/authorize', {
    orderId,
    buyerId: randomUUID(),
    amount: { amount, currency: 'USD' },
    method: { type: 'CARD', cardToken: 'tok_visa' },
    idempotencyKey: `order:${orderId}`,
  });
  expect(reply.body.status).toBe('AUTHORIZED');
  const row = await h.db.query('SELECT provider, provider_ref FROM payments WHERE id = $1', [
    reply.body.paymentId,
  ]);
  expect(row.rows[0].provider).toBe('stripe');
  return { paymentId: reply.body.paymentId, intentId: row.rows[0].provider_ref, orderId };
}

function stripeEvent(type: string, object: Record<string, unknown>) {
  return {
    id: `evt_${randomUUID().replace(/-/g, '')}`,
    object: 'event',
    api_version: '2025-08-27.basil',
    created: Math.floor(Date.now() / 1000),
    type,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  };
}

async function deliver(
  event: unknown,
  options: { secret?: string; timestamp?: number; signature?: string | null } = {},
) {
  const payload = JSON.stringify(event);
  const signature =
    options.signature !== undefined
      ? options.signature
      : Stripe.webhooks.generateTestHeaderString({
          payload,
          secret: options.secret ?? SECRET,
          timestamp: options.timestamp,
        });
  const response = await request(`${h.base}/webhooks/stripe`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature === null ? {} : { 'stripe-signature': signature }),
    },
    body: payload,
  });
  return { status: response.statusCode, body: (await response.body.json()) as Record<string, unknown> };
}

const statusOf = async (paymentId: string) =>
  (
    await h.db.query(
      'SELECT status, captured_amount, refunded_amount, failure_reason FROM payments WHERE id = $1',
      [paymentId],
    )
  ).rows[0];
const inboxCount = async () =>
  Number((await h.db.query('SELECT count(*) AS n FROM webhook_inbox')).rows[0].n);

describe('Stripe adapter on stripe-mock through the internal endpoints', () => {
  it('authorizes, captures and refunds with PaymentIntents (every call accepted by the mock)', async () => {
    const { paymentId, intentId } = await stripePayment(5000);
    expect(intentId).toMatch(/^pi_/);
    expect((await h.call('POST', '/payments/capture', { paymentId })).body.status).toBe('CAPTURED');
    const refund = await h.call('POST', '/payments/refund', { paymentId, reason: 'returned' });
    expect(refund.body).toMatchObject({
      status: 'SUCCEEDED',
      transactionRef: expect.stringMatching(/^re_/),
      paymentStatus: 'REFUNDED',
    });
    const other = await stripePayment();
    expect((await h.call('POST', '/payments/void', { paymentId: other.paymentId })).body.status).toBe(
      'VOIDED',
    );
  });
});

describe('PAYPAL switched off', () => {
  it('declines PAYPAL as method_unavailable and serves no approval page', async () => {
    const orderId = randomUUID();
    const reply = await h.call('POST', '/payments/authorize', {
      orderId,
      buyerId: randomUUID(),
      amount: { amount: 1000, currency: 'USD' },
      method: { type: 'PAYPAL' },
      idempotencyKey: `order:${orderId}`,
    });
    expect(reply).toMatchObject({
      status: 402,
      body: { error: { code: 'PAYMENT_DECLINED', details: { reason: 'method_unavailable' } } },
    });
    const page = await request(`${h.base}/payments/redirect/approve?ref=rp_whatever12345`);
    expect(page.statusCode).toBe(404);
    await page.body.dump();
  });
});

describe('POST /webhooks/stripe signature', () => {
  it.each([
    ['no signature header', { signature: null }],
    ['a garbage signature', { signature: 't=1,v1=deadbeef' }],
    ['another endpoint secret', { secret: 'whsec_someone_else_entirely' }],
    ['a signature older than five minutes (replay)', { timestamp: Math.floor(Date.now() / 1000) - 600 }],
  ])('refuses %s with 400 and records nothing', async (_name, options) => {
    const { paymentId, intentId } = await stripePayment();
    const before = await inboxCount();
    const reply = await deliver(
      stripeEvent('payment_intent.succeeded', {
        id: intentId,
        object: 'payment_intent',
        amount: 3000,
        amount_received: 3000,
      }),
      options,
    );
    expect(reply).toEqual({
      status: 400,
      body: { error: { code: 'BAD_USER_INPUT', message: 'Invalid Stripe signature' } },
    });
    expect(await inboxCount()).toBe(before);
    expect((await statusOf(paymentId)).status).toBe('AUTHORIZED');
  });

  it('refuses a body altered after signing', async () => {
    const event = stripeEvent('payment_intent.succeeded', { id: 'pi_x', object: 'payment_intent' });
    const signature = Stripe.webhooks.generateTestHeaderString({
      payload: JSON.stringify(event),
      secret: SECRET,
    });
    const tampered = await request(`${h.base}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'stripe-signature': signature },
      body: JSON.stringify({ ...event, type: 'charge.refunded' }),
    });
    expect(tampered.statusCode).toBe(400);
    await tampered.body.dump();
  });
});

describe('POST /webhooks/stripe events', () => {
  it('payment_intent.succeeded captures an authorized payment, once, however often it is delivered', async () => {
    const { paymentId, intentId } = await stripePayment(3000);
    const event = stripeEvent('payment_intent.succeeded', {
      id: intentId,
      object: 'payment_intent',
      amount: 3000,
      amount_received: 3000,
      status: 'succeeded',
    });
    const deliveries = await Promise.all(Array.from({ length: 10 }, () => deliver(event)));
    expect(deliveries.map((d) => d.status)).toEqual(Array(10).fill(200));
    expect(deliveries.filter((d) => d.body.outcome === 'processed')).toHaveLength(1);
    expect(deliveries.filter((d) => d.body.outcome === 'duplicate')).toHaveLength(9);
    expect(await statusOf(paymentId)).toMatchObject({ status: 'CAPTURED', captured_amount: 3000 });
    const audit = await h.db.query(
      `SELECT actor, from_status, to_status FROM payment_audit WHERE payment_id = $1 AND action = 'PROVIDER_UPDATE'`,
      [paymentId],
    );
    expect(audit.rows).toEqual([
      { actor: `stripe-webhook:${event.id}`, from_status: 'AUTHORIZED', to_status: 'CAPTURED' },
    ]);
    await eventually('payment.captured', async () =>
      h.events.find(
        (e) => e.type === 'payment.captured' && (e.data as PaymentEventData).paymentId === paymentId,
      ),
    );
    // A later event that would move the payment backwards is acknowledged and ignored.
    const late = await deliver(
      stripeEvent('payment_intent.amount_capturable_updated', { id: intentId, object: 'payment_intent' }),
    );
    expect(late).toEqual({ status: 200, body: { received: true, outcome: 'ignored' } });
  });

  it('payment_intent.payment_failed fails the payment with the decline code', async () => {
    const { paymentId, intentId } = await stripePayment();
    const reply = await deliver(
      stripeEvent('payment_intent.payment_failed', {
        id: intentId,
        object: 'payment_intent',
        last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: 'lost_card' },
      }),
    );
    expect(reply.body.outcome).toBe('processed');
    expect(await statusOf(paymentId)).toMatchObject({ status: 'FAILED', failure_reason: 'lost_card' });
    await eventually('payment.failed', async () =>
      h.events.find(
        (e) => e.type === 'payment.failed' && (e.data as PaymentEventData).reason === 'lost_card',
      ),
    );
  });

  it('payment_intent.canceled (an expired authorization) voids it', async () => {
    const { paymentId, intentId } = await stripePayment();
    await deliver(stripeEvent('payment_intent.canceled', { id: intentId, object: 'payment_intent' }));
    expect((await statusOf(paymentId)).status).toBe('VOIDED');
  });

  it('charge.refunded records a refund made in the Stripe dashboard', async () => {
    const { paymentId, intentId, orderId } = await stripePayment(4000);
    await h.call('POST', '/payments/capture', { paymentId });
    const charge = {
      id: 'ch_dashboard',
      object: 'charge',
      payment_intent: intentId,
      amount: 4000,
      amount_refunded: 1500,
      refunded: false,
      refunds: { object: 'list', data: [{ id: 're_dashboard1', object: 'refund', amount: 1500 }] },
    };
    expect((await deliver(stripeEvent('charge.refunded', charge))).body.outcome).toBe('processed');
    expect(await statusOf(paymentId)).toMatchObject({ status: 'PARTIALLY_REFUNDED', refunded_amount: 1500 });
    // A second dashboard refund reports the new total; only the difference is new.
    await deliver(stripeEvent('charge.refunded', { ...charge, amount_refunded: 4000, refunded: true }));
    expect(await statusOf(paymentId)).toMatchObject({ status: 'REFUNDED', refunded_amount: 4000 });
    const refunds = await h.call('GET', `/payments/refunds?orderId=${orderId}`);
    expect(refunds.body.refunds.map((r: { amount: { amount: number } }) => r.amount.amount)).toEqual([
      1500, 2500,
    ]);
  });

  it('acknowledges events it does not act on, and intents that are not ours', async () => {
    expect(
      (await deliver(stripeEvent('customer.created', { id: 'cus_1', object: 'customer' }))).body,
    ).toEqual({
      received: true,
      outcome: 'ignored',
    });
    const foreign = await deliver(
      stripeEvent('payment_intent.succeeded', { id: 'pi_not_ours', object: 'payment_intent' }),
    );
    expect(foreign).toEqual({ status: 200, body: { received: true, outcome: 'ignored' } });
  });
});
