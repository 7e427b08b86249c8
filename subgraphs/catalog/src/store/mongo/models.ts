import { Connection, Model, Schema } from 'mongoose';
import type { EventEnvelope } from '@commerce/events';
import type { ProductRecord, ReservationRecord } from '../catalog-store';

/**
 * Stock a reservation holds on a product; written in the same document update as the decrement.
 * With `restocked: true` it is instead the mark of a restock: this committed reservation's quantity
 * went back to stock (written in the same update as the increment), so a retried restock skips it.
 */
export interface HoldDoc {
  reservationId: string;
  quantity: number;
  restocked?: boolean;
}

/**
 * A product record under `_id` instead of `id` (status as stored: a string), plus what only this
 * adapter keeps in the document: stock holds and the pending events.
 */
export interface ProductDoc extends Omit<ProductRecord, 'id' | 'status'> {
  _id: string;
  status: string;
  holds: HoldDoc[];
  /** The document's outbox: events written atomically with the state change, removed once published. */
  pendingEvents: EventEnvelope[];
  /** Equality-indexable flag for the relay's scan (FerretDB pushes only equality filters down). */
  hasPendingEvents: boolean;
}

export interface CategoryDoc {
  _id: string;
  name: string;
  slug: string;
  parentId: string | null;
  ancestorIds: string[];
  createdAt: Date;
}

/** A reservation record under `_id` instead of `id`, plus the holds flag only this adapter needs. */
export interface ReservationDoc extends Omit<ReservationRecord, 'id'> {
  _id: string;
  /** False between a commit (or a restock) and the removal of its holds (or marks) from the products. */
  holdsCleared: boolean;
}

/** A lease lock: `_id` is the holder's token, `key` (unique) is what is locked. */
export interface LockDoc {
  _id: string;
  key: string;
  expiresAt: Date;
}

const options = { versionKey: false, autoIndex: false, autoCreate: false, minimize: false } as const;

const productSchema = new Schema<ProductDoc>(
  {
    _id: String,
    sellerId: String,
    categoryId: String,
    categoryIds: [String],
    name: String,
    description: String,
    brand: { type: String, default: null },
    price: { _id: false, amount: Number, currency: String },
    images: [String],
    attributes: [{ _id: false, name: String, value: String }],
    status: String,
    stockAvailable: Number,
    createdAt: Date,
    updatedAt: Date,
    version: Number,
    holds: [{ _id: false, reservationId: String, quantity: Number, restocked: Boolean }],
    pendingEvents: [Schema.Types.Mixed],
    hasPendingEvents: Boolean,
  },
  { ...options, collection: 'products' },
);
// The listing shapes served, as on PostgreSQL: keyset order alone or after one equality.
productSchema.index({ createdAt: -1, _id: -1 });
productSchema.index({ sellerId: 1, createdAt: -1, _id: -1 });
productSchema.index({ status: 1, createdAt: -1, _id: -1 });
productSchema.index({ categoryIds: 1, createdAt: -1, _id: -1 });
productSchema.index({ hasPendingEvents: 1 });

const categorySchema = new Schema<CategoryDoc>(
  {
    _id: String,
    name: String,
    slug: String,
    parentId: { type: String, default: null },
    ancestorIds: [String],
    createdAt: Date,
  },
  { ...options, collection: 'categories' },
);
categorySchema.index({ slug: 1 }, { unique: true });
categorySchema.index({ parentId: 1, name: 1, _id: 1 });

const reservationSchema = new Schema<ReservationDoc>(
  {
    _id: String,
    orderId: { type: String, default: null },
    status: String,
    items: [{ _id: false, productId: String, quantity: Number }],
    requestHash: String,
    rejection: { type: Schema.Types.Mixed, default: null },
    expiresAt: Date,
    createdAt: Date,
    updatedAt: Date,
    holdsCleared: Boolean,
  },
  { ...options, collection: 'reservations' },
);
reservationSchema.index({ status: 1, expiresAt: 1 });

const lockSchema = new Schema<LockDoc>(
  { _id: String, key: String, expiresAt: Date },
  { ...options, collection: 'locks' },
);
lockSchema.index({ key: 1 }, { unique: true });

export interface CatalogModels {
  products: Model<ProductDoc>;
  categories: Model<CategoryDoc>;
  reservations: Model<ReservationDoc>;
  locks: Model<LockDoc>;
}

/** Binds the schemas to one connection (each test database gets its own models). */
export function catalogModels(connection: Connection): CatalogModels {
  return {
    products: connection.model<ProductDoc>('Product', productSchema),
    categories: connection.model<CategoryDoc>('Category', categorySchema),
    reservations: connection.model<ReservationDoc>('Reservation', reservationSchema),
    locks: connection.model<LockDoc>('Lock', lockSchema),
  };
}

/** Creates the collections and their indexes (only plain and unique ones: FerretDB v1 has no others). */
export async function ensureIndexes(models: CatalogModels): Promise<void> {
  for (const model of Object.values(models) as Model<unknown>[]) {
    await model.createCollection().catch((error: { codeName?: string }) => {
      if (error.codeName !== 'NamespaceExists') throw error;
    });
    await model.createIndexes();
  }
}

export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number } | null)?.code === 11000;
}
