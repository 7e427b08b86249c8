export { startOrdersService } from './orders-service';
export type { OrdersService, OrdersDependencies } from './orders-service';
export { loadOrdersConfig, ordersConfigShape } from './config';
export type { OrdersConfig } from './config';
export { buildOrdersSchema } from './schema';
