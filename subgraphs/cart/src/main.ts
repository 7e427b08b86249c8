/** Process entry for full-stack mode: the cart subgraph on its own, against real engines. */
import { runSubgraphProcess } from '@commerce/runtime';
import { loadCartConfig } from './config';
import { startCartService } from './cart-subgraph';

runSubgraphProcess({
  name: 'cart',
  loadConfig: () => loadCartConfig(),
  start: startCartService,
});
