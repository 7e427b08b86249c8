import { randomUUID } from 'node:crypto';
import { errorCodes, graphql, GraphQLResponse } from '@commerce/testing';
import { findCardNumbers } from './testing/card-numbers';
import { checkLedger, HEALTHY_LEDGER } from './testing/ledger-checks';
import { PaymentsHarness, startPaymentsHarness } from './testing/payments-harness';

let h: PaymentsHarness;

beforeAll(async () => {
  h = await startPaymentsHarness({
    WALLET_TOPUP_MIN: '100',
    WALLET_TOPUP_MAX: '50000',
    WALLET_TOPUP_ATTEMPTS_PER_HOUR: '8',
  });
});

afterAll(async () => {
  await h?.stop();
});

const TOP_UP = `mutation TopUp($amount: Int!, $cardToken: String!, $key: String) {
  topUpWallet(amount: $amount, cardToken: $cardToken, idempotencyKey: $key) { id balance { amount currency } }
}`;
const WALLET = `query Wallet($first: Int, $after: String) {
  myWallet {
    id
    balance { amount currency }
    transactions(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id kind amount { amount currency } paymentId refundId createdAt } }
    }
  }
}`;
const REFUNDS = `query Refunds($orderId: ID) { refunds(orderId: $orderId) { id status reason amount { amount currency } createdAt } }`;
const ORDER_PAYMENTS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id payments {
  id method status amount { amount currency } transactionRef createdAt order { id } refunds { id amount { amount } status }
} } } }`;
const PAYMENT_REFS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Payment { id status } } }`;

interface WalletData {
  myWallet: {
    id: string;
    balance: { amount: number; currency: string };
    transactions: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        cursor: string;
        node: { kind: string; amount: { amount: number }; paymentId: string | null };
      }[];
    };
  };
}

function buyer(roles = ['BUYER']) {
  const id = randomUUID();
  return { id, token: h.auth.token(id, roles) };
}

const topUp = (token: string, amount: number, cardToken = 'tok_visa', key?: string) =>
  graphql<{ topUpWallet: { balance: { amount: number } } }, unknown>(
    h.url,
    TOP_UP,
    { amount, cardToken, key },
    { token },
  );

const wallet = (token: string, first?: number, after?: string | null) =>
  graphql<WalletData, unknown>(h.url, WALLET, { first, after }, { token });

const entryCount = async () =>
  Number((await h.db.query('SELECT count(*) AS n FROM ledger_entries')).rows[0].n);

/** An order paid by card through the saga's endpoint. */
async function paidOrder(buyerId: string, amount = 3000) {
  const orderId = randomUUID();
  const paid = await h.call('POST', '/payments/pay', {
    orderId,
    buyerId,
    amount: { amount, currency: 'USD' },
    method: { type: 'CARD', cardToken: 'tok_visa' },
    idempotencyKey: `order:${orderId}`,
  });
  expect(paid.status).toBe(200);
  return { orderId, paymentId: paid.body.paymentId as string };
}

