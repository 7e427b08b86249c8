import type { RequestContext } from '@commerce/auth';
import type { ProductSearchService } from './search/search.service';

/** The search service's singletons, reached by resolvers through the request context. */
export interface SearchServices {
  search: ProductSearchService;
}

/** Per-request context: the caller (possibly anonymous) and the services. */
export interface SearchContext extends RequestContext {
  services: SearchServices;
}
