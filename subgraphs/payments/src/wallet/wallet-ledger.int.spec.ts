import { randomUUID } from 'node:crypto';
import { graphql } from '@commerce/testing';
import { checkLedger, HEALTHY_LEDGER } from '../testing/ledger-checks';
import { PaymentsHarness, startPaymentsHarness } from '../testing/payments-harness';

let h: PaymentsHarness;

beforeAll(async () => {
  h = await startPaymentsHarness({ WALLET_TOPUP_MAX: '1000000' });
});

afterAll(async () => {
  await h?.stop();
});

const TOP_UP = `mutation TopUp($amount: Int!, $cardToken: String!) {
  topUpWallet(amount: $amount, cardToken: $cardToken) { id balance { amount currency } }
}`;
const MY_WALLET = '{ myWallet { id balance { amount currency } } }';

/** A buyer with a wallet funded by card through the public API. */
async function fundedBuyer(amount: number): Promise<{ buyerId: string; token: string }> {
  const buyerId = randomUUID();
  const token = h.auth.token(buyerId);
  const response = await graphql<{ topUpWallet: { balance: { amount: number } } }, unknown>(
    h.url,
    TOP_UP,
    { amount, cardToken: 'tok_visa' },
    { token },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.topUpWallet.balance.amount).toBe(amount);
  return { buyerId, token };
}

async function balanceOf(token: string): Promise<number> {
  const response = await graphql<{ myWallet: { balance: { amount: number } } }, unknown>(
    h.url,
    MY_WALLET,
    {},
    { token },
  );
  return response.data!.myWallet.balance.amount;
}

function walletBody(buyerId: string, amount: number) {
  return {
    orderId: randomUUID(),
    buyerId,
    amount: { amount, currency: 'USD' },
    method: { type: 'WALLET' },
    idempotencyKey: `order:${randomUUID()}`,
  };
}

describe('wallet spending under concurrency', () => {
  it('20 concurrent payments of 10.00 against 100.00: exactly 10 succeed, the balance ends at 0', async () => {
    const { buyerId, token } = await fundedBuyer(10_000);
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => h.call('POST', '/payments/pay', walletBody(buyerId, 1000))),
    );
    const succeeded = replies.filter((r) => r.status === 200);
    const declined = replies.filter((r) => r.status === 402);
    expect(succeeded).toHaveLength(10);
    expect(succeeded.every((r) => r.body.status === 'CAPTURED')).toBe(true);
    expect(declined).toHaveLength(10);
    expect(declined.every((r) => r.body.error.details.reason === 'insufficient_funds')).toBe(true);
    expect(await balanceOf(token)).toBe(0);
    expect(await checkLedger(h.db)).toEqual(HEALTHY_LEDGER);
  });

  it('holds move money out of the balance; void releases it; a partial capture returns the rest', async () => {
    const { buyerId, token } = await fundedBuyer(10_000);
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => h.call('POST', '/payments/authorize', walletBody(buyerId, 1000))),
    );
    const held = replies.filter((r) => r.status === 200).map((r) => r.body.paymentId as string);
    expect(held).toHaveLength(10);
    expect(await balanceOf(token)).toBe(0);

    await Promise.all(held.slice(0, 5).map((paymentId) => h.call('POST', '/payments/void', { paymentId })));
    expect(await balanceOf(token)).toBe(5000);
    const captures = await Promise.all(
      held
        .slice(5)
        .map((paymentId) =>
          h.call('POST', '/payments/capture', { paymentId, amount: { amount: 600, currency: 'USD' } }),
        ),
    );
    expect(captures.map((c) => c.body.status)).toEqual(Array(5).fill('CAPTURED'));
    expect(await balanceOf(token)).toBe(5000 + 5 * 400);

    const refund = await h.call('POST', '/payments/refund', { paymentId: held[5], reason: 'returned' });
    expect(refund.body).toMatchObject({
      amount: { amount: 600 },
      status: 'SUCCEEDED',
      paymentStatus: 'REFUNDED',
    });
    expect(await balanceOf(token)).toBe(7600);
    expect(await checkLedger(h.db)).toEqual(HEALTHY_LEDGER);
  });

  it('measures wallet payments per second at 20 in flight (all succeed, ledger stays exact)', async () => {
    const payments = 200;
    const one = await fundedBuyer(payments * 100);
    const many = await Promise.all(Array.from({ length: 20 }, () => fundedBuyer((payments / 20) * 100)));
    const oneWallet = await payAll(Array.from({ length: payments }, () => walletBody(one.buyerId, 100)));
    const manyWallets = await payAll(
      Array.from({ length: payments }, (_, i) => walletBody(many[i % 20].buyerId, 100)),
    );
    // eslint-disable-next-line no-console -- the measured rates are this test's report
    console.info(
      `wallet pay (authorize+capture over HTTP, 20 in flight): one wallet ${oneWallet.toFixed(0)}/s, ` +
        `20 wallets ${manyWallets.toFixed(0)}/s`,
    );
    expect(await balanceOf(one.token)).toBe(0);
    for (const buyer of many) expect(await balanceOf(buyer.token)).toBe(0);
    expect(await checkLedger(h.db)).toEqual(HEALTHY_LEDGER);
  });
});

