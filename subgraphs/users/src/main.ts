/** Process entry for full-stack mode: the users subgraph on its own, against real engines. */
import { runSubgraphProcess } from '@commerce/runtime';
import { usersSubgraph } from './server';

runSubgraphProcess(usersSubgraph);
