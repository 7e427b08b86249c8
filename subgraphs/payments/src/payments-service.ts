import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import { JwksKeySource, JwtVerifier } from '@commerce/auth';
import { Cache, RateLimiter } from '@commerce/cache';
import { isDatabaseReachable, openDatabase } from '@commerce/database';
import { CreateOutboxAndInbox1700000000000, EventBus, OutboxRelay, OutboxWriter } from '@commerce/events';
import type { Logger, LogScope } from '@commerce/logging';
import { baseRequestContext, createByIdLoader, createSubgraphServer } from '@commerce/graphql';
import { RunningService, ServiceMetrics, startService } from '@commerce/http';
import DataLoader from 'dataloader';
import type { PaymentsConfig } from './config';
import type { PaymentsContext, PaymentsServices } from './context';
import { internalRoutes } from './internal/internal-routes';
import { Ledger } from './ledger/ledger';
import { CreatePayments1700000000600 } from './migrations/1700000000600-create-payments';
import { PaymentEntity } from './payment/payment.entity';
import { PaymentRecorder } from './payment/payment-recorder';
import { PaymentService, PaymentServiceOptions } from './payment/payment.service';
import { createProviders, ProviderRegistry } from './provider/provider-registry';
import { redirectApprovalRoutes } from './provider/redirect-approval.route';
import { RefundEntity } from './refund/refund.entity';
import { RefundService } from './refund/refund.service';
import { buildPaymentsSchema } from './schema';
import { WalletService } from './wallet/wallet.service';
import { StripeWebhookHandler } from './webhooks/stripe-webhook';
import { stripeWebhookRoute } from './webhooks/stripe-webhook.route';

export interface PaymentsDependencies {
  logger: Logger;
  bus: EventBus;
  cache: Cache;
  /** Tests shorten the in-flight wait and the stale-attempt threshold. */
  paymentOptions?: Partial<PaymentServiceOptions>;
}

export interface PaymentsService extends RunningService {
  services: PaymentsServices;
  providers: ProviderRegistry;
  relay: OutboxRelay;
  dataSource: DataSource;
}

/** Wires the payments subgraph: database, providers, ledger, services, routes, outbox relay, HTTP runtime. */
export async function startPaymentsService(
  config: PaymentsConfig,
  deps: PaymentsDependencies,
): Promise<PaymentsService> {
  const { logger, bus, cache } = deps;
  const dataSource = await openDatabase({
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
    entities: [PaymentEntity, RefundEntity],
    migrations: [CreateOutboxAndInbox1700000000000, CreatePayments1700000000600],
    logger,
  });
  const relay = new OutboxRelay(dataSource, bus, logger);
  const outbox = new OutboxWriter('payments', () => relay.kick());
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
  const ledger = new Ledger(dataSource);
  const recorder = new PaymentRecorder(outbox);
  const payments = new PaymentService(
    dataSource,
    outbox,
    recorder,
    providers,
    ledger,
    logger,
    deps.paymentOptions,
  );
  const refunds = new RefundService(dataSource, outbox, recorder, providers, ledger, payments);
  const services: PaymentsServices = {
    payments,
    refunds,
    wallets: new WalletService(
      dataSource,
      ledger,
      payments,
      new RateLimiter(cache, 'wallet-topup'),
      {
        currency: config.DEFAULT_CURRENCY,
        topUpMin: config.WALLET_TOPUP_MIN,
        topUpMax: config.WALLET_TOPUP_MAX,
        topUpAttemptsPerHour: config.WALLET_TOPUP_ATTEMPTS_PER_HOUR,
      },
      logger,
    ),
    stripeWebhooks: new StripeWebhookHandler(
      dataSource,
      outbox,
      recorder,
      refunds,
      config.STRIPE_WEBHOOK_SECRET,
      logger,
    ),
  };
  relay.start();
  logger.info({ cardProvider: providers.card.name }, 'payment providers ready');

  const verifier = new JwtVerifier(new JwksKeySource(config.JWKS_URL), {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
  const metrics = new ServiceMetrics('payments');
  const schema = await buildPaymentsSchema();
  const production = config.NODE_ENV === 'production';
  const context = async (request: { req: IncomingMessage; scope: LogScope }): Promise<PaymentsContext> => ({
    ...(await baseRequestContext(verifier, request, config.TRUSTED_PROXY_HOPS)),
    services,
    loaders: {
      paymentById: createByIdLoader((ids) => payments.findByIds(ids)),
      paymentsByOrderId: groupedLoader(
        (ids) => payments.listForOrders(ids),
        (p) => p.orderId as string,
      ),
      refundsByPaymentId: groupedLoader(
        (ids) => refunds.listForPayments(ids),
        (r) => r.paymentId,
      ),
    },
  });

  const running = await startService<PaymentsContext>({
    name: 'payments',
    port: config.PAYMENTS_PORT,
    logger,
    metrics,
    graphql: {
      server: createSubgraphServer<PaymentsContext>({ schema, logger, metrics, production }),
      context,
    },
    routes: [
      ...internalRoutes(services, config.SERVICE_TOKEN, logger),
      stripeWebhookRoute(services.stripeWebhooks, logger),
      ...(providers.redirect ? redirectApprovalRoutes(providers.redirect, payments, logger) : []),
    ],
    readiness: {
      database: () => isDatabaseReachable(dataSource),
      eventBus: async () => bus.isHealthy(),
    },
    onShutdown: [() => relay.stop(), () => dataSource.destroy()],
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  });
  return { ...running, services, providers, relay, dataSource };
}

/** A per-request loader of lists by a parent id (one query for all parents of a request). */
function groupedLoader<T>(
  load: (ids: readonly string[]) => Promise<T[]>,
  parentOf: (item: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const item of await load(ids)) groups.get(parentOf(item))?.push(item);
    return ids.map((id) => groups.get(id) ?? []);
  });
}
