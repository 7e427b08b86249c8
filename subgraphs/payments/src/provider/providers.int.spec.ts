import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openDatabase } from '@commerce/database';
import { createTestDatabase, rejectionOf, TestDatabase } from '@commerce/testing';
import { CreatePayments1700000000600 } from '../migrations/1700000000600-create-payments';
import { startStripeProxy, StripeProxy } from '../testing/stripe-proxy';
import { LocalCardSimulator } from './local-card-simulator';
import { ProviderError } from './payment-provider';
import { describeProviderContract } from './provider.contract';
import { REDIRECT_APPROVAL_PATH, RedirectProviderSimulator } from './redirect-provider-simulator';
import { StripeProvider } from './stripe-provider';

const STRIPE_MOCK = 'http://127.0.0.1:12111';
let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('providers');
  dataSource = await openDatabase({
    url: database.url,
    poolSize: 5,
    entities: [],
    migrations: [CreatePayments1700000000600],
  });
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

const stripe = (apiBase = STRIPE_MOCK, secretKey = 'sk_test_contract') =>
  new StripeProvider({ secretKey, apiBase, timeoutMs: 3000 });

describeProviderContract(
  'LocalCardSimulator',
  {
    stateful: true,
    declines: { generic: 'tok_chargeDeclined', insufficientFunds: 'tok_chargeDeclinedInsufficientFunds' },
  },
  () => ({ provider: new LocalCardSimulator(dataSource), successToken: 'tok_visa' }),
);

describeProviderContract('RedirectProviderSimulator', { stateful: true }, () => {
  const provider = new RedirectProviderSimulator(dataSource, 'http://127.0.0.1:4006');
  return { provider, successToken: 'paypal', completeAction: (ref) => provider.approve(ref) };
});

describeProviderContract('StripeProvider on stripe-mock', { stateful: false }, () => ({
  provider: stripe(),
  successToken: 'tok_visa',
}));

describe('LocalCardSimulator', () => {
  it('makes one authorization for 20 parallel calls with one key', async () => {
    const simulator = new LocalCardSimulator(dataSource);
    const idempotencyKey = `burst:${randomUUID()}`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        simulator.authorize({
          amount: 100,
          currency: 'USD',
          paymentMethod: 'tok_visa',
          idempotencyKey,
          metadata: {},
        }),
      ),
    );
    expect(new Set(answers.map((a) => a.providerRef)).size).toBe(1);
    const [{ n }] = await dataSource.query(
      'SELECT count(*)::int AS n FROM simulated_charges WHERE idempotency_key = $1',
      [idempotencyKey],
    );
    expect(n).toBe(1);
  });

  it('declines tokens it never issued, as Stripe refuses unknown tokens', async () => {
    const answer = await new LocalCardSimulator(dataSource).authorize({
      amount: 100,
      currency: 'USD',
      paymentMethod: 'tok_madeUp',
      idempotencyKey: randomUUID(),
      metadata: {},
    });
    expect(answer).toMatchObject({ status: 'DECLINED', declineCode: 'invalid_payment_method' });
  });
});

describe('RedirectProviderSimulator', () => {
  it('sends the buyer to the approval page; a buyer who cancels leaves nothing to capture', async () => {
    const provider = new RedirectProviderSimulator(dataSource, 'http://shop.example:4006');
    const answer = await provider.authorize({
      amount: 4200,
      currency: 'USD',
      paymentMethod: 'paypal',
      idempotencyKey: randomUUID(),
      metadata: {},
    });
    expect(answer.status).toBe('REQUIRES_ACTION');
    expect(answer.redirectUrl).toBe(
      `http://shop.example:4006${REDIRECT_APPROVAL_PATH}?ref=${answer.providerRef}`,
    );
    const early = provider.capture({ providerRef: answer.providerRef!, idempotencyKey: randomUUID() });
    expect((await rejectionOf(early, ProviderError)).kind).toBe('invalid_state');
    await provider.decline(answer.providerRef!);
    const late = provider.capture({ providerRef: answer.providerRef!, idempotencyKey: randomUUID() });
    expect((await rejectionOf(late, ProviderError)).kind).toBe('invalid_state');
  });
});

