import { createHash } from 'node:crypto';
import type { ReservationItem, ReservationRecord } from './catalog-store';

/**
 * The reservation state machine, shared by both store adapters so they cannot drift apart:
 *
 *   PENDING -> RESERVED | REJECTED        (reserve: all items taken, or none)
 *   RESERVED -> COMMITTED                 (commit before expiry; stock stays taken for the order)
 *   RESERVED -> RELEASED | EXPIRED        (release, or the sweeper / a late commit after expiry)
 *   COMMITTED -> RESTOCKED                (restock: a paid order cancelled, its stock goes back once)
 *
 * RELEASED, EXPIRED, REJECTED and RESTOCKED are terminal. A restock of a reservation that was never
 * committed (RESERVED, PENDING) releases it instead (-> RELEASED).
 *
 * PENDING only exists on stores without transactions while a reservation is being taken item by item.
 */

/** Items in the canonical order (by productId): locks are always taken in this order, no deadlocks. */
export function canonicalItems(items: readonly ReservationItem[]): ReservationItem[] {
  return [...items]
    .map((item) => ({ productId: item.productId, quantity: item.quantity }))
    .sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0));
}

/** Fingerprint of a reservation request, so a reused reservationId with other content is detected. */
export function reservationRequestHash(orderId: string | null, items: readonly ReservationItem[]): string {
  const canonical = JSON.stringify([orderId, canonicalItems(items).map((i) => [i.productId, i.quantity])]);
  return createHash('sha256').update(canonical).digest('hex');
}

export type CommitDecision = 'commit' | 'unchanged' | 'expire' | 'refuse';

/** Commit keeps the stock taken; a reservation past its expiry is expired instead (stock returned). */
export function decideCommit(reservation: ReservationRecord, now: Date): CommitDecision {
  switch (reservation.status) {
    case 'COMMITTED':
      return 'unchanged';
    case 'RESERVED':
      return reservation.expiresAt.getTime() <= now.getTime() ? 'expire' : 'commit';
    case 'PENDING':
      return 'expire';
    default:
      return 'refuse';
  }
}

export type ReleaseDecision = 'release' | 'unchanged' | 'refuse';

/** Release returns stock once; a committed reservation belongs to a paid order and cannot be released. */
export function decideRelease(reservation: ReservationRecord): ReleaseDecision {
  switch (reservation.status) {
    case 'RESERVED':
    case 'PENDING':
      return 'release';
    case 'COMMITTED':
      return 'refuse';
    default:
      return 'unchanged';
  }
}

/** True when the sweeper should expire it: still holding stock and past its expiry. */
export function isDue(reservation: Pick<ReservationRecord, 'status' | 'expiresAt'>, now: Date): boolean {
  return (
    (reservation.status === 'RESERVED' || reservation.status === 'PENDING') &&
    reservation.expiresAt.getTime() <= now.getTime()
  );
}

export type RestockDecision = 'restock' | 'release' | 'unchanged';

/**
 * Restock returns a committed reservation's stock once (-> RESTOCKED); one never committed is released
 * like `decideRelease` would; a terminal one (already restocked, released, expired, rejected) is left
 * as it is.
 */
export function decideRestock(reservation: ReservationRecord): RestockDecision {
  switch (reservation.status) {
    case 'COMMITTED':
      return 'restock';
    case 'RESERVED':
    case 'PENDING':
      return 'release';
    default:
      return 'unchanged';
  }
}

/**
 * What `release` stores for an id it has never seen: a RELEASED reservation without items, so a
 * `reserve` arriving late with that id finds it and takes no stock.
 */
export function releasedTombstone(id: string, now: Date): ReservationRecord {
  return {
    id,
    orderId: null,
    status: 'RELEASED',
    items: [],
    requestHash: '',
    rejection: null,
    expiresAt: now,
    createdAt: now,
    updatedAt: now,
  };
}
