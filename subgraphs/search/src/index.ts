import { loadSearchConfig } from './config';
import { buildSearchSchema } from './schema';
import { startSearchService } from './search-service';

export { startSearchService } from './search-service';
export type { SearchService, SearchDependencies } from './search-service';
export { loadSearchConfig, searchConfigShape } from './config';
export type { SearchConfig, SearchEngineKind } from './config';
export { buildSearchSchema } from './schema';
export { reindexFromCatalog } from './reindex/reindex-from-catalog';
export type { CatalogReindexReport } from './reindex/reindex-from-catalog';
export type { SearchEngine } from './engine/search-engine';

/** Until search is defined with defineSubgraph: the same shape for main.ts and the launchers. */
export const searchSubgraph = {
  name: 'search',
  cache: 'memory' as const,
  loadConfig: loadSearchConfig,
  buildSchema: buildSearchSchema,
  start: startSearchService,
};
