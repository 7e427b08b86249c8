/** Process entry for full-stack mode: the search subgraph on its own, against real engines. */
import { runSubgraphProcess } from '@commerce/runtime';
import { loadSearchConfig } from './config';
import { startSearchService } from './search-service';

runSubgraphProcess({
  name: 'search',
  loadConfig: () => loadSearchConfig(),
  start: startSearchService,
  // Search keeps nothing in the shared cache: no Redis connection to open, or to depend on.
  cache: 'memory',
});
