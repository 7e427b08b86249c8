import Stripe from 'stripe';
import { thrownBy } from '@commerce/testing';
import { ProviderError } from './payment-provider';
import {
  assertCanceled,
  assertCaptured,
  authorizationFromError,
  authorizationFromIntent,
  providerErrorFrom,
  refundStatusFrom,
} from './stripe-mapping';

const intent = (fields: Partial<Stripe.PaymentIntent>) =>
  ({
    id: 'pi_123',
    object: 'payment_intent',
    last_payment_error: null,
    next_action: null,
    ...fields,
  }) as Stripe.PaymentIntent;

/** Stripe's SDK builds its typed errors from the raw API error body, as it does for real responses. */
const stripeError = (raw: Record<string, unknown>) =>
  Stripe.errors.StripeError.generate(raw as unknown as Stripe.StripeRawError);

describe('PaymentIntent status after confirm (against Stripe)', () => {
  it.each(['requires_capture', 'succeeded'] as const)('%s is AUTHORIZED', (status) => {
    expect(authorizationFromIntent(intent({ status }), false)).toEqual({
      status: 'AUTHORIZED',
      providerRef: 'pi_123',
    });
  });

  it('requires_action is REQUIRES_ACTION with the redirect URL when Stripe gives one', () => {
    const answer = authorizationFromIntent(
      intent({
        status: 'requires_action',
        next_action: {
          type: 'redirect_to_url',
          redirect_to_url: { url: 'https://hooks.stripe.com/3ds', return_url: null },
        },
      }),
      false,
    );
    expect(answer).toEqual({
      status: 'REQUIRES_ACTION',
      providerRef: 'pi_123',
      redirectUrl: 'https://hooks.stripe.com/3ds',
    });
  });

  it('requires_payment_method with last_payment_error is DECLINED with its decline code', () => {
    const answer = authorizationFromIntent(
      intent({
        status: 'requires_payment_method',
        last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' },
      }),
      false,
    );
    expect(answer).toEqual({ status: 'DECLINED', providerRef: 'pi_123', declineCode: 'insufficient_funds' });
  });

  it('canceled is DECLINED', () => {
    expect(authorizationFromIntent(intent({ status: 'canceled' }), false).status).toBe('DECLINED');
  });

  it.each(['requires_payment_method', 'requires_confirmation', 'processing'] as const)(
    'an unexpected %s is an error, never an assumed success',
    (status) => {
      expect(thrownBy(() => authorizationFromIntent(intent({ status }), false), ProviderError).kind).toBe(
        'invalid_state',
      );
    },
  );
});

describe('canned answers (stripe-mock)', () => {
  it('an HTTP success is the only signal: its fixed requires_payment_method object counts as AUTHORIZED', () => {
    const canned = intent({
      status: 'requires_payment_method',
      last_payment_error: { type: 'idempotency_error' },
      next_action: { type: 'type' },
    });
    expect(authorizationFromIntent(canned, true)).toEqual({ status: 'AUTHORIZED', providerRef: 'pi_123' });
    expect(() => assertCaptured(canned, true)).not.toThrow();
    expect(() => assertCanceled(canned, true)).not.toThrow();
  });

  it('strict mode checks that capture and cancel really happened', () => {
    expect(() => assertCaptured(intent({ status: 'succeeded' }), false)).not.toThrow();
    expect(
      thrownBy(() => assertCaptured(intent({ status: 'requires_capture' }), false), ProviderError).kind,
    ).toBe('invalid_state');
    expect(() => assertCanceled(intent({ status: 'canceled' }), false)).not.toThrow();
    thrownBy(() => assertCanceled(intent({ status: 'requires_capture' }), false), ProviderError);
  });
});

describe('Stripe errors', () => {
  it('a card error (HTTP 402) during authorize is a decline with its decline code and intent', () => {
    const error = stripeError({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Your card was declined.',
      payment_intent: { id: 'pi_declined' },
    });
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(authorizationFromError(error)).toEqual({
      status: 'DECLINED',
      providerRef: 'pi_declined',
      declineCode: 'generic_decline',
    });
  });

  it('falls back to the error code when Stripe gives no decline code', () => {
    const error = stripeError({
      type: 'card_error',
      code: 'expired_card',
      message: 'Your card has expired.',
    });
    expect(authorizationFromError(error)).toMatchObject({ status: 'DECLINED', declineCode: 'expired_card' });
  });

  it('a token Stripe does not know is an unusable method (decline), not our error', () => {
    const error = stripeError({
      type: 'invalid_request_error',
      code: 'resource_missing',
      param: 'card[token]',
      message: "No such token: 'tok_nope'",
    });
    expect(authorizationFromError(error)).toEqual({
      status: 'DECLINED',
      providerRef: null,
      declineCode: 'invalid_payment_method',
    });
  });

  it.each([
    [{ type: 'invalid_request_error', message: 'Invalid integer' }, 'invalid_request'],
    [
      { type: 'invalid_request_error', code: 'payment_intent_unexpected_state', message: 'already captured' },
      'invalid_state',
    ],
    [
      {
        type: 'idempotency_error',
        message: 'Keys for idempotent requests can only be used with the same parameters',
      },
      'idempotency_mismatch',
    ],
    [{ type: 'authentication_error', message: 'Invalid API Key provided' }, 'misconfigured'],
    [{ type: 'api_error', message: 'Something went wrong on Stripe' }, 'unavailable'],
    [{ type: 'rate_limit_error', message: 'Too many requests' }, 'unavailable'],
  ])('maps %j to ProviderError %s (also during authorize)', (raw, kind) => {
    const mapped = providerErrorFrom(stripeError(raw));
    expect(mapped).toBeInstanceOf(ProviderError);
    expect((mapped as ProviderError).kind).toBe(kind);
    expect(thrownBy(() => authorizationFromError(stripeError(raw)), ProviderError).kind).toBe(kind);
  });

  it('never carries an API key quoted by the answer into the error (it would reach the logs)', () => {
    const raw = {
      type: 'authentication_error',
      message: "Authorization was 'Bearer sk_test_abcDEF123' and sk_live_XYZ_9 is not valid",
    };
    const mapped = providerErrorFrom(stripeError(raw)) as ProviderError;
    expect(mapped.message).toBe(
      "stripe: Authorization was 'Bearer sk_test_***' and sk_live_*** is not valid",
    );
  });

  it('a connection failure is retryable', () => {
    const error = new Stripe.errors.StripeConnectionError({
      message: 'ECONNREFUSED',
    } as Stripe.StripeRawError);
    const mapped = providerErrorFrom(error) as ProviderError;
    expect(mapped.kind).toBe('unavailable');
    expect(mapped.retryable).toBe(true);
  });

  it('leaves errors that are not Stripe errors (our bugs) as they are', () => {
    const bug = new TypeError('undefined is not a function');
    expect(providerErrorFrom(bug)).toBe(bug);
  });

  it.each([
    ['succeeded', 'SUCCEEDED'],
    ['pending', 'PENDING'],
    ['requires_action', 'PENDING'],
    ['failed', 'FAILED'],
    ['canceled', 'FAILED'],
  ])('refund status %s is %s', (status, expected) => {
    expect(refundStatusFrom(status)).toBe(expected);
  });
});
