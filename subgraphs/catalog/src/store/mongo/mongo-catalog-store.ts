import mongoose, { Connection } from 'mongoose';
import type { EventBus, EventEnvelope } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import { alignByIds } from '../align-by-ids';
import {
  CatalogStore,
  CategoryRecord,
  DuplicateSlugError,
  ProductFilter,
  ProductPosition,
  ProductRecord,
  ProductWrite,
} from '../catalog-store';
import { StoreReservations } from '../reservation-book';
import { DocumentLocks } from './document-lock';
import {
  CatalogModels,
  catalogModels,
  CategoryDoc,
  ensureIndexes,
  isDuplicateKey,
  ProductDoc,
} from './models';
import { MongoReservations } from './mongo-reservations';
import { categoryFromDoc, PRODUCT_FIELDS, productFields, productFromDoc } from './mongo-rows';
import { PendingEventsRelay } from './pending-events-relay';
import { ProductDocuments } from './product-documents';

export interface MongoStoreOptions {
  url: string;
  poolSize: number;
  bus: EventBus;
  logger: Logger;
  lockLeaseMs?: number;
  lockWaitMs?: number;
  relayPollIntervalMs?: number;
}

/** Documents per insertMany in the bulk path. */
const BULK_BATCH = 1000;

/** Connects, creates collections and indexes, and prepares the relay (not started). */
export async function openMongoCatalogStore(options: MongoStoreOptions): Promise<MongoCatalogStore> {
  const connection = await mongoose
    .createConnection(options.url, {
      maxPoolSize: options.poolSize,
      serverSelectionTimeoutMS: 5000,
      // Fail fast instead of queueing operations while disconnected: the caller gets an error it can
      // report (readiness turns false), not a request hanging until a timeout.
      bufferCommands: false,
      autoIndex: false,
      autoCreate: false,
    })
    .asPromise();
  try {
    const models = catalogModels(connection);
    await ensureIndexes(models);
    const info = await connection.db!.admin().command({ buildInfo: 1 });
    return new MongoCatalogStore(connection, models, options, { ferretdb: 'ferretdbVersion' in info });
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw error;
  }
}

/**
 * The catalog on a MongoDB-compatible server (full-stack mode; tested on FerretDB v1.24). Products and
 * categories are documents. Because FerretDB v1 has neither transactions nor atomic single-document
 * updates, every product write goes through `ProductDocuments` (lease lock + version check) and carries
 * its events in the document (`pendingEvents`), published by `PendingEventsRelay`.
 */
export class MongoCatalogStore extends StoreReservations implements CatalogStore {
  readonly kind = 'mongo' as const;
  readonly relay: PendingEventsRelay;
  private readonly documents: ProductDocuments;
  protected readonly reservations: MongoReservations;

  constructor(
    readonly connection: Connection,
    readonly models: CatalogModels,
    options: MongoStoreOptions,
    /** FerretDB v1 evaluates `$in` in Go after reading the whole collection: look ids up one by one. */
    private readonly engine: { ferretdb: boolean },
  ) {
    super();
    const locks = new DocumentLocks(models.locks, {
      leaseMs: options.lockLeaseMs ?? 15_000,
      waitMs: options.lockWaitMs ?? 10_000,
    });
    this.relay = new PendingEventsRelay(models.products, () => this.documents, options.bus, options.logger, {
      pollIntervalMs: options.relayPollIntervalMs,
    });
    this.documents = new ProductDocuments(models.products, locks, () => this.relay.kick());
    this.reservations = new MongoReservations(models.reservations, this.documents, locks);
  }

  async insertCategory(category: CategoryRecord): Promise<void> {
    const { id, ...rest } = category;
    try {
      await this.models.categories.create({ _id: id, ...rest });
    } catch (error) {
      if (isDuplicateKey(error)) throw new DuplicateSlugError(category.slug);
      throw error;
    }
  }

  async findCategoriesByIds(ids: readonly string[]): Promise<(CategoryRecord | null)[]> {
    const docs = await this.byIds<CategoryDoc>(this.models.categories, ids, {});
    return alignByIds(ids, docs.map(categoryFromDoc));
  }

  async findCategoryBySlug(slug: string): Promise<CategoryRecord | null> {
    const doc = await this.models.categories.findOne({ slug }).lean<CategoryDoc>();
    return doc ? categoryFromDoc(doc) : null;
  }

