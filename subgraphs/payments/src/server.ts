import { RateLimiter } from '@commerce/cache';
import { ContextExtension, defineSubgraph, RunningSubgraphOf } from '@commerce/runtime';
import { loadPaymentsConfig } from './config';
import type { PaymentsComponents, PaymentsContext } from './context';
import { Ledger } from './ledger/ledger';
import { CreatePayments1700000000600 } from './migrations/1700000000600-create-payments';
import { PaymentEntity } from './payment/payment.entity';
import { createPaymentsLoaders } from './payment/payment-loaders';
import { PaymentRecorder } from './payment/payment-recorder';
import { paymentRoutes } from './payment/payment.routes';
import { PaymentService } from './payment/payment.service';
import { createProviders } from './provider/provider-registry';
import { redirectApprovalRoutes } from './provider/redirect-approval.routes';
import { RefundEntity } from './refund/refund.entity';
import { refundRoutes } from './refund/refund.routes';
import { RefundService } from './refund/refund.service';
import { buildPaymentsSchema } from './schema';
import { WalletService } from './wallet/wallet.service';
import { StripeWebhookHandler } from './webhooks/stripe-webhook';
import { stripeWebhookRoutes } from './webhooks/stripe-webhook.routes';

/** The payments subgraph: payments through providers, refunds, wallets on a double-entry ledger. */
export const paymentsSubgraph = defineSubgraph({
  name: 'payments',
  loadConfig: loadPaymentsConfig,
  port: (config) => config.PAYMENTS_PORT,
  schema: buildPaymentsSchema,
  database: { entities: [PaymentEntity, RefundEntity], migrations: [CreatePayments1700000000600] },
  services({ config, dataSource, outbox, cache, logger }): PaymentsComponents {
    const providers = createProviders(
      {
        cardProvider: config.CARD_PROVIDER,
        redirectProvider: config.REDIRECT_PROVIDER,
        stripe: {
          secretKey: config.STRIPE_SECRET_KEY,
          apiBase: config.STRIPE_API_BASE,
          timeoutMs: config.STRIPE_TIMEOUT_MS,
        },
        publicBaseUrl: config.PAYMENTS_PUBLIC_URL,
      },
      dataSource,
    );
    logger.info({ cardProvider: providers.card.name }, 'payment providers ready');
    const ledger = new Ledger(dataSource);
    const recorder = new PaymentRecorder(outbox);
    const payments = new PaymentService({
      dataSource,
      outbox,
      recorder,
      providers,
      ledger,
      logger,
      options: {
        staleAttemptMs: config.PAYMENT_STALE_ATTEMPT_MS,
        inFlightWaitMs: config.PAYMENT_IN_FLIGHT_WAIT_MS,
      },
    });
    const refunds = new RefundService({ dataSource, outbox, recorder, providers, ledger, payments });
    const wallets = new WalletService({
      dataSource,
      ledger,
      payments,
      limiter: new RateLimiter(cache, 'wallet-topup'),
      settings: {
        currency: config.DEFAULT_CURRENCY,
        topUpMin: config.WALLET_TOPUP_MIN,
        topUpMax: config.WALLET_TOPUP_MAX,
        topUpAttemptsPerHour: config.WALLET_TOPUP_ATTEMPTS_PER_HOUR,
      },
      logger,
    });
    const stripeWebhooks = new StripeWebhookHandler({
      dataSource,
      outbox,
      recorder,
      refunds,
      secret: config.STRIPE_WEBHOOK_SECRET,
      logger,
    });
    return { payments, refunds, wallets, stripeWebhooks, providers };
  },
  context: ({
    services: { payments, refunds, wallets, stripeWebhooks },
  }): ContextExtension<PaymentsContext> => {
    const services = { payments, refunds, wallets, stripeWebhooks };
    return { services, loaders: createPaymentsLoaders(services) };
  },
  routes: ({ services, internal, logger }) => [
    ...paymentRoutes(services.payments, internal),
    ...refundRoutes(services.refunds, internal),
    ...stripeWebhookRoutes(services.stripeWebhooks, logger),
    ...(services.providers.redirect
      ? redirectApprovalRoutes(services.providers.redirect, services.payments, logger)
      : []),
  ],
});

export type RunningPayments = RunningSubgraphOf<typeof paymentsSubgraph>;
