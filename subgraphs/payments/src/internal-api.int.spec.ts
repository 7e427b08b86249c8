import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { eventually } from '@commerce/testing';
import type { EventData, PaymentCaptured } from '@commerce/contracts';
import { findCardNumbers } from './testing/card-numbers';
import { PaymentsHarness, startPaymentsHarness } from './testing/payments-harness';

/** Every payment.* event carries the same payload (@commerce/contracts payments.ts). */
type PaymentEventData = EventData<typeof PaymentCaptured>;

let h: PaymentsHarness;

beforeAll(async () => {
  // A short stale threshold lets one test show the take-over of an attempt abandoned by a crash.
  h = await startPaymentsHarness({ PAYMENT_STALE_ATTEMPT_MS: '500', PAYMENT_IN_FLIGHT_WAIT_MS: '5000' });
});

afterAll(async () => {
  await h?.stop();
});

function authorizeBody(overrides: Record<string, unknown> = {}) {
  return {
    orderId: randomUUID(),
    buyerId: randomUUID(),
    amount: { amount: 2500, currency: 'USD' },
    method: { type: 'CARD', cardToken: 'tok_visa' },
    idempotencyKey: `order:${randomUUID()}`,
    ...overrides,
  };
}

const count = async (sql: string, params: unknown[] = []) =>
  Number((await h.db.query(sql, params)).rows[0].n);
const paymentRow = async (id: string) =>
  (await h.db.query('SELECT * FROM payments WHERE id = $1', [id])).rows[0];
const eventsOf = (paymentId: string) =>
  h.events.filter((e) => (e.data as PaymentEventData).paymentId === paymentId).map((e) => e.type);

describe('authentication and input', () => {
  it('answers 401 without the service token or with a wrong one, and changes nothing', async () => {
    const before = await count('SELECT count(*) AS n FROM payments');
    for (const token of [null, 'wrong-token', '']) {
      const reply = await h.call('POST', '/payments/authorize', authorizeBody(), token);
      expect(reply.status).toBe(401);
      expect(reply.body.error.code).toBe('UNAUTHENTICATED');
    }
    expect((await h.call('GET', `/payments/refunds?orderId=${randomUUID()}`, undefined, null)).status).toBe(
      401,
    );
    expect(await count('SELECT count(*) AS n FROM payments')).toBe(before);
  });

  it.each([
    ['not JSON', '{"orderId": ', 'body'],
    ['a missing orderId', authorizeBody({ orderId: undefined }), 'orderId'],
    ['a malformed buyerId', authorizeBody({ buyerId: 'buyer-1' }), 'buyerId'],
    ['a float amount', authorizeBody({ amount: { amount: 10.5, currency: 'USD' } }), 'amount.amount'],
    ['a lower-case currency', authorizeBody({ amount: { amount: 100, currency: 'usd' } }), 'amount.currency'],
    ['an unknown method', authorizeBody({ method: { type: 'BITCOIN' } }), 'method.type'],
    ['CARD without token', authorizeBody({ method: { type: 'CARD' } }), 'method.cardToken'],
    [
      'a card number as token',
      authorizeBody({ method: { type: 'CARD', cardToken: '4242424242424242' } }),
      'method.cardToken',
    ],
    ['a card number in a stray field', { ...authorizeBody(), cardNumber: '4000000000000002' }, 'body'],
    ['a short idempotency key', authorizeBody({ idempotencyKey: 'k' }), 'idempotencyKey'],
  ])('answers 400 BAD_USER_INPUT for %s, naming the field, storing nothing', async (_name, body, field) => {
    const before = await count('SELECT count(*) AS n FROM payments');
    const reply = await h.call('POST', '/payments/authorize', body);
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(reply.body.error.details?.field ?? 'body').toBe(field);
    expect(findCardNumbers(JSON.stringify(reply.body))).toEqual([]);
    expect(await count('SELECT count(*) AS n FROM payments')).toBe(before);
  });

  it('answers 404 for an unknown payment and 400 for a refunds query without orderId', async () => {
    const capture = await h.call('POST', '/payments/capture', { paymentId: randomUUID() });
    expect(capture.status).toBe(404);
    expect(capture.body.error.code).toBe('NOT_FOUND');
    const refunds = await h.call('GET', '/payments/refunds');
    expect(refunds).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_USER_INPUT', details: { field: 'orderId' } } },
    });
  });
});

