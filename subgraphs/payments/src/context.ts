import type DataLoader from 'dataloader';
import type { RequestContext } from '@commerce/auth';
import type { PaymentEntity } from './payment/payment.entity';
import type { PaymentService } from './payment/payment.service';
import type { ProviderRegistry } from './provider/provider-registry';
import type { RefundEntity } from './refund/refund.entity';
import type { RefundService } from './refund/refund.service';
import type { WalletService } from './wallet/wallet.service';
import type { StripeWebhookHandler } from './webhooks/stripe-webhook';

/**
 * What every service method gets first. Internal endpoints and webhooks have no user, so they name
 * the actor the audit trail records ('service', 'stripe-webhook:<event id>', 'buyer-redirect').
 */
export interface CallContext extends RequestContext {
  actor?: string;
}

/** The audit trail's name for whoever caused a change. */
export function actorOf(ctx: CallContext): string {
  return ctx.actor ?? (ctx.user ? `user:${ctx.user.id}` : 'service');
}

/** The payments service's singletons, reached by resolvers and routes. */
export interface PaymentsServices {
  payments: PaymentService;
  refunds: RefundService;
  wallets: WalletService;
  stripeWebhooks: StripeWebhookHandler;
}

/** Everything the payments service builds at start-up: the services and the payment providers. */
export interface PaymentsComponents extends PaymentsServices {
  providers: ProviderRegistry;
}

/** Per-request GraphQL context: the caller, the services and this request's DataLoaders. */
export interface PaymentsContext extends CallContext {
  services: PaymentsServices;
  loaders: {
    paymentById: DataLoader<string, PaymentEntity | null>;
    paymentsByOrderId: DataLoader<string, PaymentEntity[]>;
    refundsByPaymentId: DataLoader<string, RefundEntity[]>;
  };
}
