/** Process entry for full-stack mode: the catalog subgraph on its own, against real engines. */
import { runSubgraphProcess } from '@commerce/runtime';
import { catalogSubgraph } from './server';

runSubgraphProcess(catalogSubgraph);
