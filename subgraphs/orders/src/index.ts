import { loadOrdersConfig } from './config';
import { buildOrdersSchema } from './schema';
import { startOrdersService } from './orders-service';

export { startOrdersService } from './orders-service';
export type { OrdersService, OrdersDependencies } from './orders-service';
export { loadOrdersConfig, ordersConfigShape } from './config';
export type { OrdersConfig } from './config';
export { buildOrdersSchema } from './schema';

/** Until orders is defined with defineSubgraph: the same shape for main.ts and the launchers. */
export const ordersSubgraph = {
  name: 'orders',
  cache: 'redis' as const,
  loadConfig: loadOrdersConfig,
  buildSchema: buildOrdersSchema,
  start: startOrdersService,
};
