import type DataLoader from 'dataloader';
import type { RequestContext } from '@commerce/auth';
import type { CheckoutService } from './checkout/checkout.service';
import type { Ports } from './clients/ports';
import type { OrderLifecycleService } from './lifecycle/order-lifecycle.service';
import type { ShipmentEntity } from './order/shipment.entity';
import type { OrderEntity } from './order/order.entity';
import type { OrderItemEntity } from './order/order-item.entity';
import type { OrderService } from './order/order.service';
import type { PaymentAction } from './order/order.type';
import type { SagaStore, SagaWorker } from '@commerce/saga';

/** The orders service's singletons, reached by resolvers through the request context. */
export interface OrdersServices {
  orders: OrderService;
  checkout: CheckoutService;
  lifecycle: OrderLifecycleService;
  /**
   * What a waiting payment asks of the buyer, by order (one query for many orders). A function
   * property, not a method: the context hands it around unbound.
   */
  paymentActions: (orderIds: readonly string[]) => Promise<Map<string, PaymentAction>>;
}

/** Everything the orders service builds at start-up: the resolvers' services and what runs beside them. */
export interface OrdersComponents extends OrdersServices {
  /** Runs the sagas nobody is running (crashed, deferred, timed out). */
  worker: SagaWorker;
  sagas: SagaStore;
  /** Clients of the services orders calls (closed at shutdown). */
  ports: Ports;
}

/** Per-request DataLoaders: every list of orders costs one query per relation, not one per order. */
export interface OrdersLoaders {
  orderById: DataLoader<string, OrderEntity | null>;
  itemsByOrderId: DataLoader<string, OrderItemEntity[]>;
  shipmentsByOrderId: DataLoader<string, ShipmentEntity[]>;
  paymentActionByOrderId: DataLoader<string, PaymentAction | null>;
}

/** Per-request context: the caller, the services and this request's DataLoaders. */
export interface OrdersContext extends RequestContext {
  services: OrdersServices;
  loaders: OrdersLoaders;
}
