import { ConfigError, databaseShape, env, loadConfig, platformShape, z } from '@commerce/config';
import type { CardProviderName } from './provider/provider-registry';
import { STRIPE_API_HOST } from './provider/stripe-provider';

/** Every setting of the payments service, validated at start-up (one message per bad value). */
export const paymentsConfigShape = {
  ...platformShape,
  ...databaseShape('payments'),
  PAYMENTS_PORT: env.port(4006),
  /** Where buyers' browsers reach this service (the redirect provider's approval page). */
  PAYMENTS_PUBLIC_URL: env.url('http://127.0.0.1:4006'),
  /** Card payments: the local simulator (default in embedded mode) or Stripe (default in stack mode). */
  CARD_PROVIDER: z.enum(['simulator', 'stripe']).optional(),
  /** PAYPAL payments: the local redirect simulator, or switched off (declined as method_unavailable). */
  REDIRECT_PROVIDER: z.enum(['simulator', 'disabled']).default('simulator'),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret key (sk_test_... or sk_live_...)')
    .default('sk_test_localDevelopment'),
  /** Stripe's API, or stripe-mock locally; anything but api.stripe.com is treated as a canned mock. */
  STRIPE_API_BASE: env.url('http://127.0.0.1:12111'),
  /** Signing secret of the webhook endpoint (whsec_...). */
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .min(16, 'must be at least 16 characters')
    .default('whsec_local_development_only'),
  STRIPE_TIMEOUT_MS: env.int(8000, 100),
  DEFAULT_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code in upper case, e.g. USD')
    .default('USD'),
  /** Top-up limits per operation, in minor units of DEFAULT_CURRENCY. */
  WALLET_TOPUP_MIN: env.int(100, 1),
  WALLET_TOPUP_MAX: env.int(100_000, 1),
  WALLET_TOPUP_ATTEMPTS_PER_HOUR: env.int(20, 1),
  /** A PENDING payment attempt older than this, with no provider answer, is presumed dead and may be taken over. */
  PAYMENT_STALE_ATTEMPT_MS: env.int(60_000, 100),
  /** How long a duplicate payment request waits for the attempt in progress before answering CONFLICT. */
  PAYMENT_IN_FLIGHT_WAIT_MS: env.int(10_000, 0),
};

type RawPaymentsConfig = z.infer<z.ZodObject<typeof paymentsConfigShape>>;
export type PaymentsConfig = Omit<RawPaymentsConfig, 'CARD_PROVIDER'> & { CARD_PROVIDER: CardProviderName };

export function loadPaymentsConfig(source: NodeJS.ProcessEnv = process.env): PaymentsConfig {
  const raw = loadConfig(paymentsConfigShape, source);
  const config: PaymentsConfig = {
    ...raw,
    CARD_PROVIDER: raw.CARD_PROVIDER ?? (raw.RUNTIME_MODE === 'embedded' ? 'simulator' : 'stripe'),
  };
  const problems: string[] = [];
  if (config.WALLET_TOPUP_MIN > config.WALLET_TOPUP_MAX) {
    problems.push('WALLET_TOPUP_MIN must not exceed WALLET_TOPUP_MAX');
  }
  if (config.NODE_ENV === 'production') {
    // The simulator approves tok_visa for anyone: it must never take real orders.
    if (config.CARD_PROVIDER === 'simulator') {
      problems.push('CARD_PROVIDER=simulator is refused in production');
    }
    // Any other host is taken for stripe-mock, whose canned answers are read leniently.
    if (config.CARD_PROVIDER === 'stripe' && new URL(config.STRIPE_API_BASE).hostname !== STRIPE_API_HOST) {
      problems.push(`STRIPE_API_BASE must be https://${STRIPE_API_HOST} in production`);
    }
    // Its approval page trusts whoever holds the link: fine for a demo, never for real orders.
    if (config.REDIRECT_PROVIDER === 'simulator') {
      problems.push('REDIRECT_PROVIDER=simulator is refused in production (use disabled)');
    }
    for (const key of ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET'] as const) {
      if (source[key] === undefined)
        problems.push(`${key} is missing: it must be set explicitly in production`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
