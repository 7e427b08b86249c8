/** Process entry for full-stack mode: the orders subgraph on its own, against real engines. */
import { runSubgraphProcess } from '@commerce/runtime';
import { ordersSubgraph } from './server';

runSubgraphProcess(ordersSubgraph);
