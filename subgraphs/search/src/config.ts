import { databaseShape, env, loadConfig, platformShape, z } from '@commerce/config';

export type SearchEngineKind = 'opensearch' | 'postgres';

/** Every setting of the search service, validated at start-up (one message per bad value). */
export const searchConfigShape = {
  ...platformShape,
  ...databaseShape('search'),
  SEARCH_PORT: env.port(4003),
  /** Default: postgres in embedded mode (nothing to install), opensearch in the full stack. */
  SEARCH_ENGINE: z.enum(['opensearch', 'postgres']).optional(),
  OPENSEARCH_URL: env.url('http://127.0.0.1:9200'),
  /** The alias searches go through; concrete indices are `<alias>-<timestamp>-<random>`. */
  SEARCH_INDEX: z
    .string()
    .max(200)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be a lowercase index name (letters, digits, . _ -)')
    .default('commerce-products'),
  /** 0 on a single node; 1+ on a cluster. Applied to new indices (reindex). */
  OPENSEARCH_REPLICAS: env.int(0, 0),
  /** Catalog's internal HTTP endpoint, the source of a full reindex. */
  CATALOG_INTERNAL_URL: env.url('http://127.0.0.1:4002'),
  /** Most events the indexer applies in one engine request (one `_bulk` / one statement). */
  SEARCH_INDEXER_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  /** How long the first event of a batch waits for more before the batch is applied (ms). */
  SEARCH_INDEXER_BATCH_WAIT_MS: z.coerce.number().int().min(0).max(10_000).default(50),
  /** Batches the indexer applies at the same time (one waits on the engine while the next is prepared). */
  SEARCH_INDEXER_CONCURRENT_BATCHES: z.coerce.number().int().min(1).max(16).default(2),
  /** Products per page of the catalog export (its maximum is 1000). */
  REINDEX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(1000),
};

type ParsedSearchConfig = z.infer<z.ZodObject<typeof searchConfigShape>>;

export type SearchConfig = Omit<ParsedSearchConfig, 'SEARCH_ENGINE'> & { SEARCH_ENGINE: SearchEngineKind };

/** Loads and validates the settings; resolves the engine default from the run mode. */
export function loadSearchConfig(source: NodeJS.ProcessEnv = process.env): SearchConfig {
  const config = loadConfig(searchConfigShape, source);
  return {
    ...config,
    SEARCH_ENGINE: config.SEARCH_ENGINE ?? (config.RUNTIME_MODE === 'embedded' ? 'postgres' : 'opensearch'),
  };
}
