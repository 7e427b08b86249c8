import { z } from 'zod';
import { EntitiesClient } from '@commerce/http';
import type { Logger } from '@commerce/logging';
import type { ProductFact } from './product-projection';

/**
 * The federation entity query on catalog's subgraph endpoint: the door the gateway itself uses, so
 * catalog needs no reviews-specific API. Catalog answers null for unknown products and for drafts
 * (which only their seller sees), both of which cannot be reviewed.
 */
const ENTITIES_QUERY = `query ReviewedProduct($r: [_Any!]!) {
  _entities(representations: $r) { ... on Product { id status updatedAt seller { id } } }
}`;

const answerRule = z.object({
  data: z
    .object({
      _entities: z.array(
        z
          .object({
            id: z.string(),
            status: z.enum(['DRAFT', 'ACTIVE', 'ARCHIVED']),
            updatedAt: z.string().datetime({ offset: true }),
            seller: z.object({ id: z.string().uuid() }),
          })
          .nullable(),
      ),
    })
    .nullable()
    .optional(),
});

export interface CatalogProductsOptions {
  /** Catalog's GraphQL endpoint (CATALOG_URL). */
  url: string;
  timeoutMs: number;
  logger: Logger;
}

/**
 * Looks a product up in catalog when the events have not brought it yet (a review written seconds
 * after the product was created, or a service that started after the product's event was consumed
 * elsewhere). Anything but a well-formed answer is SERVICE_UNAVAILABLE (detail in the log).
 */
export class CatalogProducts {
  private readonly entities: EntitiesClient;

  constructor(private readonly options: CatalogProductsOptions) {
    this.entities = new EntitiesClient({
      service: 'catalog',
      url: options.url,
      timeoutMs: options.timeoutMs,
      logger: options.logger,
      connections: 4,
      unavailableMessage: 'The product catalog is unavailable, try again shortly',
    });
  }

  async find(productId: string): Promise<ProductFact | null> {
    const body = await this.entities.lookup(ENTITIES_QUERY, [{ __typename: 'Product', id: productId }]);
    const parsed = answerRule.safeParse(body);
    const entities = parsed.success ? parsed.data.data?._entities : undefined;
    if (!entities || entities.length !== 1) {
      this.options.logger.error(
        { issues: parsed.success ? body : parsed.error.issues },
        'catalog answered without a usable product',
      );
      throw this.entities.unavailable();
    }
    const product = entities[0];
    if (!product) return null;
    return {
      productId,
      sellerId: product.seller.id.toLowerCase(),
      status: product.status,
      sourceUpdatedAt: new Date(product.updatedAt),
    };
  }

  close(): Promise<void> {
    return this.entities.close();
  }
}