describe('card payments (local card simulator)', () => {
  it('authorize -> capture -> partial and full refund, every step idempotent, with events and audit', async () => {
    const body = authorizeBody({ amount: { amount: 5000, currency: 'USD' } });
    const authorized = await h.call('POST', '/payments/authorize', body, undefined);
    expect(authorized).toEqual({
      status: 200,
      body: { paymentId: expect.any(String), status: 'AUTHORIZED' },
    });
    const { paymentId } = authorized.body;

    const captured = await h.call('POST', '/payments/capture', { paymentId });
    expect(captured.body).toEqual({ paymentId, status: 'CAPTURED' });
    expect((await h.call('POST', '/payments/capture', { paymentId })).body.status).toBe('CAPTURED');
    const lateVoid = await h.call('POST', '/payments/void', { paymentId });
    expect(lateVoid).toMatchObject({
      status: 409,
      body: { error: { code: 'CONFLICT', details: { status: 'CAPTURED' } } },
    });

    const partial = await h.call('POST', '/payments/refund', {
      paymentId,
      amount: { amount: 1500, currency: 'USD' },
      reason: 'damaged item',
    });
    expect(partial.body).toMatchObject({
      paymentId,
      status: 'SUCCEEDED',
      amount: { amount: 1500, currency: 'USD' },
      paymentStatus: 'PARTIALLY_REFUNDED',
      transactionRef: expect.stringMatching(/^sim_re_/),
    });
    const replay = await h.call('POST', '/payments/refund', {
      paymentId,
      amount: { amount: 1500, currency: 'USD' },
      reason: 'damaged item',
    });
    expect(replay.body.refundId).toBe(partial.body.refundId);
    const reusedKey = await h.call('POST', '/payments/refund', {
      paymentId,
      amount: { amount: 1499, currency: 'USD' },
      reason: 'x',
      idempotencyKey: `${paymentId}:1500`, // the default key of the 15.00 refund above
    });
    expect(reusedKey).toMatchObject({
      status: 409,
      body: { error: { details: { field: 'idempotencyKey' } } },
    });
    const tooMuch = await h.call('POST', '/payments/refund', {
      paymentId,
      amount: { amount: 3501, currency: 'USD' },
      reason: 'x',
      idempotencyKey: 'refund-too-much',
    });
    expect(tooMuch).toMatchObject({
      status: 409,
      body: { error: { code: 'CONFLICT', details: { refundable: 3500 } } },
    });
    const euros = await h.call('POST', '/payments/refund', {
      paymentId,
      amount: { amount: 100, currency: 'EUR' },
      reason: 'x',
    });
    expect(euros).toMatchObject({ status: 400, body: { error: { details: { field: 'amount.currency' } } } });
    const rest = await h.call('POST', '/payments/refund', { paymentId, reason: 'order returned' });
    expect(rest.body).toMatchObject({ amount: { amount: 3500 }, paymentStatus: 'REFUNDED' });
    const nothingLeft = await h.call('POST', '/payments/refund', {
      paymentId,
      reason: 'again',
      idempotencyKey: 'refund-nothing-left',
    });
    expect(nothingLeft.status).toBe(409);

    const listed = await h.call('GET', `/payments/refunds?orderId=${body.orderId}`);
    expect(listed.body.refunds.map((r: { amount: { amount: number } }) => r.amount.amount)).toEqual([
      1500, 3500,
    ]);
    expect(
      await count(
        'SELECT count(*) AS n FROM simulated_refunds r JOIN payments p ON p.provider_ref = r.charge_ref WHERE p.id = $1',
        [paymentId],
      ),
    ).toBe(2);

    await eventually('payment events', async () => (eventsOf(paymentId).length === 4 ? true : undefined));
    expect(eventsOf(paymentId)).toEqual([
      'payment.authorized',
      'payment.captured',
      'payment.refunded',
      'payment.refunded',
    ]);
    const refunded = h.events.find(
      (e) => e.type === 'payment.refunded' && (e.data as PaymentEventData).paymentId === paymentId,
    )!;
    expect(refunded).toMatchObject({
      source: 'payments',
      data: {
        paymentId,
        orderId: body.orderId,
        buyerId: body.buyerId,
        amount: { amount: 1500, currency: 'USD' },
        method: 'CARD',
        reason: 'damaged item',
        refundId: partial.body.refundId,
      },
    });
    const audit = await h.db.query(
      'SELECT action, from_status, to_status, provider_ref FROM payment_audit WHERE payment_id = $1 ORDER BY id',
      [paymentId],
    );
    expect(audit.rows.map((r) => `${r.action}:${r.from_status}->${r.to_status}`)).toEqual([
      'CREATE:null->PENDING',
      'AUTHORIZE:PENDING->AUTHORIZED',
      'CAPTURE:AUTHORIZED->CAPTURED',
      'REFUND:CAPTURED->CAPTURED',
      'REFUND:CAPTURED->PARTIALLY_REFUNDED',
      'REFUND:PARTIALLY_REFUNDED->PARTIALLY_REFUNDED',
      'REFUND:PARTIALLY_REFUNDED->REFUNDED',
    ]);
    expect(audit.rows.slice(1).every((r) => r.provider_ref === authorizedRef(audit.rows))).toBe(true);
  });

  it('void releases an authorization; voiding again is harmless; capture after void is CONFLICT', async () => {
    const { body } = await h.call('POST', '/payments/authorize', authorizeBody());
    expect((await h.call('POST', '/payments/void', { paymentId: body.paymentId })).body.status).toBe(
      'VOIDED',
    );
    expect((await h.call('POST', '/payments/void', { paymentId: body.paymentId })).body.status).toBe(
      'VOIDED',
    );
    const capture = await h.call('POST', '/payments/capture', { paymentId: body.paymentId });
    expect(capture).toMatchObject({
      status: 409,
      body: { error: { code: 'CONFLICT', details: { status: 'VOIDED' } } },
    });
    const refund = await h.call('POST', '/payments/refund', { paymentId: body.paymentId, reason: 'x' });
    expect(refund.status).toBe(409);
  });

  it.each([
    ['tok_chargeDeclined', 'generic_decline'],
    ['tok_chargeDeclinedInsufficientFunds', 'insufficient_funds'],
  ])(
    'a declined %s answers 402 PAYMENT_DECLINED (%s), records FAILED, and a replay answers the same',
    async (token, reason) => {
      const body = authorizeBody({ method: { type: 'CARD', cardToken: token } });
      const reply = await h.call('POST', '/payments/authorize', body);
      expect(reply.status).toBe(402);
      expect(reply.body.error).toEqual({
        code: 'PAYMENT_DECLINED',
        message: 'The payment was declined',
        details: { reason, paymentId: expect.any(String) },
      });
      const row = await paymentRow(reply.body.error.details.paymentId);
      expect(row).toMatchObject({ status: 'FAILED', failure_reason: reason, order_id: body.orderId });
      const again = await h.call('POST', '/payments/authorize', body);
      expect(again.body.error.details.paymentId).toBe(reply.body.error.details.paymentId);
      await eventually('payment.failed', async () =>
        eventsOf(row.id).includes('payment.failed') ? true : undefined,
      );
      const failed = h.events.find(
        (e) => e.type === 'payment.failed' && (e.data as PaymentEventData).paymentId === row.id,
      );
      expect(failed!.data).toMatchObject({
        reason,
        method: 'CARD',
        amount: { amount: 2500, currency: 'USD' },
      });
    },
  );

  it('pay = authorize + capture in one call, idempotent, with the same audit rows and events', async () => {
    const body = authorizeBody();
    const paid = await h.call('POST', '/payments/pay', body);
    expect(paid.body).toEqual({ paymentId: expect.any(String), status: 'CAPTURED' });
    expect((await h.call('POST', '/payments/pay', body)).body).toEqual(paid.body);
    expect((await h.call('POST', '/payments/authorize', body)).body).toEqual(paid.body);
    expect(await count('SELECT count(*) AS n FROM payments WHERE order_id = $1', [body.orderId])).toBe(1);
    const { paymentId } = paid.body;
    const audit = await h.db.query(
      'SELECT action, from_status, to_status FROM payment_audit WHERE payment_id = $1 ORDER BY id',
      [paymentId],
    );
    expect(audit.rows.map((r) => `${r.action}:${r.from_status}->${r.to_status}`)).toEqual([
      'CREATE:null->PENDING',
      'AUTHORIZE:PENDING->AUTHORIZED',
      'CAPTURE:AUTHORIZED->CAPTURED',
    ]);
    expect(await paymentRow(paymentId)).toMatchObject({ status: 'CAPTURED', captured_amount: 2500 });
    await eventually('payment events', async () => (eventsOf(paymentId).length === 2 ? true : undefined));
    expect(eventsOf(paymentId)).toEqual(['payment.authorized', 'payment.captured']);
  });
});

