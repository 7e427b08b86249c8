/** Process entry for full-stack mode: the orders subgraph on its own, against real engines. */
import { runSubgraphProcess } from '@commerce/runtime';
import { loadOrdersConfig } from './config';
import { startOrdersService } from './orders-service';

runSubgraphProcess({
  name: 'orders',
  loadConfig: () => loadOrdersConfig(),
  start: startOrdersService,
});
