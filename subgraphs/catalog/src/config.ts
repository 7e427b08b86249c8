import { databaseShape, env, loadConfig, platformShape, z } from '@commerce/config';

/** Every setting of the catalog service, validated at start-up (one message per bad value). */
export const catalogConfigShape = {
  ...platformShape,
  ...databaseShape('catalog'),
  CATALOG_PORT: env.port(4002),
  /**
   * Which store adapter holds the catalog. Unset: `postgres` in embedded mode (nothing to install),
   * `mongo` in full-stack mode (the document store the design names).
   */
  CATALOG_STORE: z.enum(['mongo', 'postgres']).optional(),
  MONGO_URL: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// URL')
    .default('mongodb://127.0.0.1:27017/catalog'),
  MONGO_POOL_SIZE: env.int(20, 1),
  /** How long a reservation holds stock unless committed (the request may ask for less or more). */
  RESERVATION_TTL_SECONDS: env.int(900, 1),
  /** Upper bound for a reservation's own `ttlSeconds`. */
  RESERVATION_MAX_TTL_SECONDS: env.int(24 * 3600, 1),
  /** How often the sweeper looks for expired reservations. */
  RESERVATION_SWEEP_INTERVAL_MS: env.int(5000, 10),
  /** MongoDB adapter: how long a document lock may be held before another process may take it. */
  DOCUMENT_LOCK_LEASE_MS: env.int(15_000, 100),
  /** MongoDB adapter: how long a write waits for a document locked by another process. */
  DOCUMENT_LOCK_WAIT_MS: env.int(10_000, 10),
};

type RawCatalogConfig = z.infer<z.ZodObject<typeof catalogConfigShape>>;

/** The validated settings, with the store adapter resolved. */
export type CatalogConfig = Omit<RawCatalogConfig, 'CATALOG_STORE'> & { CATALOG_STORE: 'mongo' | 'postgres' };

export function loadCatalogConfig(source: NodeJS.ProcessEnv = process.env): CatalogConfig {
  const config = loadConfig(catalogConfigShape, source);
  return {
    ...config,
    CATALOG_STORE: config.CATALOG_STORE ?? (config.RUNTIME_MODE === 'embedded' ? 'postgres' : 'mongo'),
  };
}
