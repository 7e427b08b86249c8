import { ExportProducts } from '@commerce/contracts';
import { badInput } from '@commerce/errors';
import { internalRoute, InternalRouteDefaults, Route } from '@commerce/http';
import type { ProductService } from '../product/product.service';

const EXPORT_DEFAULT_LIMIT = 500;
const EXPORT_MAX_LIMIT = 1000;

/**
 * `GET /internal/products?after=<cursor>&limit=<1..1000>` (service token): every product, any status,
 * in id order, as the same snapshots `product.created` carries, so the search service can rebuild its
 * index without reading this store. Answers the contract's page (@commerce/contracts ExportProducts).
 */
export function exportRoutes(products: ProductService, options: InternalRouteDefaults): Route[] {
  return [
    internalRoute({
      ...options,
      method: ExportProducts.method,
      path: ExportProducts.path,
      handle: async ({ url }) => {
        const limitParam = url.searchParams.get('limit');
        const limit = limitParam === null ? EXPORT_DEFAULT_LIMIT : Number(limitParam);
        if (!Number.isInteger(limit) || limit < 1 || limit > EXPORT_MAX_LIMIT) {
          throw badInput(`limit must be an integer between 1 and ${EXPORT_MAX_LIMIT}`, { field: 'limit' });
        }
        return products.exportSnapshots(url.searchParams.get('after'), limit);
      },
    }),
  ];
}
