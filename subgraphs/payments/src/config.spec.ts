import { ConfigError } from '@commerce/config';
import { thrownBy } from '@commerce/testing';
import { loadPaymentsConfig } from './config';

describe('payments config', () => {
  it('defaults: port 4006, USD, simulator in embedded mode and Stripe (stripe-mock) in stack mode', () => {
    const embedded = loadPaymentsConfig({ RUNTIME_MODE: 'embedded' });
    expect(embedded).toMatchObject({
      PAYMENTS_PORT: 4006,
      DEFAULT_CURRENCY: 'USD',
      CARD_PROVIDER: 'simulator',
      STRIPE_API_BASE: 'http://127.0.0.1:12111',
      WALLET_TOPUP_MAX: 100_000,
    });
    expect(loadPaymentsConfig({ RUNTIME_MODE: 'stack' }).CARD_PROVIDER).toBe('stripe');
    expect(loadPaymentsConfig({ RUNTIME_MODE: 'stack', CARD_PROVIDER: 'simulator' }).CARD_PROVIDER).toBe(
      'simulator',
    );
  });

  it('reports every bad value on its own line, without echoing secrets', () => {
    const error = thrownBy(
      () =>
        loadPaymentsConfig({
          CARD_PROVIDER: 'paypal',
          STRIPE_SECRET_KEY: 'pk_live_not_a_secret_key',
          DEFAULT_CURRENCY: 'usd',
          PAYMENTS_PORT: '70000',
        }),
      ConfigError,
    );
    expect(error.problems).toHaveLength(4);
    expect(error.message).toContain('STRIPE_SECRET_KEY has bad value "***"');
    expect(error.message).not.toContain('pk_live_not_a_secret_key');
  });

  it('refuses top-up limits that cannot be met', () => {
    const error = thrownBy(
      () => loadPaymentsConfig({ WALLET_TOPUP_MIN: '500', WALLET_TOPUP_MAX: '100' }),
      ConfigError,
    );
    expect(error.problems).toEqual(['WALLET_TOPUP_MIN must not exceed WALLET_TOPUP_MAX']);
  });

  it('refuses simulators, stripe-mock and default Stripe secrets in production', () => {
    const error = thrownBy(
      () => loadPaymentsConfig({ NODE_ENV: 'production', RUNTIME_MODE: 'embedded' }),
      ConfigError,
    );
    expect(error.problems).toEqual([
      'CARD_PROVIDER=simulator is refused in production',
      'REDIRECT_PROVIDER=simulator is refused in production (use disabled)',
      'STRIPE_SECRET_KEY is missing: it must be set explicitly in production',
      'STRIPE_WEBHOOK_SECRET is missing: it must be set explicitly in production',
    ]);
    expect(
      loadPaymentsConfig({
        NODE_ENV: 'production',
        STRIPE_SECRET_KEY: 'sk_live_abc123',
        STRIPE_WEBHOOK_SECRET: 'whsec_0123456789abcdef',
        REDIRECT_PROVIDER: 'disabled',
        STRIPE_API_BASE: 'https://api.stripe.com',
      }).CARD_PROVIDER,
    ).toBe('stripe');
    const mock = thrownBy(
      () =>
        loadPaymentsConfig({
          NODE_ENV: 'production',
          STRIPE_SECRET_KEY: 'sk_live_abc123',
          STRIPE_WEBHOOK_SECRET: 'whsec_0123456789abcdef',
          REDIRECT_PROVIDER: 'disabled',
        }),
      ConfigError,
    );
    expect(mock.problems).toEqual(['STRIPE_API_BASE must be https://api.stripe.com in production']);
  });
});
