/**
 * The `seed` command: `node subgraphs/catalog/dist/seed/main.js --size 100000 [--seed 42] [--sellers 20]
 * [--events|--no-events]`. Sellers are created through the users service (USERS_URL); categories and
 * products go straight into the catalog store chosen by CATALOG_STORE. Without events (the default
 * above 10 000 products), run the search `reindex` afterwards (`npm run seed` does both).
 */
import { sharedInProcessBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { env, loadConfig } from '@commerce/config';
import { loadCatalogConfig } from '../config';
import { openCatalogStore } from '../store/open-store';
import { seedCatalog } from './seed-catalog';
import { ensureSeedSellers } from './seed-sellers';

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const logger = createLogger({ service: 'catalog-seed' });
  try {
    const config = loadCatalogConfig();
    const { USERS_URL } = loadConfig({ USERS_URL: env.url('http://127.0.0.1:4001/graphql') });
    const size = Number(flag('size') ?? 1000);
    if (!Number.isInteger(size) || size < 1) throw new Error('--size must be a positive integer');
    const withEvents =
      process.argv.includes('--events') || (!process.argv.includes('--no-events') && size <= 10_000);
    const sellerIds = await ensureSeedSellers(USERS_URL, Number(flag('sellers') ?? 20));
    // Events recorded by the seed are published by the running catalog's relay, not by this process.
    const store = await openCatalogStore(config, { bus: sharedInProcessBus(logger), logger });
    try {
      const report = await seedCatalog({
        store,
        sellerIds,
        size,
        seed: Number(flag('seed') ?? 42),
        withEvents,
        logger,
      });
      logger.info(
        { ...report, store: config.CATALOG_STORE, withEvents },
        `seeded ${report.products} products at ${report.productsPerSecond} products/s`,
      );
      process.stdout.write(`${JSON.stringify({ ...report, store: config.CATALOG_STORE, withEvents })}\n`);
    } finally {
      await store.close();
    }
  } catch (error) {
    logger.fatal({ err: error }, 'seed failed');
    process.exitCode = 1;
  }
}

void main();
