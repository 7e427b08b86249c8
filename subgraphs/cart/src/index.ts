export { cartSubgraph } from './server';
export type { RunningCart } from './server';
export { loadCartConfig, cartConfigShape } from './config';
export type { CartConfig } from './config';
export { buildCartSchema } from './schema';
