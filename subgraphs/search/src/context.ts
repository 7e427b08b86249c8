import type { RequestContext } from '@commerce/auth';
import type { SearchIndexer } from './indexing/search-indexer';
import type { ProductSearchService } from './search/search.service';

/** The search service's singletons, reached by resolvers through the request context. */
interface SearchServices {
  search: ProductSearchService;
}

/** Everything the search service builds at start-up: the resolvers' services and the indexer. */
export interface SearchComponents extends SearchServices {
  /** Keeps the engine in step with catalog's events. */
  indexer: SearchIndexer;
}

/** Per-request context: the caller (possibly anonymous) and the services. */
export interface SearchContext extends RequestContext {
  services: SearchServices;
}
