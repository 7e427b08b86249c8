/** Process entry for full-stack mode: the catalog subgraph on its own, against real engines. */
import { runSubgraphProcess } from '@commerce/runtime';
import { loadCatalogConfig } from './config';
import { startCatalogService } from './catalog-service';

runSubgraphProcess({
  name: 'catalog',
  loadConfig: () => loadCatalogConfig(),
  start: startCatalogService,
});
