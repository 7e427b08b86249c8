/** Process entry for full-stack mode: the reviews subgraph on its own, against real engines. */
import { runSubgraphProcess } from '@commerce/runtime';
import { reviewsSubgraph } from './server';

runSubgraphProcess(reviewsSubgraph);
