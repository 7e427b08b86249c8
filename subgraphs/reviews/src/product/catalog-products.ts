import { Pool } from 'undici';
import { z } from 'zod';
import { AppError, ErrorCode } from '@commerce/errors';
import { currentLogScope, type Logger } from '@commerce/logging';
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
  private readonly pool: Pool;
  private readonly path: string;

  constructor(private readonly options: CatalogProductsOptions) {
    const url = new URL(options.url);
    this.path = `${url.pathname}${url.search}`;
    this.pool = new Pool(url.origin, {
      connections: 4,
      keepAliveTimeout: 4_000,
      connectTimeout: options.timeoutMs,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
  }

  async find(productId: string): Promise<ProductFact | null> {
    const body = await this.post(productId);
    const parsed = answerRule.safeParse(body);
    const entities = parsed.success ? parsed.data.data?._entities : undefined;
    if (!entities || entities.length !== 1) {
      this.options.logger.error(
        { issues: parsed.success ? body : parsed.error.issues },
        'catalog answered without a usable product',
      );
      throw unavailable();
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
    return this.pool.close();
  }

  private async post(productId: string): Promise<unknown> {
    const scope = currentLogScope();
    try {
      const response = await this.pool.request({
        method: 'POST',
        path: this.path,
        headers: {
          'content-type': 'application/json',
          ...(scope ? { traceparent: scope.traceparent, 'x-request-id': scope.requestId } : {}),
        },
        body: JSON.stringify({
          query: ENTITIES_QUERY,
          variables: { r: [{ __typename: 'Product', id: productId }] },
        }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const text = await response.body.text();
      if (response.statusCode !== 200) {
        this.options.logger.error(
          { status: response.statusCode, body: text.slice(0, 500) },
          'catalog answered with an error status',
        );
        throw unavailable();
      }
      return JSON.parse(text);
    } catch (error) {
      if (error instanceof AppError) throw error;
      this.options.logger.error({ err: error, url: this.options.url }, 'catalog unreachable');
      throw unavailable();
    }
  }
}

function unavailable(): AppError {
  return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The product catalog is unavailable, try again shortly');
}
