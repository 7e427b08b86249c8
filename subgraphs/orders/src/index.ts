export { ordersSubgraph } from './server';
export type { RunningOrders } from './server';
export { loadOrdersConfig, ordersConfigShape } from './config';
export type { OrdersConfig } from './config';
export { buildOrdersSchema } from './schema';
