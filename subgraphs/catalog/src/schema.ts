import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@commerce/graphql';
import { CategoryResolver } from './category/category.resolver';
import { resolveCategoryReference } from './category/category.reference';
import { ProductConnectionResolver, ProductResolver } from './product/product.resolver';
import { resolveProductReference } from './product/product.reference';

/**
 * The catalog subgraph schema. It needs no database: resolvers reach services through the request
 * context, so `npm run compose` can print the SDL without starting anything.
 */
export function buildCatalogSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [ProductResolver, ProductConnectionResolver, CategoryResolver],
    references: {
      Product: { __resolveReference: resolveProductReference },
      Category: { __resolveReference: resolveCategoryReference },
    },
  });
}
