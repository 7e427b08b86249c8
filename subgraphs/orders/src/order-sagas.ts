import type { DataSource } from 'typeorm';
import type { OutboxWriter } from '@commerce/events';
import { RetryableError } from '@commerce/http';
import type { Logger } from '@commerce/logging';
import { SagaRunner, SagaStore, SagaWorker } from '@commerce/saga';
import { checkoutSaga } from './checkout/checkout.saga';
import type { Ports } from './clients/ports';
import type { OrdersConfig } from './config';
import { cancelPaidOrderSaga, refundReturnSaga } from './lifecycle/follow-up.sagas';

/**
 * Orders' sagas on the shared engine: the store and runner every service of orders drives them with,
 * the three definitions (checkout, cancel of a paid order, refund of a return) and the recovery worker
 * that resumes or compensates what a crashed or parked runner left.
 */
export function createOrderSagas(deps: {
  config: OrdersConfig;
  dataSource: DataSource;
  outbox: OutboxWriter;
  logger: Logger;
  ports: Ports;
}) {
  const { config, dataSource, outbox, logger, ports } = deps;
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
    // Transient failures (another service down or slow) are logged as warnings, not errors.
    (error) => error instanceof RetryableError,
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
  return { sagas, runner, definitions, worker };
}
