import { ContextExtension, defineSubgraph, RunningSubgraphOf } from '@commerce/runtime';
import { paymentActionsOf } from './checkout/payment-actions';
import { paymentApprovalsSubscription } from './checkout/payment-approvals';
import { CheckoutService } from './checkout/checkout.service';
import { createPorts } from './clients/ports';
import { loadOrdersConfig } from './config';
import type { OrdersComponents, OrdersContext } from './context';
import { OrderLifecycleService } from './lifecycle/order-lifecycle.service';
import { ShipmentEntity } from './order/shipment.entity';
import { CreateOrders1700000000500 } from './migrations/1700000000500-create-orders';
import { CheckoutChargeStep1700000000501 } from './migrations/1700000000501-checkout-charge-step';
import { SagaSubject1700000000502 } from './migrations/1700000000502-saga-subject';
import { OrderItemEntity } from './order/order-item.entity';
import { createOrdersLoaders } from './order/order-loaders';
import { OrderEntity } from './order/order.entity';
import { OrderService } from './order/order.service';
import { createOrderSagas } from './order-sagas';
import { buildOrdersSchema } from './schema';

/**
 * The orders subgraph: orders and their lifecycle, and checkout, a saga over catalog, payments and
 * cart. Sagas still running at shutdown stop at their next call (the shutdown signal) and are
 * resumed from their last checkpoint by the next process.
 */
export const ordersSubgraph = defineSubgraph({
  name: 'orders',
  loadConfig: loadOrdersConfig,
  port: (config) => config.ORDERS_PORT,
  schema: buildOrdersSchema,
  database: {
    entities: [OrderEntity, OrderItemEntity, ShipmentEntity],
    migrations: [CreateOrders1700000000500, CheckoutChargeStep1700000000501, SagaSubject1700000000502],
  },
  services({ config, dataSource, outbox, logger, shutdownSignal }): OrdersComponents {
    const ports = createPorts(config);
    const { sagas, runner, definitions, worker } = createOrderSagas({
      config,
      dataSource,
      outbox,
      logger,
      ports,
    });
    const orders = new OrderService(dataSource);
    return {
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
        shutdown: shutdownSignal,
        logger,
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
        inline: {
          budgetMs: config.CHECKOUT_INLINE_BUDGET_MS,
          inlineRetries: config.SAGA_INLINE_RETRIES,
          signal: shutdownSignal,
        },
      }),
      paymentActions: (ids) => paymentActionsOf(sagas, ids),
      worker,
      sagas,
      ports,
    };
  },
  context: ({
    services: { orders, checkout, lifecycle, paymentActions },
  }): ContextExtension<OrdersContext> => {
    const services = { orders, checkout, lifecycle, paymentActions };
    return { services, loaders: createOrdersLoaders(services) };
  },
  workers: ({ services }) => [services.worker],
  // A payment approved by the buyer (PAYPAL) wakes the worker, which resumes the parked checkout.
  consumers: ({ services: { sagas, worker }, logger }) => [
    paymentApprovalsSubscription(sagas, () => worker.kick(), logger),
  ],
  onShutdown: ({ services }) => [() => services.ports.close()],
});

export type RunningOrders = RunningSubgraphOf<typeof ordersSubgraph>;
