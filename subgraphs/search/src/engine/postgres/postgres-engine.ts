import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '@commerce/logging';
import { DocumentChange, documentChange } from '../document-change';
import { priceFacets, PRICE_RANGES, RATING_THRESHOLDS, ratingFacets } from '../facets';
import type {
  ProductWrite,
  ReindexOptions,
  ReindexReport,
  SearchEngine,
  SearchFacets,
  SearchPage,
  SearchRequest,
  SortValues,
  StockReading,
  SuggestionHit,
  WriteOptions,
} from '../search-engine';
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
    return this.apply(documentChange.upsert(write), options?.transaction);
  }

  updateStock(productId: string, stock: StockReading, options?: WriteOptions): Promise<boolean> {
    return this.apply(documentChange.stock(productId, stock), options?.transaction);
  }

  deleteProduct(productId: string, version: number, options?: WriteOptions): Promise<boolean> {
    return this.apply(documentChange.delete(productId, version), options?.transaction);
  }

  updateRating(
    productId: string,
    average: number | null,
    count: number,
    options?: WriteOptions,
  ): Promise<boolean> {
    return this.apply(documentChange.rating(productId, average, count), options?.transaction);
  }

  reindex(pages: AsyncIterable<ProductWrite[]>, options: ReindexOptions = {}): Promise<ReindexReport> {
    return reindexTable(this.dataSource, this.logger, pages, options);
  }

  /** Committed rows are visible at once. */
  async refresh(): Promise<void> {}

  /** The data source belongs to the service, which closes it. */
  async close(): Promise<void> {}

  private async apply(change: DocumentChange, transaction?: EntityManager): Promise<boolean> {
    const runner = transaction ?? this.dataSource.manager;
    const changed: unknown[] = await runner.query(mergeSql(LIVE_TABLE, FROM_JSON), [
      JSON.stringify([toRow(change)]),
    ]);
    return changed.length > 0;
  }
}

function facetsOf(row: SearchRow): SearchFacets {
  return {
    brands: (row.brands ?? []).map(([value, count]) => ({ value, count, label: null })),
    categories: (row.categories ?? []).map(([value, label, count]) => ({ value, count, label })),
    priceRanges: priceFacets(new Map(PRICE_RANGES.map((r, i) => [r.key, row.prices?.[i] ?? 0]))),
    ratings: ratingFacets(new Map(RATING_THRESHOLDS.map((t, i) => [t, row.ratings?.[i] ?? 0]))),
  };
}
