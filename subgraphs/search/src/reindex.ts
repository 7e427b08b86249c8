/** The `reindex` command: `node subgraphs/search/dist/reindex.js` rebuilds the index from catalog. */
import { createLogger } from '@commerce/logging';
import { loadSearchConfig } from './config';
import { reindexFromCatalog } from './reindex/reindex-from-catalog';

async function main(): Promise<void> {
  let logger = createLogger({ service: 'search-reindex' });
  try {
    const config = loadSearchConfig();
    logger = createLogger({ service: 'search-reindex', level: config.LOG_LEVEL });
    logger.info({ engine: config.SEARCH_ENGINE, source: config.CATALOG_INTERNAL_URL }, 'reindex started');
    const report = await reindexFromCatalog(config, logger);
    logger.info(report, `reindexed ${report.indexed} products at ${report.productsPerSecond} products/s`);
  } catch (error) {
    if (error instanceof Error && error.name === 'ConfigError') process.stderr.write(`${error.message}\n`);
    else logger.fatal({ err: error }, 'reindex failed; the previous index is still live');
    process.exitCode = 1;
  }
}

void main();
