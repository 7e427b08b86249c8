import type { IncomingMessage } from 'node:http';
import { JwksKeySource, JwtVerifier } from '@commerce/auth';
import type { Cache } from '@commerce/cache';
import { AppError, ErrorCode } from '@commerce/errors';
import type { EventBus } from '@commerce/events';
import type { Logger, LogScope } from '@commerce/logging';
import { baseRequestContext, createSubgraphServer } from '@commerce/graphql';
import { InternalRouteDefaults, RunningService, ServiceMetrics, startService } from '@commerce/http';
import { CategoryService } from './category/category.service';
import type { CatalogConfig } from './config';
import { CatalogContext, CatalogServices, createLoaders } from './context';
import { exportRoutes } from './internal/export.routes';
import { inventoryRoutes } from './inventory/inventory.routes';
import { InventoryService } from './inventory/inventory.service';
import { ReservationSweeper } from './inventory/reservation-sweeper';
import { ProductService } from './product/product.service';
import { buildCatalogSchema } from './schema';
import { type CatalogStore, type EventRelay, StoreBusyError } from './store/catalog-store';
import { openCatalogStore } from './store/open-store';

export interface CatalogDependencies {
  logger: Logger;
  bus: EventBus;
  /** Accepted like every service's; the catalog keeps no cache of its own yet. */
  cache?: Cache;
}

export interface CatalogService extends RunningService {
  services: CatalogServices;
  store: CatalogStore;
  /** Publishes what the store's outbox holds (PostgreSQL outbox rows or MongoDB pending events). */
  relay: EventRelay;
  sweeper: ReservationSweeper;
}

/**
 * Wires the catalog subgraph: the store chosen by CATALOG_STORE, services, the event relay, the
 * reservation sweeper and the HTTP runtime (GraphQL plus the internal inventory and export endpoints).
 */
export async function startCatalogService(
  config: CatalogConfig,
  deps: CatalogDependencies,
): Promise<CatalogService> {
  const { logger, bus } = deps;
  const store = await openCatalogStore(config, { bus, logger });
  try {
    const categories = new CategoryService(store);
    const services: CatalogServices = {
      categories,
      products: new ProductService(store, categories),
      inventory: new InventoryService(store, {
        defaultTtlSeconds: config.RESERVATION_TTL_SECONDS,
        maxTtlSeconds: config.RESERVATION_MAX_TTL_SECONDS,
      }),
    };
    const sweeper = new ReservationSweeper(services.inventory, config.RESERVATION_SWEEP_INTERVAL_MS, logger);
    const verifier = new JwtVerifier(new JwksKeySource(config.JWKS_URL), {
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
    });
    const metrics = new ServiceMetrics('catalog');
    const schema = await buildCatalogSchema();
    const production = config.NODE_ENV === 'production';
    const context = async (request: { req: IncomingMessage; scope: LogScope }): Promise<CatalogContext> => ({
      ...(await baseRequestContext(verifier, request, config.TRUSTED_PROXY_HOPS)),
      services,
      loaders: createLoaders(services),
    });
    const internal: InternalRouteDefaults = {
      serviceToken: config.SERVICE_TOKEN,
      logger,
      // Lock contention is transient: 503 tells the caller to retry, unlike a business CONFLICT.
      mapError: (error) =>
        error instanceof StoreBusyError ? new AppError(ErrorCode.SERVICE_UNAVAILABLE, error.message) : error,
    };

    store.relay.start();
    sweeper.start();
    const running = await startService<CatalogContext>({
      name: 'catalog',
      port: config.CATALOG_PORT,
      logger,
      metrics,
      graphql: {
        server: createSubgraphServer<CatalogContext>({ schema, logger, metrics, production }),
        context,
      },
      routes: [
        ...inventoryRoutes(services.inventory, internal),
        ...exportRoutes(services.products, internal),
      ],
      readiness: {
        store: () => store.isReachable(),
        eventBus: async () => bus.isHealthy(),
      },
      // Drained HTTP first (by the runtime), then background work, then the store it uses.
      onShutdown: [() => sweeper.stop(), () => store.relay.stop(), () => store.close()],
      shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    });
    return { ...running, services, store, relay: store.relay, sweeper };
  } catch (error) {
    await store.relay.stop().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw error;
  }
}
