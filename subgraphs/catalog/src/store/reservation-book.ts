import type { ReservationRecord, ReservationRequest } from './catalog-store';

/**
 * The reservation half of a catalog adapter (MongoReservations, PostgresReservations): what
 * `CatalogStore` promises about reservations, under shorter names, without the product side.
 */
export interface ReservationBook {
  reserve(request: ReservationRequest, now: Date): Promise<ReservationRecord>;
  commit(id: string, now: Date): Promise<ReservationRecord | null>;
  release(id: string, now: Date): Promise<ReservationRecord>;
  restock(id: string, now: Date): Promise<ReservationRecord | null>;
  find(id: string): Promise<ReservationRecord | null>;
  expireDue(now: Date, limit: number): Promise<number>;
}

/**
 * The reservation methods of `CatalogStore`, answered by the adapter's `ReservationBook`: every
 * adapter hands them over unchanged, so they are written once here instead of once per adapter.
 */
export abstract class StoreReservations {
  protected abstract readonly reservations: ReservationBook;

  reserve(request: ReservationRequest, now: Date): Promise<ReservationRecord> {
    return this.reservations.reserve(request, now);
  }

  commitReservation(id: string, now: Date): Promise<ReservationRecord | null> {
    return this.reservations.commit(id, now);
  }

  releaseReservation(id: string, now: Date): Promise<ReservationRecord> {
    return this.reservations.release(id, now);
  }

  restockReservation(id: string, now: Date): Promise<ReservationRecord | null> {
    return this.reservations.restock(id, now);
  }

  findReservation(id: string): Promise<ReservationRecord | null> {
    return this.reservations.find(id);
  }

  expireReservations(now: Date, limit: number): Promise<number> {
    return this.reservations.expireDue(now, limit);
  }
}
