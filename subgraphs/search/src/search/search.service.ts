import type { RequestContext } from '@commerce/auth';
import { AppError, ErrorCode } from '@commerce/errors';
import type { Logger } from '@commerce/logging';
import { pageSize } from '@commerce/graphql';
import { SearchEngine, SearchFacets, SearchSort, SearchUnavailableError } from '../engine/search-engine';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor';
import {
  SearchFilterInput,
  searchFilter,
  searchText,
  suggestLimit,
  suggestPrefix,
} from './search.validation';
import type { SearchResult, Suggestion } from './search.type';

export interface SearchRequestArgs {
  query?: string | null;
  filter?: SearchFilterInput | null;
  sort?: SearchSort | null;
  first?: number | null;
  after?: string | null;
  /** Whether the caller selected `facets` (they cost aggregations). */
  withFacets: boolean;
}

const NO_FACETS: SearchFacets = { brands: [], categories: [], priceRanges: [], ratings: [] };

/**
 * Product search for anyone, signed in or not: validates input, asks the engine, shapes the
 * connection. Only ACTIVE products are ever returned (the engine guarantees it).
 */
export class ProductSearchService {
  constructor(
    private readonly engine: SearchEngine,
    private readonly logger: Logger,
  ) {}

  async search(_ctx: RequestContext, args: SearchRequestArgs): Promise<SearchResult> {
    const text = searchText(args.query);
    const filter = searchFilter(args.filter);
    const first = pageSize(args.first);
    // Without text every score is equal: RELEVANCE falls back to NEWEST, cursors included.
    const sort: SearchSort =
      !text && (args.sort ?? 'RELEVANCE') === 'RELEVANCE' ? 'NEWEST' : (args.sort ?? 'RELEVANCE');
    const after = decodeSearchCursor(args.after, sort);
    const page = await this.guard(() =>
      this.engine.search({ text, filter, sort, first, after, withFacets: args.withFacets }),
    );
    const edges = page.hits.map((hit) => ({
      cursor: encodeSearchCursor(sort, hit.sortValues),
      node: { id: hit.productId },
    }));
    return {
      totalCount: page.totalCount,
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      facets: page.facets ?? NO_FACETS,
    };
  }

  async suggest(_ctx: RequestContext, prefix: string, limit?: number | null): Promise<Suggestion[]> {
    const size = suggestLimit(limit);
    const text = suggestPrefix(prefix);
    if (!text) return [];
    const hits = await this.guard(() => this.engine.suggest(text, size));
    return hits.map((hit) => ({ text: hit.text, product: { id: hit.productId } }));
  }

  /** An unreachable engine is SERVICE_UNAVAILABLE (retry later), not INTERNAL (a bug). */
  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error;
      this.logger.error({ err: error }, 'search engine unavailable');
      throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Search is temporarily unavailable, try again later');
    }
  }
}