  async listChildCategories(parentIds: readonly (string | null)[]): Promise<CategoryRecord[]> {
    if (parentIds.length === 0) return [];
    const unique = [...new Set(parentIds)];
    // One parent (the common case) is an equality FerretDB can push down to PostgreSQL.
    const filter = unique.length === 1 ? { parentId: unique[0] } : { parentId: { $in: unique } };
    const docs = await this.models.categories.find(filter).sort({ name: 1, _id: 1 }).lean<CategoryDoc[]>();
    return docs.map(categoryFromDoc);
  }

  async insertProduct(product: ProductRecord, events: EventEnvelope[]): Promise<void> {
    await this.models.products.create(productDoc(product, events));
    if (events.length > 0) this.relay.kick();
  }

  async bulkInsertProducts(rows: ProductWrite[]): Promise<number> {
    for (let start = 0; start < rows.length; start += BULK_BATCH) {
      const batch = rows.slice(start, start + BULK_BATCH).map((row) => productDoc(row.product, row.events));
      await this.models.products.insertMany(batch, { lean: true });
    }
    if (rows.some((row) => row.events.length > 0)) this.relay.kick();
    return rows.length;
  }

  async findProductsByIds(ids: readonly string[]): Promise<(ProductRecord | null)[]> {
    const docs = await this.byIds<ProductDoc>(this.models.products, ids, PRODUCT_FIELDS);
    return alignByIds(ids, docs.map(productFromDoc));
  }

  async mutateProduct(
    id: string,
    decide: (current: ProductRecord) => Promise<ProductWrite | null>,
  ): Promise<ProductRecord | null> {
    let result: ProductRecord | null = null;
    const doc = await this.documents.update(id, async (current) => {
      const record = productFromDoc(current);
      const write = await decide(record);
      if (!write) {
        result = record;
        return null;
      }
      result = { ...write.product, id, version: current.version + 1 };
      return { set: productFields(write.product), events: write.events };
    });
    return doc ? result : null;
  }

  async listProducts(
    filter: ProductFilter,
    after: ProductPosition | null,
    limit: number,
  ): Promise<ProductRecord[]> {
    const query: Record<string, unknown> = this.filter(filter);
    if (after) {
      query.$or = [
        { createdAt: { $lt: after.createdAt } },
        { createdAt: after.createdAt, _id: { $lt: after.id } },
      ];
    }
    const docs = await this.models.products
      .find(query, PRODUCT_FIELDS)
      .sort({ createdAt: -1, _id: -1 })
      .limit(limit)
      .lean<ProductDoc[]>();
    return docs.map(productFromDoc);
  }

  countProducts(filter: ProductFilter): Promise<number> {
    // exec(): a real promise; a mongoose Query is a thenable that runs again on every `then`.
    return this.models.products.countDocuments(this.filter(filter)).exec();
  }

  async exportProducts(afterId: string | null, limit: number): Promise<ProductRecord[]> {
    const docs = await this.models.products
      .find(afterId ? { _id: { $gt: afterId } } : {}, PRODUCT_FIELDS)
      .sort({ _id: 1 })
      .limit(limit)
      .lean<ProductDoc[]>();
    return docs.map(productFromDoc);
  }

  async isReachable(): Promise<boolean> {
    try {
      await this.connection.db!.admin().command({ ping: 1 });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  /** Only equalities: the filters FerretDB v1 pushes down to PostgreSQL (and MongoDB indexes). */
  private filter(filter: ProductFilter): Record<string, unknown> {
    const query: Record<string, unknown> = {};
    if (filter.sellerId) query.sellerId = filter.sellerId;
    if (filter.status) query.status = filter.status;
    // categoryIds holds the path root..category: equality on an array matches any element.
    if (filter.categoryId) query.categoryIds = filter.categoryId;
    return query;
  }

  private async byIds<T>(model: mongoose.Model<T>, ids: readonly string[], fields: object): Promise<T[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    if (!this.engine.ferretdb)
      return model
        .find({ _id: { $in: unique } }, fields)
        .lean<T[]>()
        .exec();
    const found = await Promise.all(unique.map((id) => model.findById(id, fields).lean<T>()));
    return found.filter((doc): doc is NonNullable<typeof doc> => doc !== null);
  }
}

function productDoc(product: ProductRecord, events: EventEnvelope[]): ProductDoc {
  return {
    _id: product.id,
    ...productFields(product),
    version: product.version,
    holds: [],
    pendingEvents: events,
    hasPendingEvents: events.length > 0,
  };
}
