/** Process entry for full-stack mode: the cart subgraph on its own, against real engines. */
import { runSubgraphProcess } from '@commerce/runtime';
import { cartSubgraph } from './server';

runSubgraphProcess(cartSubgraph);
