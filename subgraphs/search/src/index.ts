export { searchSubgraph } from './server';
export type { RunningSearch } from './server';
export { loadSearchConfig, searchConfigShape } from './config';
export type { SearchConfig, SearchEngineKind } from './config';
export { buildSearchSchema } from './schema';
export { reindexFromCatalog } from './reindex/reindex-from-catalog';
export type { CatalogReindexReport } from './reindex/reindex-from-catalog';
export type { SearchEngine } from './engine/search-engine';
