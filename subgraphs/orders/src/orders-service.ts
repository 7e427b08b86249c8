import { setMaxListeners } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { JwksKeySource, JwtVerifier } from '@commerce/auth';
import { isDatabaseReachable, openDatabase } from '@commerce/database';
import { CreateOutboxAndInbox1700000000000, EventBus, OutboxRelay, OutboxWriter } from '@commerce/events';
import type { Logger, LogScope } from '@commerce/logging';
import { baseRequestContext, createSubgraphServer } from '@commerce/graphql';
import { RunningService, ServiceMetrics, startService } from '@commerce/http';
import { checkoutSaga } from './checkout/checkout.saga';
import { CheckoutService } from './checkout/checkout.service';
import type { CheckoutSagaOutputs } from './checkout/checkout-saga.types';
import { consumePaymentApprovals } from './checkout/payment-approvals';
import { createPorts } from './clients/ports';
import type { OrdersConfig } from './config';
import type { OrdersContext, OrdersServices } from './context';
import { cancelPaidOrderSaga, refundReturnSaga } from './lifecycle/follow-up.sagas';
import { OrderLifecycleService } from './lifecycle/order-lifecycle.service';
import { ShipmentEntity } from './lifecycle/shipment.entity';
import { CreateOrders1700000000500 } from './migrations/1700000000500-create-orders';
import { CheckoutChargeStep1700000000501 } from './migrations/1700000000501-checkout-charge-step';
import { OrderEntity } from './order/order.entity';
import { OrderItemEntity } from './order/order-item.entity';
import { createOrdersLoaders } from './order/order-loaders';
import { OrderService } from './order/order.service';
import type { PaymentAction } from './order/order.type';
import { SagaRunner } from './saga/saga-runner';
import { SagaStore } from './saga/saga-store';
import { SagaWorker } from './saga/saga-worker';
import { buildOrdersSchema } from './schema';

export interface OrdersDependencies {
  logger: Logger;
  bus: EventBus;
}

export interface OrdersService extends RunningService {
  services: OrdersServices;
  relay: OutboxRelay;
  worker: SagaWorker;
}

/** Wires the orders subgraph: database, ports to other services, sagas and their worker, HTTP runtime. */
export async function startOrdersService(
  config: OrdersConfig,
  deps: OrdersDependencies,
): Promise<OrdersService> {
  const { logger, bus } = deps;
  const dataSource = await openDatabase({
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
    entities: [OrderEntity, OrderItemEntity, ShipmentEntity],
    migrations: [
      CreateOutboxAndInbox1700000000000,
      CreateOrders1700000000500,
      CheckoutChargeStep1700000000501,
    ],
    logger,
  });
  const relay = new OutboxRelay(dataSource, bus, logger);
  const outbox = new OutboxWriter('orders', () => relay.kick());
  const ports = createPorts(config);
  const sagas = new SagaStore(dataSource, config.SAGA_LEASE_MS);
  const runner = new SagaRunner(
    sagas,
    (work) => outbox.transaction(dataSource, work),
    {
      maxAttempts: config.SAGA_MAX_ATTEMPTS,
      baseDelayMs: config.SAGA_RETRY_BASE_MS,
      maxDelayMs: config.SAGA_RETRY_MAX_MS,
    },
    logger,
  );
  const definitions = {
    checkout: checkoutSaga({
      catalog: ports.catalog,
      payments: ports.payments,
      outbox,
      reservationTtlSeconds: config.RESERVATION_TTL_SECONDS,
      paymentApprovalTimeoutSeconds: config.PAYMENT_APPROVAL_TIMEOUT_SECONDS,
    }),
    cancel: cancelPaidOrderSaga(ports.catalog, ports.payments),
    refund: refundReturnSaga(ports.payments),
  };
  // Aborted at shutdown, after the HTTP drain: sagas still running stop at their next call and
  // are resumed from their last checkpoint by the next process.
  const shutdown = new AbortController();
  setMaxListeners(0, shutdown.signal); // every in-flight call listens to it: many listeners are expected
  const inline = {
    budgetMs: config.CHECKOUT_INLINE_BUDGET_MS,
    inlineRetries: config.SAGA_INLINE_RETRIES,
    signal: shutdown.signal,
  };
  const orders = new OrderService(dataSource);
  const services: OrdersServices = {
    orders,
    checkout: new CheckoutService({
      dataSource,
      outbox,
      orders,
      cart: ports.cart,
      users: ports.users,
      sagas,
      runner,
      saga: definitions.checkout,
      settings: {
        inlineBudgetMs: config.CHECKOUT_INLINE_BUDGET_MS,
        inlineRetries: config.SAGA_INLINE_RETRIES,
        duplicateWaitMs: config.CHECKOUT_WAIT_MS,
      },
      shutdown: shutdown.signal,
    }),
    lifecycle: new OrderLifecycleService({
      dataSource,
      outbox,
      orders,
      sagas,
      runner,
      checkoutSaga: definitions.checkout,
      cancelSaga: definitions.cancel,
      refundSaga: definitions.refund,
      returnWindowDays: config.RETURN_WINDOW_DAYS,
      inline,
    }),
    paymentActions: (ids) => paymentActions(sagas, ids),
  };
  const worker = new SagaWorker(
    sagas,
    runner,
    definitions,
    {
      pollIntervalMs: config.SAGA_POLL_INTERVAL_MS,
      concurrency: config.SAGA_WORKER_CONCURRENCY,
      budgetMs: config.SAGA_LEASE_MS / 2,
      retentionDays: config.SAGA_RETENTION_DAYS,
    },
    logger,
  );
  relay.start();
  worker.start();
  const stopApprovals = await consumePaymentApprovals(bus, sagas, () => worker.kick(), logger);

  const verifier = new JwtVerifier(new JwksKeySource(config.JWKS_URL), {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
  const metrics = new ServiceMetrics('orders');
  const schema = await buildOrdersSchema();
  const production = config.NODE_ENV === 'production';
  const context = async (request: { req: IncomingMessage; scope: LogScope }): Promise<OrdersContext> => ({
    ...(await baseRequestContext(verifier, request, config.TRUSTED_PROXY_HOPS)),
    services,
    loaders: createOrdersLoaders(services),
  });

  const running = await startService<OrdersContext>({
    name: 'orders',
    port: config.ORDERS_PORT,
    logger,
    metrics,
    graphql: {
      server: createSubgraphServer<OrdersContext>({ schema, logger, metrics, production }),
      context,
    },
    readiness: {
      database: () => isDatabaseReachable(dataSource),
      eventBus: async () => bus.isHealthy(),
    },
    onShutdown: [
      () => stopApprovals(),
      async () => {
        shutdown.abort();
        await worker.stop();
      },
      () => relay.stop(),
      () => ports.close(),
      () => dataSource.destroy(),
    ],
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  });
  return { ...running, services, relay, worker };
}

async function paymentActions(sagas: SagaStore, ids: readonly string[]): Promise<Map<string, PaymentAction>> {
  const waiting = await sagas.waitingOutputs(ids, 'checkout');
  const actions = new Map<string, PaymentAction>();
  for (const [orderId, outputs] of waiting) {
    const action = (outputs as CheckoutSagaOutputs).paymentAction;
    if (action)
      actions.set(orderId, { redirectUrl: action.redirectUrl, expiresAt: new Date(action.expiresAt) });
  }
  return actions;
}
