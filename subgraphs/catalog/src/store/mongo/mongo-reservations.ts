import type { Model } from 'mongoose';
import { inventoryChangedEvent } from '../../product/product.events';
import type {
  ReservationItem,
  ReservationRecord,
  ReservationRejection,
  ReservationRequest,
  ReservationStatus,
} from '../catalog-store';
import type { ReservationBook } from '../reservation-book';
import {
  releasedTombstone,
  canonicalItems,
  decideCommit,
  decideRelease,
  decideRestock,
  isDue,
} from '../reservation-rules';
import { DocumentLocks, reservationLockKey } from './document-lock';
import type { ReservationDoc } from './models';
import { reservationFromDoc } from './mongo-rows';
import type { ProductDocuments } from './product-documents';

/** Committed reservations whose holds are still on products after this long are cleaned by the sweeper. */
const HOLD_CLEANUP_AFTER_MS = 60_000;

/**
 * Reservations without multi-document transactions. A reservation is taken item by item under each
 * product's lock; the decrement and a *hold* `{reservationId, quantity}` are one document write, so
 * the product itself records whether this reservation's stock was taken. That makes every step
 * idempotent: a retried or resumed reservation skips items it already holds, and release/expiry give
 * back exactly the holds that exist, once. When an item cannot be taken, the items taken so far are
 * given back before the reservation is marked REJECTED (all-or-nothing by compensation).
 * The reservation document itself is only written under the reservation's lock.
 */
export class MongoReservations implements ReservationBook {
  constructor(
    private readonly reservations: Model<ReservationDoc>,
    private readonly products: ProductDocuments,
    private readonly locks: DocumentLocks,
  ) {}

  reserve(request: ReservationRequest, now: Date): Promise<ReservationRecord> {
    return this.locks.withLock(reservationLockKey(request.id), async () => {
      let reservation = await this.find(request.id);
      if (
        reservation &&
        (reservation.status !== 'PENDING' || reservation.requestHash !== request.requestHash)
      ) {
        return reservation; // the stored answer (the caller compares the request hash)
      }
      if (!reservation) {
        reservation = {
          ...request,
          items: canonicalItems(request.items),
          status: 'PENDING',
          rejection: null,
          createdAt: now,
          updatedAt: now,
        };
        await this.reservations.create({ ...toDoc(reservation), holdsCleared: true });
      }
      for (const item of reservation.items) {
        const rejection = await this.take(reservation.id, item, now);
        if (rejection) {
          await this.giveBackAll(reservation, 'release', now);
          return this.setStatus(reservation, 'REJECTED', now, { rejection });
        }
      }
      return this.setStatus(reservation, 'RESERVED', now);
    });
  }

  commit(id: string, now: Date): Promise<ReservationRecord | null> {
    return this.locks.withLock(reservationLockKey(id), async () => {
      const doc = await this.reservations.findById(id).lean<ReservationDoc>();
      if (!doc) return null;
      const reservation = reservationFromDoc(doc);
      const decision = decideCommit(reservation, now);
      if (decision === 'expire') {
        await this.giveBackAll(reservation, 'expiry', now);
        return this.setStatus(reservation, 'EXPIRED', now);
      }
      if (decision === 'refuse') return reservation;
      const committed =
        decision === 'commit'
          ? await this.setStatus(reservation, 'COMMITTED', now, { holdsCleared: false })
          : reservation;
      if (decision === 'commit' || !doc.holdsCleared) await this.clearHolds(committed, now);
      return committed;
    });
  }

  release(id: string, now: Date): Promise<ReservationRecord> {
    return this.locks.withLock(reservationLockKey(id), async () => {
      const reservation = await this.find(id);
      if (!reservation) {
        const tombstone = releasedTombstone(id, now);
        await this.reservations.create({ ...toDoc(tombstone), holdsCleared: true });
        return tombstone;
      }
      if (decideRelease(reservation) !== 'release') return reservation;
      await this.giveBackAll(reservation, 'release', now);
      return this.setStatus(reservation, 'RELEASED', now);
    });
  }