describe('idempotency', () => {
  it('20 identical requests in parallel make one payment and one provider authorization', async () => {
    const body = authorizeBody();
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => h.call('POST', '/payments/authorize', body)),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(new Set(replies.map((r) => r.body.paymentId)).size).toBe(1);
    expect(
      await count('SELECT count(*) AS n FROM payments WHERE idempotency_key = $1', [body.idempotencyKey]),
    ).toBe(1);
    const paymentId = replies[0].body.paymentId;
    expect(
      await count('SELECT count(*) AS n FROM simulated_charges WHERE idempotency_key = $1', [
        `payment:${paymentId}`,
      ]),
    ).toBe(1);
    expect(
      await count("SELECT count(*) AS n FROM payment_audit WHERE payment_id = $1 AND action = 'AUTHORIZE'", [
        paymentId,
      ]),
    ).toBe(1);
  });

  it('the same key with different parameters is CONFLICT', async () => {
    const body = authorizeBody();
    await h.call('POST', '/payments/authorize', body);
    const reply = await h.call('POST', '/payments/authorize', {
      ...body,
      amount: { amount: 2501, currency: 'USD' },
    });
    expect(reply).toMatchObject({
      status: 409,
      body: { error: { code: 'CONFLICT', details: { field: 'idempotencyKey' } } },
    });
  });

  it('a retry takes over an attempt abandoned mid-call and learns the provider outcome (no second authorization)', async () => {
    const body = authorizeBody();
    const paymentId = randomUUID();
    // The state a crash leaves: the row claimed, the provider already authorized, nothing recorded.
    await h.db.query(
      `INSERT INTO payments (id, purpose, order_id, buyer_id, method, provider, status, amount, currency,
         idempotency_key, request_fingerprint, method_token, attempt_started_at)
       VALUES ($1, 'ORDER', $2, $3, 'CARD', 'simulator', 'PENDING', 2500, 'USD', $4, $5, 'tok_visa', now() - interval '1 hour')`,
      [
        paymentId,
        body.orderId,
        body.buyerId,
        body.idempotencyKey,
        `ORDER|${body.orderId}|${body.buyerId}|2500|USD|CARD`,
      ],
    );
    const first = await h.service.services.providers.card.authorize({
      amount: 2500,
      currency: 'USD',
      paymentMethod: 'tok_visa',
      idempotencyKey: `payment:${paymentId}`,
      metadata: {},
    });
    const reply = await h.call('POST', '/payments/authorize', body);
    expect(reply.body).toEqual({ paymentId, status: 'AUTHORIZED' });
    expect((await paymentRow(paymentId)).provider_ref).toBe(first.providerRef);
    expect(
      await count('SELECT count(*) AS n FROM simulated_charges WHERE idempotency_key = $1', [
        `payment:${paymentId}`,
      ]),
    ).toBe(1);
  });
});