describe('topUpWallet', () => {
  it('charges the card and credits the wallet; a replayed key tops up once', async () => {
    const alice = buyer();
    const first = await topUp(alice.token, 2500, 'tok_visa', 'topup-key-1');
    expect(first.errors).toBeUndefined();
    expect(first.data!.topUpWallet.balance).toEqual({ amount: 2500, currency: 'USD' });
    const replay = await topUp(alice.token, 2500, 'tok_visa', 'topup-key-1');
    expect(replay.data!.topUpWallet.balance.amount).toBe(2500);
    const payments = await h.db.query(`SELECT status, method, purpose FROM payments WHERE buyer_id = $1`, [
      alice.id,
    ]);
    expect(payments.rows).toEqual([{ status: 'CAPTURED', method: 'CARD', purpose: 'WALLET_TOP_UP' }]);
    expect(await checkLedger(h.db)).toEqual(HEALTHY_LEDGER);
  });

  it.each([
    ['tok_chargeDeclined', 'generic_decline'],
    ['tok_chargeDeclinedInsufficientFunds', 'insufficient_funds'],
  ])('a declined card (%s) answers PAYMENT_DECLINED (%s) and changes no balance', async (token, reason) => {
    const bob = buyer();
    const before = await entryCount();
    const response = await topUp(bob.token, 5000, token);
    expect(errorCodes(response)).toEqual(['PAYMENT_DECLINED']);
    expect(response.errors![0].extensions!.details).toMatchObject({ reason });
    expect(response.data).toBeNull();
    expect(await entryCount()).toBe(before);
    expect((await wallet(bob.token)).data!.myWallet.balance.amount).toBe(0);
    const row = await h.db.query('SELECT status, failure_reason FROM payments WHERE buyer_id = $1', [bob.id]);
    expect(row.rows).toEqual([{ status: 'FAILED', failure_reason: reason }]);
  });

  it.each([
    ['below the minimum', 99, 'tok_visa', 'amount'],
    ['above the maximum', 50001, 'tok_visa', 'amount'],
    ['a card number instead of a token', 2000, '4242424242424242', 'cardToken'],
  ])('refuses %s with BAD_USER_INPUT before charging anything', async (_name, amount, cardToken, field) => {
    const carol = buyer();
    const before = await entryCount();
    const response = await topUp(carol.token, amount, cardToken);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.details).toEqual({ field });
    expect(findCardNumbers(JSON.stringify(response))).toEqual([]);
    expect(await entryCount()).toBe(before);
    expect(
      (await h.db.query('SELECT count(*) AS n FROM payments WHERE buyer_id = $1', [carol.id])).rows[0].n,
    ).toBe('0');
  });

  it('requires a signed-in user', async () => {
    const response = await graphql(h.url, TOP_UP, { amount: 1000, cardToken: 'tok_visa' });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('limits top-up attempts per user and hour (card testing defence)', async () => {
    const dave = buyer();
    for (let i = 0; i < 8; i++)
      expect(errorCodes(await topUp(dave.token, 100, 'tok_chargeDeclined'))).toEqual(['PAYMENT_DECLINED']);
    const blocked = await topUp(dave.token, 100, 'tok_visa');
    expect(errorCodes(blocked)).toEqual(['RATE_LIMITED']);
    expect((await wallet(dave.token)).data!.myWallet.balance.amount).toBe(0);
  });
});

describe('myWallet', () => {
  it('shows the balance and pages through movements, newest first', async () => {
    const erin = buyer();
    for (const amount of [100, 200, 300, 400, 500])
      expect((await topUp(erin.token, amount)).errors).toBeUndefined();
    const seen: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: GraphQLResponse<WalletData> = await wallet(erin.token, 2, after);
      expect(response.errors).toBeUndefined();
      const { balance, transactions } = response.data!.myWallet;
      expect(balance).toEqual({ amount: 1500, currency: 'USD' });
      expect(transactions.totalCount).toBe(5);
      seen.push(...transactions.edges.map((e) => e.node.amount.amount));
      expect(transactions.edges.every((e) => e.node.kind === 'TOP_UP' && e.node.paymentId)).toBe(true);
      pages++;
      if (!transactions.pageInfo.hasNextPage) break;
      after = transactions.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([500, 400, 300, 200, 100]);
  });

  it('shows each buyer only their own wallet', async () => {
    const frank = buyer();
    const grace = buyer();
    await topUp(frank.token, 700);
    const graces = await wallet(grace.token);
    expect(graces.data!.myWallet.balance.amount).toBe(0);
    expect(graces.data!.myWallet.transactions.totalCount).toBe(0);
    const franks = await wallet(frank.token);
    expect(franks.data!.myWallet.id).not.toBe(graces.data!.myWallet.id);
    expect(franks.data!.myWallet.balance.amount).toBe(700);
  });

  it('refuses a bad page size or cursor, and anonymous callers', async () => {
    const henry = buyer();
    expect(errorCodes(await wallet(henry.token, 0))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await wallet(henry.token, 5, 'not-a-cursor'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graphql(h.url, WALLET, {}))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('refunds(orderId)', () => {
  it("lists an order's refunds to its buyer and ADMIN only; without orderId, the caller's own", async () => {
    const ivy = buyer();
    const { orderId, paymentId } = await paidOrder(ivy.id);
    await h.call('POST', '/payments/refund', {
      paymentId,
      amount: { amount: 1000, currency: 'USD' },
      reason: 'late',
    });
    await h.call('POST', '/payments/refund', { paymentId, reason: 'returned' });

    const own = await graphql<
      { refunds: { amount: { amount: number }; status: string; reason: string }[] },
      unknown
    >(h.url, REFUNDS, { orderId }, { token: ivy.token });
    expect(own.errors).toBeUndefined();
    expect(own.data!.refunds.map((r) => [r.amount.amount, r.status, r.reason])).toEqual([
      [1000, 'SUCCEEDED', 'late'],
      [2000, 'SUCCEEDED', 'returned'],
    ]);
    const internal = await h.call('GET', `/payments/refunds?orderId=${orderId}`);
    expect(internal.body.refunds.map((r: { refundId: string }) => r.refundId)).toEqual(
      (own.data!.refunds as unknown as { id: string }[]).map((r) => r.id),
    );

    const other = await graphql<{ refunds: unknown[] }, unknown>(
      h.url,
      REFUNDS,
      { orderId },
      { token: buyer().token },
    );
    expect(other.data!.refunds).toEqual([]);
    const admin = await graphql<{ refunds: unknown[] }, unknown>(
      h.url,
      REFUNDS,
      { orderId },
      { token: buyer(['BUYER', 'ADMIN']).token },
    );
    expect(admin.data!.refunds).toHaveLength(2);
    const all = await graphql<{ refunds: unknown[] }, unknown>(h.url, REFUNDS, {}, { token: ivy.token });
    expect(all.data!.refunds).toHaveLength(2);
    expect(errorCodes(await graphql(h.url, REFUNDS, { orderId: 'nope' }, { token: ivy.token }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await graphql(h.url, REFUNDS, { orderId }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('federation', () => {
  it('contributes Order.payments: the buyer and ADMIN see them, anyone else an empty list', async () => {
    const jack = buyer();
    const { orderId, paymentId } = await paidOrder(jack.id, 4200);
    await h.call('POST', '/payments/refund', {
      paymentId,
      amount: { amount: 200, currency: 'USD' },
      reason: 'coupon',
    });
    const asJack = await graphql<
      { _entities: { id: string; payments: Record<string, unknown>[] }[] },
      unknown
    >(h.url, ORDER_PAYMENTS, { r: [{ __typename: 'Order', id: orderId }] }, { token: jack.token });
    expect(asJack.errors).toBeUndefined();
    expect(asJack.data!._entities[0].payments).toEqual([
      {
        id: paymentId,
        method: 'CARD',
        status: 'PARTIALLY_REFUNDED',
        amount: { amount: 4200, currency: 'USD' },
        transactionRef: expect.stringMatching(/^sim_ch_/),
        createdAt: expect.any(String),
        order: { id: orderId },
        refunds: [{ id: expect.any(String), amount: { amount: 200 }, status: 'SUCCEEDED' }],
      },
    ]);
    for (const [token, expected] of [
      [buyer().token, 0],
      [buyer(['BUYER', 'ADMIN']).token, 1],
      [undefined, 0],
    ] as const) {
      const response = await graphql<{ _entities: { payments: unknown[] }[] }, unknown>(
        h.url,
        ORDER_PAYMENTS,
        { r: [{ __typename: 'Order', id: orderId }] },
        { token },
      );
      expect(response.data!._entities[0].payments).toHaveLength(expected);
    }
  });

  it("resolves many Payment references with one store query, hiding other buyers' payments", async () => {
    const kim = buyer();
    const mine = await Promise.all([paidOrder(kim.id), paidOrder(kim.id), paidOrder(kim.id)]);
    const theirs = await paidOrder(randomUUID());
    const spy = jest.spyOn(h.service.services.payments, 'findByIds');
    const refs = [...mine, theirs].map((p) => ({ __typename: 'Payment', id: p.paymentId }));
    refs.push({ __typename: 'Payment', id: randomUUID() }, { __typename: 'Payment', id: 'not-a-uuid' });
    const response = await graphql<{ _entities: ({ id: string; status: string } | null)[] }, unknown>(
      h.url,
      PAYMENT_REFS,
      { r: refs },
      { token: kim.token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual([
      ...mine.map((p) => ({ id: p.paymentId, status: 'CAPTURED' })),
      null,
      null,
      null,
    ]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it('answers Order.payments for many orders with one store query', async () => {
    const lea = buyer();
    const orders = await Promise.all([paidOrder(lea.id), paidOrder(lea.id), paidOrder(lea.id)]);
    const spy = jest.spyOn(h.service.services.payments, 'listForOrders');
    const response = await graphql<{ _entities: { payments: unknown[] }[] }, unknown>(
      h.url,
      ORDER_PAYMENTS,
      { r: orders.map((o) => ({ __typename: 'Order', id: o.orderId })) },
      { token: lea.token },
    );
    expect(response.data!._entities.map((e) => e.payments.length)).toEqual([1, 1, 1]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});

describe('runtime', () => {
  it('answers /readyz with the database and the bus, and keeps card numbers out of logs and rows', async () => {
    const ready = await fetch(`${h.base}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: true, eventBus: true } });
    await topUp(buyer().token, 1000, '4000 0000 0000 0002');
    expect(findCardNumbers(h.logLines.join('\n'))).toEqual([]);
    const rows = await h.db.query(
      `SELECT row_to_json(t)::text AS row FROM (SELECT * FROM payments) t
       UNION ALL SELECT row_to_json(a)::text FROM payment_audit a`,
    );
    expect(findCardNumbers(rows.rows.map((r) => r.row).join('\n'))).toEqual([]);
  });
});
