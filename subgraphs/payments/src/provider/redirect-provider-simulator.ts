import type { DataSource } from 'typeorm';
import {
  Authorization,
  AuthorizeRequest,
  CaptureRequest,
  PaymentProvider,
  ProviderRefund,
  RefundRequest,
  VoidRequest,
} from './payment-provider';
import { captureSimulated } from './local-card-simulator';
import { SimulationStore } from './simulation-store';

/** Path of the simulated "provider page" where the buyer approves or declines (served by payments). */
export const REDIRECT_APPROVAL_PATH = '/payments/redirect/approve';

/**
 * A PayPal-style provider, simulated locally: authorization needs the buyer to approve on the
 * provider's page, so `authorize` answers REQUIRES_ACTION with a redirect URL; the buyer's decision
 * arrives through `approve`/`decline` (what PayPal's return URL or webhook would tell us); only then
 * can the payment be captured. It proves the port fits redirect providers, not just cards.
 */
export class RedirectProviderSimulator implements PaymentProvider {
  readonly name = 'redirect-simulator';
  private readonly store: SimulationStore;

  constructor(
    dataSource: DataSource,
    /** Public base URL of the payments service, where the approval page lives. */
    private readonly publicBaseUrl: string,
  ) {
    this.store = new SimulationStore(dataSource);
  }

  async authorize(request: AuthorizeRequest): Promise<Authorization> {
    const charge = await this.store.createOnce(this.name, request.idempotencyKey, {
      amount: request.amount,
      currency: request.currency,
      status: 'REQUIRES_ACTION',
    });
    if (charge.status === 'REQUIRES_ACTION') {
      return {
        status: 'REQUIRES_ACTION',
        providerRef: charge.ref,
        redirectUrl: this.approvalUrl(charge.ref),
      };
    }
    if (charge.status === 'DECLINED') {
      return {
        status: 'DECLINED',
        providerRef: charge.ref,
        declineCode: charge.declineCode ?? 'buyer_declined',
      };
    }
    return { status: 'AUTHORIZED', providerRef: charge.ref };
  }

  /** The buyer approved on the provider's page: the payment is now authorized. Repeating is a no-op. */
  async approve(providerRef: string): Promise<void> {
    await this.store.move(this.name, providerRef, ['REQUIRES_ACTION'], 'AUTHORIZED');
  }

  /** The buyer cancelled on the provider's page. */
  async decline(providerRef: string): Promise<void> {
    await this.store.move(this.name, providerRef, ['REQUIRES_ACTION'], 'DECLINED');
  }

  async capture(request: CaptureRequest): Promise<void> {
    await captureSimulated(this.store, this.name, request);
  }

  async void(request: VoidRequest): Promise<void> {
    await this.store.move(this.name, request.providerRef, ['AUTHORIZED', 'REQUIRES_ACTION'], 'VOIDED');
  }

  refund(request: RefundRequest): Promise<ProviderRefund> {
    return this.store.refund(this.name, request.providerRef, request.idempotencyKey, request.amount);
  }

  private approvalUrl(ref: string): string {
    const url = new URL(REDIRECT_APPROVAL_PATH, this.publicBaseUrl);
    url.searchParams.set('ref', ref);
    return url.toString();
  }
}
