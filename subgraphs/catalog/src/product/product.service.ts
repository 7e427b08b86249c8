import { randomUUID } from 'node:crypto';
import type { ProductSnapshot, RouteAnswer, ExportProducts } from '@commerce/contracts';
import { requireOwnerOrAdmin, requireUser, RequestContext } from '@commerce/auth';
import { conflict, notFound } from '@commerce/errors';
import type { EventEnvelope } from '@commerce/events';
import type { CategoryService } from '../category/category.service';
import type { CatalogStore, CategoryRecord, ProductRecord, ProductWrite } from '../store/catalog-store';
import { ProductStatus } from '../store/catalog-store';
import { requireUuid, validate } from '../validation';
import { listingFilter, ProductFilterInput } from './product-access';
import { decodeExportCursor, decodeProductCursor, encodeExportCursor, takePage } from './product-cursor';
import { ImportedProduct, importProducts, ImportOptions } from './product-import';
import { newProductRecord } from './new-product';
import { productSnapshot } from './product-snapshot';
import { applyUpdate } from './product-update';
import { inventoryChangedEvent, productCreatedEvent, productUpdatedEvent } from './product.events';
import { adjustInventoryRule, createProductRule, updateProductRule } from './product.validation';

/** A page of the `products` connection; `count` runs only when `totalCount` is asked for. */
export interface ProductPage {
  items: ProductRecord[];
  hasNextPage: boolean;
  count: () => Promise<number>;
}

/** Products: listing, creation by sellers, edits and stock adjustments by their owner (or ADMIN). */
export class ProductService {
  constructor(
    private readonly store: CatalogStore,
    private readonly categories: CategoryService,
  ) {}

  /** One store query for many ids; one entry per id, in order, null where unknown. */
  findByIds(ids: readonly string[]): Promise<(ProductRecord | null)[]> {
    return this.store.findProductsByIds(ids);
  }

  async list(
    ctx: RequestContext,
    filterInput: ProductFilterInput | null | undefined,
    limit: number,
    after: string | null | undefined,
  ): Promise<ProductPage> {
    const filter = listingFilter(ctx, filterInput);
    const position = decodeProductCursor(after);
    const rows = await this.store.listProducts(filter, position, limit + 1);
    return { ...takePage(rows, limit), count: () => this.store.countProducts(filter) };
  }

  /** SELLER only (checked by the resolver): the caller becomes the product's seller. */
  async create(ctx: RequestContext, raw: unknown): Promise<ProductRecord> {
    const seller = requireUser(ctx);
    const input = validate(createProductRule, raw);
    const path = await this.categories.pathTo(input.categoryId, 'categoryId');
    const product = newProductRecord(input, {
      id: randomUUID(),
      sellerId: seller.id,
      path,
      createdAt: new Date(),
    });
    await this.store.insertProduct(product, [productCreatedEvent(productSnapshot(product, byId(path)))]);
    return product;
  }

  async update(ctx: RequestContext, id: string, raw: unknown): Promise<ProductRecord> {
    requireUuid(id, 'id');
    const input = validate(updateProductRule, raw);
    const newPath = input.categoryId ? await this.categories.pathTo(input.categoryId, 'categoryId') : null;
    return this.mutate(ctx, id, async (current, categories) => {
      const next = applyUpdate(current, input, newPath);
      return next ? this.withSnapshotEvent(next, newPath ? byId(newPath) : categories) : null;
    });
  }

  /** Idempotent: archiving an archived product changes nothing and publishes nothing. */
  archive(ctx: RequestContext, id: string): Promise<ProductRecord> {
    requireUuid(id, 'id');
    return this.mutate(ctx, id, async (current, categories) => {
      if (current.status === ProductStatus.ARCHIVED) return null;
      return this.withSnapshotEvent({ ...current, status: ProductStatus.ARCHIVED }, categories);
    });
  }