describe('redirect provider (PAYPAL, simulated)', () => {
  it('authorize asks for the buyer; capture waits for approval; approval then capture works', async () => {
    const body = authorizeBody({ method: { type: 'PAYPAL' } });
    const reply = await h.call('POST', '/payments/authorize', body);
    expect(reply.body).toEqual({
      paymentId: expect.any(String),
      status: 'REQUIRES_ACTION',
      redirectUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:4006\/payments\/redirect\/approve\?ref=rp_/),
    });
    const { paymentId, redirectUrl } = reply.body;
    expect((await h.call('POST', '/payments/authorize', body)).body).toEqual(reply.body);
    const early = await h.call('POST', '/payments/capture', { paymentId });
    expect(early).toMatchObject({
      status: 409,
      body: { error: { code: 'CONFLICT', details: { status: 'PENDING' } } },
    });

    const approval = await request(redirectUrl.replace('http://127.0.0.1:4006', h.base));
    expect(approval.statusCode).toBe(200);
    expect(await approval.body.json()).toEqual({ paymentId, status: 'AUTHORIZED' });
    expect((await h.call('POST', '/payments/capture', { paymentId })).body.status).toBe('CAPTURED');
    const refund = await h.call('POST', '/payments/refund', { paymentId, reason: 'changed mind' });
    expect(refund.body).toMatchObject({ status: 'SUCCEEDED', paymentStatus: 'REFUNDED' });
    const audit = await h.db.query(
      "SELECT actor FROM payment_audit WHERE payment_id = $1 AND action = 'BUYER_ACTION'",
      [paymentId],
    );
    expect(audit.rows).toEqual([{ actor: 'buyer-redirect' }]);
  });

  it('a buyer who cancels on the provider page fails the payment; the saga can void a waiting one', async () => {
    const declined = await h.call(
      'POST',
      '/payments/authorize',
      authorizeBody({ method: { type: 'PAYPAL' } }),
    );
    const page = await request(
      `${declined.body.redirectUrl.replace('http://127.0.0.1:4006', h.base)}&decision=decline`,
    );
    expect(await page.body.json()).toEqual({ paymentId: declined.body.paymentId, status: 'FAILED' });
    expect((await paymentRow(declined.body.paymentId)).failure_reason).toBe('buyer_declined');
    const approveLate = await request(declined.body.redirectUrl.replace('http://127.0.0.1:4006', h.base));
    expect(approveLate.statusCode).toBe(409);
    await approveLate.body.dump();

    const waiting = await h.call(
      'POST',
      '/payments/authorize',
      authorizeBody({ method: { type: 'PAYPAL' } }),
    );
    expect((await h.call('POST', '/payments/void', { paymentId: waiting.body.paymentId })).body.status).toBe(
      'VOIDED',
    );
    const unknown = await request(`${h.base}/payments/redirect/approve?ref=rp_unknownReference1`);
    expect(unknown.statusCode).toBe(404);
    await unknown.body.dump();
  });
});

