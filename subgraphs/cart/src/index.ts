export { startCartService } from './cart-subgraph';
export type { RunningCartService, CartDependencies } from './cart-subgraph';
export { loadCartConfig, cartConfigShape } from './config';
export type { CartConfig } from './config';
export { buildCartSchema } from './schema';
