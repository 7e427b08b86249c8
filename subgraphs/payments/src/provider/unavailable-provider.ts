import { Authorization, PaymentProvider, ProviderError, ProviderRefund } from './payment-provider';

/**
 * Stands in for a method that is switched off (PAYPAL in production until a real adapter exists):
 * every authorization is declined with `method_unavailable`, so checkout fails cleanly with a
 * reason instead of reaching a simulator anyone could approve.
 */
export class UnavailableProvider implements PaymentProvider {
  constructor(readonly name: string) {}

  async authorize(): Promise<Authorization> {
    return { status: 'DECLINED', providerRef: null, declineCode: 'method_unavailable' };
  }

  async capture(): Promise<void> {
    throw new ProviderError('invalid_state', `${this.name} is not available`);
  }

  async void(): Promise<void> {
    throw new ProviderError('invalid_state', `${this.name} is not available`);
  }

  async refund(): Promise<ProviderRefund> {
    throw new ProviderError('invalid_state', `${this.name} is not available`);
  }
}