describe('audit trail', () => {
  it('names the calling service and keeps no card number in rows or logs', async () => {
    // Card numbers arrive where tokens belong; they must be refused without a trace.
    for (const pan of ['4242424242424242', '4000 0000 0000 0002', '4000-0000-0000-9995']) {
      const bad = await h.call(
        'POST',
        '/payments/pay',
        authorizeBody({ method: { type: 'CARD', cardToken: pan } }),
      );
      expect(bad.status).toBe(400);
    }
    const response = await request(`${h.base}/payments/pay`, {
      method: 'POST',
      headers: { authorization: 'Bearer payments-test-service-token', 'x-service-name': 'orders' },
      body: JSON.stringify(authorizeBody()),
    });
    const { paymentId } = (await response.body.json()) as { paymentId: string };
    await h.call('POST', '/payments/refund', {
      paymentId,
      amount: { amount: 100, currency: 'USD' },
      reason: 'audit check',
    });
    const actors = await h.db.query(
      'SELECT DISTINCT actor FROM payment_audit WHERE payment_id = $1 ORDER BY actor',
      [paymentId],
    );
    expect(actors.rows).toEqual([{ actor: 'service' }, { actor: 'service:orders' }]);

    const tables = [
      'payments',
      'refunds',
      'payment_audit',
      'simulated_charges',
      'simulated_refunds',
      'outbox',
    ];
    for (const table of tables) {
      const rows = await h.db.query(`SELECT row_to_json(t)::text AS row FROM ${table} t`);
      expect(rows.rows.length).toBeGreaterThan(0);
      expect(findCardNumbers(rows.rows.map((r) => r.row).join('\n'))).toEqual([]);
    }
    expect(h.logLines.length).toBeGreaterThan(0);
    expect(findCardNumbers(h.logLines.join('\n'))).toEqual([]);
  });
});

function authorizedRef(rows: { action: string; provider_ref: string | null }[]): string | null {
  return rows.find((r) => r.action === 'AUTHORIZE')?.provider_ref ?? null;
}