/** Pays every body with 20 requests in flight; every payment must succeed. Returns payments per second. */
async function payAll(bodies: ReturnType<typeof walletBody>[]): Promise<number> {
  const total = bodies.length;
  const statuses: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      for (let body = bodies.pop(); body; body = bodies.pop()) {
        statuses.push((await h.call('POST', '/payments/pay', body)).status);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  expect(statuses).toEqual(Array(total).fill(200));
  return total / seconds;
}

describe('refunds to the wallet', () => {
  it('a card payment can be refunded as wallet credit', async () => {
    const buyerId = randomUUID();
    const token = h.auth.token(buyerId);
    const paid = await h.call('POST', '/payments/pay', {
      ...walletBody(buyerId, 4000),
      method: { type: 'CARD', cardToken: 'tok_visa' },
    });
    const refund = await h.call('POST', '/payments/refund', {
      paymentId: paid.body.paymentId,
      amount: { amount: 1500, currency: 'USD' },
      reason: 'store credit',
      destination: 'WALLET',
    });
    expect(refund.body).toMatchObject({
      status: 'SUCCEEDED',
      transactionRef: expect.stringMatching(/^ledger:/),
    });
    expect(await balanceOf(token)).toBe(1500);
    expect(await checkLedger(h.db)).toEqual(HEALTHY_LEDGER);
  });
});

describe('database backstops', () => {
  it('refuses at commit a movement whose entries do not sum to zero', async () => {
    const [{ id: account }] = (
      await h.db.query(`SELECT id FROM ledger_accounts WHERE kind = 'WALLET_HOLDS' LIMIT 1`)
    ).rows;
    await h.db.query('BEGIN');
    const [{ id }] = (await h.db.query(`INSERT INTO ledger_transactions (kind) VALUES ('HOLD') RETURNING id`))
      .rows;
    await h.db.query('INSERT INTO ledger_entries (transaction_id, account_id, amount) VALUES ($1, $2, 100)', [
      id,
      account,
    ]);
    await expect(h.db.query('COMMIT')).rejects.toThrow(/does not balance/);
    expect(await checkLedger(h.db)).toEqual(HEALTHY_LEDGER);
  });

  it('keeps entries and the audit trail append-only, and no wallet below zero', async () => {
    await expect(h.db.query('UPDATE ledger_entries SET amount = amount + 1')).rejects.toThrow(/append-only/);
    await expect(h.db.query('DELETE FROM payment_audit')).rejects.toThrow(/append-only/);
    await expect(h.db.query(`UPDATE ledger_accounts SET balance = -1 WHERE kind = 'WALLET'`)).rejects.toThrow(
      /wallet_balance_not_negative/,
    );
  });
});
