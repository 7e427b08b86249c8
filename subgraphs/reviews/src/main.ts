/** Process entry for full-stack mode: the reviews subgraph on its own, against real engines. */
import { runSubgraphProcess } from '@commerce/runtime';
import { loadReviewsConfig } from './config';
import { startReviewsService } from './server';

runSubgraphProcess({
  name: 'reviews',
  loadConfig: () => loadReviewsConfig(),
  start: startReviewsService,
  // Reviews keeps nothing in a shared cache.
  cache: 'memory',
});
