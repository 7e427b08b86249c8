import { z } from 'zod';
import { moneySchema } from '@commerce/contracts';
import { EntitiesClient } from '@commerce/http';
import type { Logger } from '@commerce/logging';
import type { CatalogProduct, ProductCatalog } from './product-catalog';

/** The federation entity query: the same door the gateway uses, so catalog needs no cart-specific API. */
const ENTITIES_QUERY = `query CartProducts($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Product { id name status price { amount currency } stockAvailable seller { id } }
  }
}`;

const CATALOG_UNAVAILABLE = 'The product catalog is unavailable, try again shortly';

const productShape = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['DRAFT', 'ACTIVE', 'ARCHIVED']),
  price: moneySchema,
  stockAvailable: z.number().int(),
  seller: z.object({ id: z.string() }),
});

const responseShape = z.object({
  data: z
    .object({ _entities: z.array(productShape.nullable()) })
    .nullable()
    .optional(),
  errors: z.array(z.object({ message: z.string() }).passthrough()).optional(),
});

/** CATALOG_URL and CATALOG_TIMEOUT_MS, plus pool sizing. */
export interface HttpProductCatalogOptions {
  url: string;
  timeoutMs: number;
  logger: Logger;
  /** Pooled keep-alive connections to the catalog. */
  connections?: number;
}

/**
 * ProductCatalog over the catalog subgraph's `_entities` endpoint, with keep-alive pooling and a hard
 * timeout. Anything but a well-formed answer becomes SERVICE_UNAVAILABLE (detail in the log).
 */
export class HttpProductCatalog implements ProductCatalog {
  private readonly entities: EntitiesClient;

  constructor(private readonly options: HttpProductCatalogOptions) {
    this.entities = new EntitiesClient({
      service: 'catalog',
      url: options.url,
      timeoutMs: options.timeoutMs,
      logger: options.logger,
      connections: options.connections ?? 16,
      unavailableMessage: CATALOG_UNAVAILABLE,
    });
  }

  async getProducts(ids: readonly string[]): Promise<Map<string, CatalogProduct>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const body = await this.entities.lookup(
      ENTITIES_QUERY,
      unique.map((id) => ({ __typename: 'Product', id })),
    );
    const parsed = responseShape.safeParse(body);
    const entities = parsed.success ? parsed.data.data?._entities : undefined;
    if (!entities || entities.length !== unique.length) {
      this.options.logger.error(
        { issues: parsed.success ? parsed.data.errors : parsed.error.issues },
        'catalog answered without usable products',
      );
      throw this.entities.unavailable();
    }
    if (parsed.success && parsed.data.errors?.length) {
      // Partial answers are usable: the ids that failed are treated as unknown.
      this.options.logger.warn({ errors: parsed.data.errors }, 'catalog answered with errors');
    }
    // `_entities` answers in the order of the representations: key by the id asked for, so a catalog
    // that normalises ids (case) cannot make a known product look unknown.
    const products = new Map<string, CatalogProduct>();
    entities.forEach((entity, i) => {
      if (!entity) return;
      const { seller, ...rest } = entity;
      products.set(unique[i], { ...rest, id: unique[i], sellerId: seller.id });
    });
    return products;
  }

  close(): Promise<void> {
    return this.entities.close();
  }
}
