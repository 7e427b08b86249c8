import { isUuid } from '@commerce/runtime';
import type { CatalogContext } from '../context';
import type { GraphQLResolveInfo } from 'graphql';
import type { ProductRecord } from '../store/catalog-store';
import { visibleTo } from './product-access';

/** Resolves `Product` references from other subgraphs; all references of one request share one query. */
export async function resolveProductReference(
  reference: { id: string },
  ctx: CatalogContext,
  info?: GraphQLResolveInfo,
): Promise<ProductRecord | null> {
  if (!isUuid(reference.id)) return null;
  const product = await ctx.loaders.productById.load(reference.id.toLowerCase());
  return visibleTo(ctx, product, info);
}
