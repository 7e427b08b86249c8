/** Process entry for full-stack mode: the search subgraph on its own, against real engines. */
import { runSubgraphProcess } from '@commerce/runtime';
import { searchSubgraph } from './server';

runSubgraphProcess(searchSubgraph);
