import type { Logger } from '@commerce/logging';
import type { SearchConfig } from '../config';
import { openSearchDatabase } from '../database';
import { createSearchEngine } from '../engine/create-search-engine';
import type { ReindexReport, SearchEngine } from '../engine/search-engine';
import type { ProductRating, ProductWrite } from '../engine/product-document';
import { toProductWrite } from '../indexing/product-write';
import { findRatings } from '../ratings/product-ratings';
import { CatalogExportClient, ExportPage } from './catalog-export-client';

export interface CatalogReindexReport extends ReindexReport {
  /** Export items that did not match the snapshot contract and were skipped. */
  skipped: number;
}

const PROGRESS_EVERY = 10_000;

/**
 * Rebuilds the search index of the configured engine from catalog's export, with zero downtime (the
 * `reindex` command). Needed after a mapping change, to repair drift, and on first deployment (events
 * published before the indexer's queue existed never reached it).
 */
export async function reindexFromCatalog(
  config: SearchConfig,
  logger: Logger,
): Promise<CatalogReindexReport> {
  // Every mode: the ratings live in the search database (and the documents too, in postgres mode).
  const dataSource = await openSearchDatabase(config, logger);
  const engine = createSearchEngine(config, logger, dataSource);
  try {
    await engine.init();
    const source = new CatalogExportClient({
      baseUrl: config.CATALOG_INTERNAL_URL,
      serviceToken: config.SERVICE_TOKEN,
      pageSize: config.REINDEX_PAGE_SIZE,
      logger,
    });
    return await reindexFromPages(engine, source.pages(), logger, (ids) =>
      findRatings(dataSource.manager, ids),
    );
  } finally {
    await engine.close();
    await dataSource.destroy();
  }
}

/** The ratings search holds for a page of products (from reviews' events, not from catalog). */
type RatingLookup = (productIds: string[]) => Promise<Map<string, ProductRating>>;

/**
 * The engine-independent part: export pages in, a swapped index and a report out. Each page's writes
 * carry the products' ratings (one lookup per page), so the new index keeps them; a rating changed
 * while the reindex runs reaches the new index through the engine's catch-up, version-guarded.
 */
async function reindexFromPages(
  engine: SearchEngine,
  pages: AsyncIterable<ExportPage>,
  logger: Logger,
  ratingsOf: RatingLookup,
): Promise<CatalogReindexReport> {
  let skipped = 0;
  async function* writes(): AsyncGenerator<ProductWrite[]> {
    for await (const page of pages) {
      skipped += page.invalid;
      const ratings = await ratingsOf(page.items.map((item) => item.productId));
      yield page.items.map((item) => ({
        ...toProductWrite(item, page.fetchedAt),
        rating: ratings.get(item.productId) ?? null,
      }));
    }
  }
  let reported = 0;
  const report = await engine.reindex(writes(), {
    onProgress: (indexed) => {
      if (indexed - reported < PROGRESS_EVERY) return;
      reported = indexed;
      logger.info({ indexed }, 'reindex progress');
    },
  });
  return { ...report, skipped };
}