describe('StripeProvider: the calls it makes (recorded in front of stripe-mock)', () => {
  let proxy: StripeProxy;
  beforeAll(async () => {
    proxy = await startStripeProxy(STRIPE_MOCK);
  });
  afterAll(() => proxy.stop());
  beforeEach(() => {
    proxy.calls.length = 0;
    proxy.override = null;
  });

  it('authorizes with a PaymentMethod from the token and a confirmed manual-capture PaymentIntent', async () => {
    const key = `payment:${randomUUID()}`;
    const answer = await stripe(proxy.url).authorize({
      amount: 1234,
      currency: 'USD',
      paymentMethod: 'tok_visa',
      idempotencyKey: key,
      metadata: { orderId: 'order-1', paymentId: 'payment-1' },
    });
    expect(answer.status).toBe('AUTHORIZED');
    expect(proxy.calls.map((c) => [c.method, c.path, c.idempotencyKey, c.status])).toEqual([
      ['POST', '/v1/payment_methods', `${key}:method`, 200],
      ['POST', '/v1/payment_intents', `${key}:intent`, 200],
    ]);
    expect(proxy.calls[0].params).toEqual({ type: 'card', 'card[token]': 'tok_visa' });
    expect(proxy.calls[1].params).toMatchObject({
      amount: '1234',
      currency: 'usd',
      capture_method: 'manual',
      confirm: 'true',
      'payment_method_types[0]': 'card',
      'metadata[orderId]': 'order-1',
    });
    expect(proxy.calls[1].params.payment_method).toMatch(/^pm_/);
    expect(answer.providerRef).toMatch(/^pi_/);
  });

  it('uses a pm_ token as it is (one call)', async () => {
    await stripe(proxy.url).authorize({
      amount: 500,
      currency: 'EUR',
      paymentMethod: 'pm_card_visa',
      idempotencyKey: randomUUID(),
      metadata: {},
    });
    expect(proxy.calls.map((c) => c.path)).toEqual(['/v1/payment_intents']);
    expect(proxy.calls[0].params).toMatchObject({ payment_method: 'pm_card_visa', currency: 'eur' });
  });

  it('captures, cancels and refunds the intent, each call with its idempotency key', async () => {
    const provider = stripe(proxy.url);
    await provider.capture({ providerRef: 'pi_abc', amount: 800, idempotencyKey: 'k-capture' });
    await provider.void({ providerRef: 'pi_def', idempotencyKey: 'k-void' });
    const refund = await provider.refund({ providerRef: 'pi_abc', amount: 300, idempotencyKey: 'k-refund' });
    expect(refund).toEqual({ refundRef: expect.stringMatching(/^re_/), status: 'SUCCEEDED' });
    expect(proxy.calls.map((c) => [c.path, c.idempotencyKey, c.params, c.status])).toEqual([
      ['/v1/payment_intents/pi_abc/capture', 'k-capture', { amount_to_capture: '800' }, 200],
      ['/v1/payment_intents/pi_def/cancel', 'k-void', {}, 200],
      ['/v1/refunds', 'k-refund', { payment_intent: 'pi_abc', amount: '300' }, 200],
    ]);
  });

  it('retries a failed call with the same idempotency key, so a retry can never pay twice', async () => {
    let failures = 1;
    proxy.override = (call) =>
      call.path === '/v1/refunds' && failures-- > 0
        ? {
            status: 500,
            body: { error: { type: 'api_error', message: 'temporary failure' } },
            headers: { 'stripe-should-retry': 'true' },
          }
        : undefined;
    await stripe(proxy.url).refund({ providerRef: 'pi_retry', amount: 100, idempotencyKey: 'k-retry' });
    expect(proxy.calls.map((c) => [c.status, c.idempotencyKey])).toEqual([
      [500, 'k-retry'],
      [200, 'k-retry'],
    ]);
  });

  it("maps Stripe's 402 card error (which stripe-mock never sends) to a DECLINED result", async () => {
    proxy.override = (call) =>
      call.path === '/v1/payment_intents'
        ? {
            status: 402,
            body: {
              error: {
                type: 'card_error',
                code: 'card_declined',
                decline_code: 'insufficient_funds',
                message: 'Your card has insufficient funds.',
                payment_intent: {
                  id: 'pi_declined',
                  object: 'payment_intent',
                  status: 'requires_payment_method',
                },
              },
            },
          }
        : undefined;
    const answer = await stripe(proxy.url).authorize({
      amount: 900,
      currency: 'USD',
      paymentMethod: 'tok_chargeDeclinedInsufficientFunds',
      idempotencyKey: randomUUID(),
      metadata: {},
    });
    expect(answer).toEqual({
      status: 'DECLINED',
      providerRef: 'pi_declined',
      declineCode: 'insufficient_funds',
    });
  });
});

describe('StripeProvider: errors from stripe-mock itself', () => {
  it('a request Stripe would reject (fractional amount) is invalid_request', async () => {
    const refund = stripe().refund({ providerRef: 'pi_1', amount: 1.5, idempotencyKey: randomUUID() });
    expect((await rejectionOf(refund, ProviderError)).kind).toBe('invalid_request');
  });

  it('a key Stripe refuses is misconfigured (an operator must act)', async () => {
    const capture = stripe(STRIPE_MOCK, 'not-a-secret-key').capture({
      providerRef: 'pi_1',
      idempotencyKey: 'k',
    });
    expect((await rejectionOf(capture, ProviderError)).kind).toBe('misconfigured');
  });

  it('an unreachable Stripe is unavailable, and retryable', async () => {
    const error = await rejectionOf(
      stripe('http://127.0.0.1:9').capture({ providerRef: 'pi_1', idempotencyKey: 'k' }),
      ProviderError,
    );
    expect(error.kind).toBe('unavailable');
    expect(error.retryable).toBe(true);
  });
});