  /**
   * A seller's manual stock correction (a delivery, a count). Going below zero is refused with
   * CONFLICT naming the stock there is: the request contradicts the current state, it is not a buyer
   * running out of stock (OUT_OF_STOCK is the reservations' answer).
   */
  adjustInventory(ctx: RequestContext, raw: { productId: string; delta: number; reason?: string | null }) {
    const input = validate(adjustInventoryRule, raw);
    return this.mutate(ctx, input.productId, async (current) => {
      const stockAvailable = current.stockAvailable + input.delta;
      if (stockAvailable < 0) {
        throw conflict(`stock cannot go below zero (available: ${current.stockAvailable})`, {
          field: 'delta',
          stockAvailable: current.stockAvailable,
        });
      }
      const reason = input.reason ? `adjustment: ${input.reason}` : 'adjustment';
      return {
        product: { ...current, stockAvailable, updatedAt: new Date() },
        events: [
          inventoryChangedEvent({ productId: current.id, stockAvailable, delta: input.delta, reason }),
        ],
      };
    });
  }

  /** Seed path (trusted callers only, not exposed through GraphQL): see `importProducts`. */
  bulkImport(rows: readonly ImportedProduct[], options: ImportOptions): Promise<number> {
    return importProducts(this.store, rows, options);
  }

  /** Reindex export: snapshots in id order; `nextCursor` is null on the last page. */
  async exportSnapshots(
    after: string | null | undefined,
    limit: number,
  ): Promise<RouteAnswer<typeof ExportProducts>> {
    const rows = await this.store.exportProducts(decodeExportCursor(after), limit + 1);
    const page = takePage(rows, limit);
    const ids = [...new Set(page.items.flatMap((p) => p.categoryIds))];
    const categories = byId((await this.categories.findByIds(ids)).filter(isPresent));
    const items: ProductSnapshot[] = page.items.map((p) => productSnapshot(p, categories));
    const last = page.items[page.items.length - 1];
    return { items, nextCursor: page.hasNextPage && last ? encodeExportCursor(last.id) : null };
  }

  /** Runs a change on the current product; only its seller or an admin may change it. */
  /**
   * Everything `decide` needs from outside the product (its category path, for the event snapshot) is
   * read BEFORE the store takes the product's lock: inside it, the PostgreSQL adapter holds a pooled
   * connection, and a second pool checkout per write starves the pool under concurrency (each holder
   * waiting for a connection another holder keeps).
   */
  private async mutate(
    ctx: RequestContext,
    id: string,
    decide: (current: ProductRecord, categories: Map<string, CategoryRecord>) => Promise<ProductWrite | null>,
  ): Promise<ProductRecord> {
    requireUser(ctx);
    const [before] = await this.store.findProductsByIds([id.toLowerCase()]);
    if (!before) throw notFound('Product');
    const categories = byId((await this.categories.findByIds(before.categoryIds)).filter(isPresent));
    const result = await this.store.mutateProduct(id.toLowerCase(), async (current) => {
      requireOwnerOrAdmin(ctx, current.sellerId);
      return decide(current, categories);
    });
    if (!result) throw notFound('Product');
    return result;
  }

  private async withSnapshotEvent(
    next: ProductRecord,
    categories: Map<string, CategoryRecord>,
  ): Promise<ProductWrite> {
    if (next.categoryIds.some((categoryId) => !categories.has(categoryId))) {
      // Moved to another category between our read and the lock: the caller may simply retry.
      throw conflict('The product changed while it was being updated; retry', { retryable: true });
    }
    const product = { ...next, updatedAt: new Date() };
    const events: EventEnvelope[] = [productUpdatedEvent(productSnapshot(product, categories))];
    return { product, events };
  }
}

function byId(categories: CategoryRecord[]): Map<string, CategoryRecord> {
  return new Map(categories.map((c) => [c.id, c]));
}

function isPresent<T>(value: T | null): value is T {
  return value !== null;
}