  /**
   * A committed reservation's stock goes back, item by item under each product's lock: the increment
   * and a restock mark (a hold with `restocked: true`) are one document write, so a retry after a crash
   * skips products already restocked. Then RESTOCKED, then the marks are dropped (as after a commit).
   * A never committed reservation is released (its holds given back); a terminal one is unchanged.
   * Everything runs under the reservation's lock: concurrent restocks queue and see RESTOCKED.
   */
  restock(id: string, now: Date): Promise<ReservationRecord | null> {
    return this.locks.withLock(reservationLockKey(id), async () => {
      const doc = await this.reservations.findById(id).lean<ReservationDoc>();
      if (!doc) return null;
      const reservation = reservationFromDoc(doc);
      const decision = decideRestock(reservation);
      if (decision === 'release') {
        await this.giveBackAll(reservation, 'release', now);
        return this.setStatus(reservation, 'RELEASED', now);
      }
      if (decision === 'restock') {
        await this.restockAll(reservation, now);
        const restocked = await this.setStatus(reservation, 'RESTOCKED', now, { holdsCleared: false });
        await this.clearHolds(restocked, now);
        return restocked;
      }
      // An earlier restock stopped before dropping its marks: finish it.
      if (reservation.status === 'RESTOCKED' && !doc.holdsCleared) await this.clearHolds(reservation, now);
      return reservation;
    });
  }

  /**
   * Expires due reservations and finishes commits whose hold cleanup was interrupted. Queries use
   * status equality only (FerretDB v1 pushes nothing else down to PostgreSQL); dates are filtered after.
   */
  async expireDue(now: Date, limit: number): Promise<number> {
    let expired = 0;
    for (const status of ['RESERVED', 'PENDING'] as const) {
      const candidates = await this.reservations
        .find({ status, expiresAt: { $lte: now } }, { _id: 1 })
        .limit(limit - expired)
        .lean();
      for (const { _id } of candidates) {
        const done = await this.locks.withLock(reservationLockKey(_id), async () => {
          const reservation = await this.find(_id);
          if (!reservation || !isDue(reservation, now)) return false;
          await this.giveBackAll(reservation, 'expiry', now);
          await this.setStatus(reservation, 'EXPIRED', now);
          return true;
        });
        if (done) expired++;
      }
      if (expired >= limit) return expired;
    }
    const stale = new Date(now.getTime() - HOLD_CLEANUP_AFTER_MS);
    const uncleared = await this.reservations
      .find({ status: 'COMMITTED', holdsCleared: false, updatedAt: { $lte: stale } }, { _id: 1 })
      .limit(limit)
      .lean();
    for (const { _id } of uncleared) await this.commit(_id, now);
    const unmarked = await this.reservations
      .find({ status: 'RESTOCKED', holdsCleared: false, updatedAt: { $lte: stale } }, { _id: 1 })
      .limit(limit)
      .lean();
    for (const { _id } of unmarked) await this.restock(_id, now);
    return expired;
  }

  async find(id: string): Promise<ReservationRecord | null> {
    const doc = await this.reservations.findById(id).lean<ReservationDoc>();
    return doc ? reservationFromDoc(doc) : null;
  }

  /** Takes one item's stock and records the hold; null when taken (or already held), else why not. */
  private async take(
    reservationId: string,
    item: ReservationItem,
    now: Date,
  ): Promise<ReservationRejection | null> {
    let rejection: ReservationRejection | null = null;
    const product = await this.products.update(item.productId, async (doc) => {
      if ((doc.holds ?? []).some((hold) => hold.reservationId === reservationId)) return null;
      const available = doc.status === 'ACTIVE' ? doc.stockAvailable : 0;
      if (available < item.quantity) {
        rejection = { code: 'OUT_OF_STOCK', productId: item.productId, available };
        return null;
      }
      const stockAvailable = doc.stockAvailable - item.quantity;
      return {
        set: { stockAvailable, updatedAt: now },
        holds: [...(doc.holds ?? []), { reservationId, quantity: item.quantity }],
        events: [
          inventoryChangedEvent({
            productId: item.productId,
            stockAvailable,
            delta: -item.quantity,
            reason: 'reservation',
            reservationId,
          }),
        ],
      };
    });
    if (!product) return { code: 'NOT_FOUND', productId: item.productId, available: 0 };
    return rejection;
  }

