import type { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '@commerce/errors';
import { LocalCardSimulator } from './local-card-simulator';
import type { PaymentProvider } from './payment-provider';
import { RedirectProviderSimulator } from './redirect-provider-simulator';
import { StripeProvider } from './stripe-provider';
import { UnavailableProvider } from './unavailable-provider';

export type CardProviderName = 'simulator' | 'stripe';
type RedirectProviderName = 'simulator' | 'disabled';
/** Methods served by a provider; WALLET is served by the ledger. */
export type ProviderMethod = 'CARD' | 'PAYPAL';

export interface ProviderSettings {
  cardProvider: CardProviderName;
  redirectProvider: RedirectProviderName;
  stripe: { secretKey: string; apiBase: string; timeoutMs: number };
  publicBaseUrl: string;
}

/**
 * Which adapter serves which method, chosen by configuration. Payments remember the provider that
 * authorized them, so captures and refunds reach it even after the configured card provider changed.
 */
export class ProviderRegistry {
  private readonly byName: Map<string, PaymentProvider>;

  private readonly paypal: PaymentProvider;

  constructor(
    readonly card: PaymentProvider,
    /** The simulated redirect provider, or null when PAYPAL is switched off. */
    readonly redirect: RedirectProviderSimulator | null,
    others: PaymentProvider[] = [],
  ) {
    this.paypal = redirect ?? new UnavailableProvider('paypal-unavailable');
    this.byName = new Map([card, this.paypal, ...others].map((p) => [p.name, p]));
  }

  forMethod(method: ProviderMethod): PaymentProvider {
    return method === 'CARD' ? this.card : this.paypal;
  }

  named(name: string): PaymentProvider {
    const provider = this.byName.get(name);
    if (!provider) {
      throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, `Payment provider ${name} is not configured`);
    }
    return provider;
  }
}

/** Builds the adapters for a configuration. The simulators keep their books in the payments database. */
export function createProviders(settings: ProviderSettings, dataSource: DataSource): ProviderRegistry {
  const simulator = new LocalCardSimulator(dataSource);
  const redirect =
    settings.redirectProvider === 'simulator'
      ? new RedirectProviderSimulator(dataSource, settings.publicBaseUrl)
      : null;
  if (settings.cardProvider === 'stripe') {
    // The simulator stays reachable by name for payments it authorized before a switch to Stripe.
    return new ProviderRegistry(new StripeProvider(settings.stripe), redirect, [simulator]);
  }
  return new ProviderRegistry(simulator, redirect);
}
