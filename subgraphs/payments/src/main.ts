/** Process entry for full-stack mode: the payments subgraph on its own, against real engines. */
import { runSubgraphProcess } from '@commerce/runtime';
import { paymentsSubgraph } from './server';

runSubgraphProcess(paymentsSubgraph);
