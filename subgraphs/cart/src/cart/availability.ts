import { AppError, ErrorCode, notFound } from '@commerce/errors';
import type { CatalogProduct } from '../catalog/product-catalog';

/** OUT_OF_STOCK with what a client needs to offer "only N left". */
export function outOfStock(
  productId: string,
  requested: number,
  available: number,
  message?: string,
): AppError {
  return new AppError(
    ErrorCode.OUT_OF_STOCK,
    message ??
      (available > 0 ? `Only ${available} of this product are available` : 'This product is out of stock'),
    { productId, requested, available },
  );
}

/**
 * The product when a buyer may put it in a cart. Unknown and DRAFT products are NOT_FOUND (a draft is
 * not visible to buyers, so its existence is not revealed); an ARCHIVED one is OUT_OF_STOCK for good,
 * the same answer checkout gives for it.
 */
export function requirePurchasable(
  product: CatalogProduct | null,
  productId: string,
  requested: number,
): CatalogProduct {
  if (!product || product.status === 'DRAFT') throw notFound('Product');
  if (product.status !== 'ACTIVE') {
    throw outOfStock(productId, requested, 0, 'This product is no longer available');
  }
  return product;
}

/** OUT_OF_STOCK unless `quantity` units can be sold now. */
export function requireStock(product: CatalogProduct, quantity: number): void {
  const available = Math.max(0, product.stockAvailable);
  if (quantity > available) throw outOfStock(product.id, quantity, available);
}
