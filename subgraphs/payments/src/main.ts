/** Process entry for full-stack mode: the payments subgraph on its own, against real engines. */
import { runSubgraphProcess } from '@commerce/runtime';
import { loadPaymentsConfig } from './config';
import { startPaymentsService } from './payments-service';

runSubgraphProcess({
  name: 'payments',
  loadConfig: () => loadPaymentsConfig(),
  start: startPaymentsService,
});
