import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@commerce/graphql';
import { Product } from './search/product.type';
import { SearchResolver } from './search/search.resolver';

/**
 * The search subgraph schema. It needs no engine: resolvers reach the service through the request
 * context, so `npm run compose` can print the SDL without starting anything. `Product` is a
 * non-resolvable stub: search only hands out ids.
 */
export function buildSearchSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [SearchResolver], orphanedTypes: [Product] });
}
