import type { Model } from 'mongoose';
import type { EventEnvelope } from '@commerce/events';
import { DocumentLocks, LostLockError, productLockKey } from './document-lock';
import type { HoldDoc, ProductDoc } from './models';
import type { productFields } from './mongo-rows';

/** What a locked write changes on a product document. */
export interface ProductDocChange {
  set?: Partial<ReturnType<typeof productFields>>;
  holds?: HoldDoc[];
  /** Appended to the document's outbox in the same write. */
  events?: EventEnvelope[];
  /** Removed from the document's outbox (the relay, once they are published). */
  publishedEventIds?: ReadonlySet<string>;
}

/**
 * The only way product documents change after their insert: under the document's lock, read, decide,
 * write the whole document back guarded by its version. Events ride in the same document write (its
 * `pendingEvents`), which is what makes them atomic with the state change on a store without
 * multi-document transactions.
 */
export class ProductDocuments {
  constructor(
    private readonly products: Model<ProductDoc>,
    private readonly locks: DocumentLocks,
    private readonly onEvents: () => void,
  ) {}

  /** Null when the product does not exist; `decide` returning null writes nothing. */
  async update(
    id: string,
    decide: (doc: ProductDoc) => Promise<ProductDocChange | null>,
  ): Promise<ProductDoc | null> {
    const written = await this.locks.withLock(productLockKey(id), async () => {
      const doc = await this.products.findById(id).lean<ProductDoc>();
      if (!doc) return null;
      const change = await decide(doc);
      if (!change) return { doc, evented: false };
      const published = change.publishedEventIds;
      const pendingEvents = [
        ...(doc.pendingEvents ?? []).filter((event) => !published?.has(event.id)),
        ...(change.events ?? []),
      ];
      const next: ProductDoc = {
        ...doc,
        ...change.set,
        holds: change.holds ?? doc.holds ?? [],
        pendingEvents,
        hasPendingEvents: pendingEvents.length > 0,
        version: doc.version + 1,
      };
      const result = await this.products.replaceOne({ _id: id, version: doc.version }, next);
      if (result.matchedCount !== 1) throw new LostLockError(productLockKey(id));
      return { doc: next, evented: (change.events?.length ?? 0) > 0 };
    });
    if (written?.evented) this.onEvents();
    return written?.doc ?? null;
  }
}