  /** Gives back the stock of every hold this reservation still has; a missing hold was given back already. */
  private async giveBackAll(reservation: ReservationRecord, reason: 'release' | 'expiry', now: Date) {
    for (const item of reservation.items) {
      await this.products.update(item.productId, async (doc) => {
        const hold = (doc.holds ?? []).find((h) => h.reservationId === reservation.id && !h.restocked);
        if (!hold) return null;
        const stockAvailable = doc.stockAvailable + hold.quantity;
        return {
          set: { stockAvailable, updatedAt: now },
          holds: doc.holds.filter((h) => h !== hold),
          events: [
            inventoryChangedEvent({
              productId: item.productId,
              stockAvailable,
              delta: hold.quantity,
              reason,
              reservationId: reservation.id,
            }),
          ],
        };
      });
    }
  }

  /**
   * Returns a committed reservation's quantities once per product: a product already carrying this
   * reservation's restock mark is skipped; a hold left by an interrupted commit cleanup is replaced by
   * the mark (it is the same stock, taken once).
   */
  private async restockAll(reservation: ReservationRecord, now: Date): Promise<void> {
    for (const item of reservation.items) {
      await this.products.update(item.productId, async (doc) => {
        const holds = doc.holds ?? [];
        if (holds.some((h) => h.reservationId === reservation.id && h.restocked)) return null;
        const stockAvailable = doc.stockAvailable + item.quantity;
        return {
          set: { stockAvailable, updatedAt: now },
          holds: [
            ...holds.filter((h) => h.reservationId !== reservation.id),
            { reservationId: reservation.id, quantity: item.quantity, restocked: true },
          ],
          events: [
            inventoryChangedEvent({
              productId: item.productId,
              stockAvailable,
              delta: item.quantity,
              reason: 'restock',
              reservationId: reservation.id,
            }),
          ],
        };
      });
    }
  }

  /**
   * After a commit the stock stays taken; the holds are only bookkeeping and are dropped. After a
   * restock the marks are dropped the same way.
   */
  private async clearHolds(reservation: ReservationRecord, now: Date): Promise<void> {
    // Restock marks are only dropped once RESTOCKED: until then they are what prevents a second return.
    const marksToo = reservation.status === 'RESTOCKED';
    for (const item of reservation.items) {
      await this.products.update(item.productId, async (doc) => {
        const holds = (doc.holds ?? []).filter(
          (h) => h.reservationId !== reservation.id || (h.restocked === true && !marksToo),
        );
        return holds.length === (doc.holds ?? []).length ? null : { holds };
      });
    }
    await this.reservations.updateOne(
      { _id: reservation.id },
      { $set: { holdsCleared: true, updatedAt: now } },
    );
  }

  private async setStatus(
    reservation: ReservationRecord,
    status: ReservationStatus,
    now: Date,
    extra: { rejection?: ReservationRejection; holdsCleared?: boolean } = {},
  ): Promise<ReservationRecord> {
    const rejection = extra.rejection ?? reservation.rejection;
    await this.reservations.updateOne(
      { _id: reservation.id },
      {
        $set: {
          status,
          updatedAt: now,
          rejection,
          ...(extra.holdsCleared === undefined ? {} : { holdsCleared: extra.holdsCleared }),
        },
      },
    );
    return { ...reservation, status, rejection, updatedAt: now };
  }
}

function toDoc(record: ReservationRecord): Omit<ReservationDoc, 'holdsCleared'> {
  const { id, ...rest } = record;
  return { _id: id, ...rest };
}
