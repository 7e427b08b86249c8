import type { GraphQLResolveInfo } from 'graphql';
import { isOwnerOrAdmin, RequestContext, Role } from '@commerce/auth';
import { markCallerSpecific } from '@commerce/graphql';
import { forbidden } from '@commerce/errors';
import { ProductFilter, ProductRecord, ProductStatus } from '../store/catalog-store';
import { requireUuid } from '../validation';

/**
 * Who sees what. ACTIVE and ARCHIVED products are public (past orders and reviews keep showing
 * archived ones); a DRAFT is visible only to its seller and to admins, everywhere: the `product`
 * query, listings and entity references from other subgraphs.
 */
export function isVisible(ctx: RequestContext, product: ProductRecord): boolean {
  return product.status !== ProductStatus.DRAFT || isOwnerOrAdmin(ctx, product.sellerId);
}

/**
 * The product as this caller may see it (null when it may not). Whether a DRAFT shows depends on who
 * asks, so such an answer is never kept in the shared response cache; public products are.
 */
export function visibleTo(
  ctx: RequestContext,
  product: ProductRecord | null,
  info?: GraphQLResolveInfo,
): ProductRecord | null {
  if (!product) return null;
  if (product.status === ProductStatus.DRAFT) markCallerSpecific(info);
  return isVisible(ctx, product) ? product : null;
}

export interface ProductFilterInput {
  sellerId?: string | null;
  categoryId?: string | null;
  status?: ProductStatus | null;
}

/**
 * The store filter for a `products` query: ACTIVE unless another status is asked for; DRAFT listings
 * only of the caller's own products (or any seller's for ADMIN), so drafts never leak through a list.
 */
export function listingFilter(
  ctx: RequestContext,
  input: ProductFilterInput | null | undefined,
): ProductFilter {
  const filter: ProductFilter = { status: input?.status ?? ProductStatus.ACTIVE };
  if (input?.sellerId) filter.sellerId = requireUuid(input.sellerId, 'filter.sellerId').toLowerCase();
  if (input?.categoryId) filter.categoryId = requireUuid(input.categoryId, 'filter.categoryId').toLowerCase();
  if (filter.status === ProductStatus.DRAFT) {
    const admin = ctx.user?.roles.includes(Role.ADMIN) ?? false;
    if (!admin && (!ctx.user || filter.sellerId !== ctx.user.id)) {
      throw forbidden('DRAFT products can only be listed by their seller (filter.sellerId) or an admin');
    }
  }
  return filter;
}
