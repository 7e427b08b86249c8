import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '@commerce/logging';
import { collapseChanges, DocumentChange, documentChange } from '../document-change';
import { priceFacets, PRICE_RANGES, RATING_THRESHOLDS, ratingFacets } from '../facets';
import type {
  ChangeOutcome,
  ReindexOptions,
  ReindexReport,
  SearchEngine,
  SearchFacets,
  SearchPage,
  SearchRequest,
  SortValues,
  SuggestionHit,
  WriteOptions,
} from '../search-engine';
import type { ProductRating, ProductWrite, StockReading } from '../product-document';
import { FROM_JSON, LIVE_TABLE, mergeSql, toRow } from './document-sql';
import { reindexTable } from './postgres-reindex';
import { buildSearchSql, buildSuggestSql } from './search-sql';

interface SearchRow {
  total: number;
  page: SortValues[];
  brands?: Array<[string, number]>;
  categories?: Array<[string, string | null, number]>;
  prices?: number[];
  ratings?: number[];
}

/**
 * The PostgreSQL full-text adapter (embedded mode): the `search_documents` table of the search
 * service's own database (migration 1700000000300). Writes can join the caller's transaction (the
 * inbox's), so a document and its processed-event row commit together.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
  ) {}

  /** The table comes from the migrations run at start-up; nothing to create here. */
  async init(): Promise<void> {}

  async isReachable(): Promise<boolean> {
    try {
      await this.dataSource.query(`SELECT 1 FROM ${LIVE_TABLE} LIMIT 1`);
      return true;
    } catch {
      return false;
    }
  }

  async search(request: SearchRequest): Promise<SearchPage> {
    const { sql, params } = buildSearchSql(request);
    const [row]: SearchRow[] = await this.dataSource.query(sql, params);
    const page = row.page;
    return {
      totalCount: row.total,
      hits: page.slice(0, request.first).map((values) => ({
        productId: String(values[values.length - 1]),
        sortValues: values,
      })),
      hasNextPage: page.length > request.first,
      facets: request.withFacets ? facetsOf(row) : null,
    };
  }

  async suggest(prefix: string, limit: number): Promise<SuggestionHit[]> {
    const { sql, params } = buildSuggestSql(prefix, limit);
    const rows: Array<{ product_id: string; name: string }> = await this.dataSource.query(sql, params);
    return rows.map((row) => ({ text: row.name, productId: row.product_id }));
  }

  upsertProduct(write: ProductWrite, options?: WriteOptions): Promise<boolean> {
    return this.applyOne(documentChange.upsert(write), options);
  }

  updateStock(productId: string, stock: StockReading, options?: WriteOptions): Promise<boolean> {
    return this.applyOne(documentChange.stock(productId, stock), options);
  }

  deleteProduct(productId: string, version: number, options?: WriteOptions): Promise<boolean> {
    return this.applyOne(documentChange.delete(productId, version), options);
  }

  updateRating(productId: string, rating: ProductRating, options?: WriteOptions): Promise<boolean> {
    return this.applyOne(documentChange.rating(productId, rating), options);
  }

  /**
   * One statement for the batch (rows as one JSON parameter). A value PostgreSQL refuses in one row
   * (out of range, a NUL character) fails the whole statement, so then each change is applied on its
   * own and only the bad ones fail. Inside the caller's transaction every attempt runs under a
   * savepoint, which keeps the transaction usable after a refused statement.
   */
  async applyChanges(changes: DocumentChange[], options?: WriteOptions): Promise<Map<string, ChangeOutcome>> {
    // In product id order: concurrent batches (and replicas) then lock rows in the same order and
    // cannot deadlock on each other.
    const unique = collapseChanges(changes).sort((a, b) => compareIds(a.productId, b.productId));
    const outcomes = new Map<string, ChangeOutcome>();
    if (unique.length === 0) return outcomes;
    const attempt = (batch: DocumentChange[]) =>
      options?.transaction
        ? underSavepoint(options.transaction, () => merge(options.transaction!, batch))
        : merge(this.dataSource.manager, batch);
    try {
      const changed = await attempt(unique);
      for (const change of unique) outcomes.set(change.productId, outcome(changed.has(change.productId)));
      return outcomes;
    } catch (error) {
      if (unique.length === 1) {
        outcomes.set(unique[0].productId, { status: 'failed', error: errorText(error) });
        return outcomes;
      }
      this.logger.warn({ err: error, documents: unique.length }, 'batch write refused; writing one by one');
    }
    for (const change of unique) {
      try {
        outcomes.set(change.productId, outcome((await attempt([change])).size > 0));
      } catch (error) {
        outcomes.set(change.productId, { status: 'failed', error: errorText(error) });
      }
    }
    return outcomes;
  }

  reindex(pages: AsyncIterable<ProductWrite[]>, options: ReindexOptions = {}): Promise<ReindexReport> {
    return reindexTable(this.dataSource, this.logger, pages, options);
  }

  /** Committed rows are visible at once. */
  async refresh(): Promise<void> {}

  /** The data source belongs to the service, which closes it. */
  async close(): Promise<void> {}

  /** One change through the batch path; a refused document is an error here. */
  private async applyOne(change: DocumentChange, options?: WriteOptions): Promise<boolean> {
    const result = (await this.applyChanges([change], options)).get(change.productId)!;
    if (result.status === 'failed') {
      throw new Error(`search document ${change.productId} refused: ${result.error}`);
    }
    return result.status === 'changed';
  }
}

/** Upserts the changes into the live table; the ids of the rows that changed. */
async function merge(runner: EntityManager, changes: DocumentChange[]): Promise<Set<string>> {
  const rows: Array<{ product_id: string }> = await runner.query(mergeSql(LIVE_TABLE, FROM_JSON), [
    JSON.stringify(changes.map(toRow)),
  ]);
  return new Set(rows.map((row) => row.product_id));
}

async function underSavepoint<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  await manager.query('SAVEPOINT search_write');
  try {
    const result = await work();
    await manager.query('RELEASE SAVEPOINT search_write');
    return result;
  } catch (error) {
    await manager.query('ROLLBACK TO SAVEPOINT search_write');
    throw error;
  }
}

/** One fixed order for every batch (ids are ASCII: the same as the `COLLATE "C"` key order). */
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const outcome = (changed: boolean): ChangeOutcome => ({ status: changed ? 'changed' : 'unchanged' });

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}

function facetsOf(row: SearchRow): SearchFacets {
  return {
    brands: (row.brands ?? []).map(([value, count]) => ({ value, count, label: null })),
    categories: (row.categories ?? []).map(([value, label, count]) => ({ value, count, label })),
    priceRanges: priceFacets(new Map(PRICE_RANGES.map((r, i) => [r.key, row.prices?.[i] ?? 0]))),
    ratings: ratingFacets(new Map(RATING_THRESHOLDS.map((t, i) => [t, row.ratings?.[i] ?? 0]))),
  };
}
