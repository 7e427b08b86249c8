import type { DataSource } from 'typeorm';
import {
  Authorization,
  AuthorizeRequest,
  CaptureRequest,
  PaymentProvider,
  ProviderError,
  ProviderRefund,
  RefundRequest,
  VoidRequest,
} from './payment-provider';
import { SimulationStore } from './simulation-store';
import { simulatedOutcome } from './test-cards';

/**
 * The card provider of embedded mode: answers Stripe's test tokens the way Stripe's test mode does
 * (`tok_visa` succeeds, `tok_chargeDeclined` is declined, ...), keeping its books in PostgreSQL so
 * it honours the whole port contract - idempotency, legal moves, refund totals - like a real provider.
 */
export class LocalCardSimulator implements PaymentProvider {
  readonly name = 'simulator';
  private readonly store: SimulationStore;

  constructor(dataSource: DataSource) {
    this.store = new SimulationStore(dataSource);
  }

  async authorize(request: AuthorizeRequest): Promise<Authorization> {
    const outcome = simulatedOutcome(request.paymentMethod);
    const charge = await this.store.createOnce(this.name, request.idempotencyKey, {
      amount: request.amount,
      currency: request.currency,
      status: outcome.status,
      declineCode: outcome.status === 'DECLINED' ? outcome.declineCode : undefined,
    });
    if (charge.status === 'DECLINED') {
      return {
        status: 'DECLINED',
        providerRef: charge.ref,
        declineCode: charge.declineCode ?? 'card_declined',
      };
    }
    return { status: 'AUTHORIZED', providerRef: charge.ref };
  }

  async capture(request: CaptureRequest): Promise<void> {
    await captureSimulated(this.store, this.name, request);
  }

  async void(request: VoidRequest): Promise<void> {
    await this.store.move(this.name, request.providerRef, ['AUTHORIZED'], 'VOIDED');
  }

  refund(request: RefundRequest): Promise<ProviderRefund> {
    return this.store.refund(this.name, request.providerRef, request.idempotencyKey, request.amount);
  }
}

/** Capture shared by both simulators: never more than was authorized. */
export async function captureSimulated(
  store: SimulationStore,
  provider: string,
  request: CaptureRequest,
): Promise<void> {
  const charge = await store.get(provider, request.providerRef);
  const amount = request.amount ?? charge.amount;
  if (amount <= 0 || amount > charge.amount) {
    throw new ProviderError('invalid_request', 'capture amount exceeds the authorization');
  }
  await store.move(provider, request.providerRef, ['AUTHORIZED'], 'CAPTURED', amount);
}
