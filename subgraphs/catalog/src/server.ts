import { AppError, ErrorCode } from '@commerce/errors';
import { ContextExtension, defineSubgraph, RunningSubgraphOf } from '@commerce/runtime';
import { CategoryService } from './category/category.service';
import { loadCatalogConfig } from './config';
import { CatalogComponents, CatalogContext, createLoaders } from './context';
import { exportRoutes } from './internal/export.routes';
import { inventoryRoutes } from './inventory/inventory.routes';
import { InventoryService } from './inventory/inventory.service';
import { ReservationSweeper } from './inventory/reservation-sweeper';
import { ProductService } from './product/product.service';
import { buildCatalogSchema } from './schema';
import { StoreBusyError } from './store/catalog-store';
import { openCatalogStore } from './store/open-store';

/**
 * The catalog subgraph: products, the category tree, stock reservations for checkout. Its store is
 * its own (MongoDB, or PostgreSQL JSONB in embedded mode: CATALOG_STORE), and so is the relay that
 * publishes the events the store keeps with each write.
 */
export const catalogSubgraph = defineSubgraph({
  name: 'catalog',
  loadConfig: loadCatalogConfig,
  port: (config) => config.CATALOG_PORT,
  schema: buildCatalogSchema,
  stores: async ({ config, bus, logger }) => ({ store: await openCatalogStore(config, { bus, logger }) }),
  services({ config, logger, stores: { store } }): CatalogComponents {
    const categories = new CategoryService(store);
    const inventory = new InventoryService(store, {
      defaultTtlSeconds: config.RESERVATION_TTL_SECONDS,
      maxTtlSeconds: config.RESERVATION_MAX_TTL_SECONDS,
    });
    return {
      categories,
      products: new ProductService(store, categories),
      inventory,
      sweeper: new ReservationSweeper(inventory, config.RESERVATION_SWEEP_INTERVAL_MS, logger),
    };
  },
  context: ({ services: { products, categories, inventory } }): ContextExtension<CatalogContext> => {
    const services = { products, categories, inventory };
    return { services, loaders: createLoaders(services) };
  },
  routes: ({ services, internal }) => {
    // Lock contention is transient: 503 tells the caller to retry, unlike a business CONFLICT.
    const options = {
      ...internal,
      mapError: (error: unknown) =>
        error instanceof StoreBusyError ? new AppError(ErrorCode.SERVICE_UNAVAILABLE, error.message) : error,
    };
    return [...inventoryRoutes(services.inventory, options), ...exportRoutes(services.products, options)];
  },
  workers: ({ stores: { store }, services }) => [store.relay, services.sweeper],
});

export type RunningCatalog = RunningSubgraphOf<typeof catalogSubgraph>;
