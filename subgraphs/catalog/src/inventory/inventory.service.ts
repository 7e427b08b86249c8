import { AppError, conflict, ErrorCode, notFound } from '@commerce/errors';
import type { CatalogStore, ReservationRecord } from '../store/catalog-store';
import { canonicalItems, reservationRequestHash } from '../store/reservation-rules';
import { validate } from '../validation';
import { reservationIdRule, reserveRequestRule } from './reservation.validation';

export interface InventoryOptions {
  defaultTtlSeconds: number;
  maxTtlSeconds: number;
}

/** A reservation that could not be made: which product, and how much of it there is. */
export class ReservationRejectedError extends AppError {
  constructor(
    code: 'OUT_OF_STOCK' | 'NOT_FOUND',
    readonly productId: string,
    readonly available: number,
  ) {
    super(
      code === 'OUT_OF_STOCK' ? ErrorCode.OUT_OF_STOCK : ErrorCode.NOT_FOUND,
      code === 'OUT_OF_STOCK' ? `Not enough stock of product ${productId}` : `Product ${productId} not found`,
      { productId, available },
    );
  }
}

/**
 * Stock reservations for the orders service (internal HTTP API). The store does the all-or-nothing,
 * idempotent work; this service validates requests and turns stored outcomes into answers:
 * a retry gets the answer the first attempt got, a reused id with another request is a CONFLICT.
 */
export class InventoryService {
  private readonly reserveRule;

  constructor(
    private readonly store: CatalogStore,
    private readonly options: InventoryOptions,
  ) {
    this.reserveRule = reserveRequestRule(options.maxTtlSeconds);
  }

  async reserve(body: unknown, now = new Date()): Promise<ReservationRecord> {
    const input = validate(this.reserveRule, body);
    const items = canonicalItems(input.items.map((i) => ({ ...i, productId: i.productId.toLowerCase() })));
    const orderId = input.orderId ?? null;
    const requestHash = reservationRequestHash(orderId, items);
    const ttlSeconds = input.ttlSeconds ?? this.options.defaultTtlSeconds;
    const reservation = await this.store.reserve(
      {
        id: input.reservationId.toLowerCase(),
        orderId,
        items,
        requestHash,
        expiresAt: new Date(now.getTime() + ttlSeconds * 1000),
      },
      now,
    );
    if (reservation.requestHash !== requestHash) {
      throw conflict('reservationId was already used for another request', { status: reservation.status });
    }
    if (reservation.status === 'REJECTED' && reservation.rejection) {
      const { code, productId, available } = reservation.rejection;
      throw new ReservationRejectedError(code, productId, available);
    }
    if (reservation.status !== 'RESERVED' && reservation.status !== 'COMMITTED') {
      throw conflict(`reservation is ${reservation.status}`, { status: reservation.status });
    }
    return reservation;
  }

  /** Idempotent; CONFLICT once the reservation was released or expired. */
  async commit(body: unknown, now = new Date()): Promise<ReservationRecord> {
    const { reservationId } = validate(reservationIdRule, body);
    const reservation = await this.store.commitReservation(reservationId.toLowerCase(), now);
    if (!reservation) throw notFound('Reservation');
    if (reservation.status !== 'COMMITTED') {
      throw conflict(`reservation is ${reservation.status}`, { status: reservation.status });
    }
    return reservation;
  }

  /** Idempotent; gives stock back once; CONFLICT for a committed reservation. */
  async release(body: unknown, now = new Date()): Promise<ReservationRecord> {
    const { reservationId } = validate(reservationIdRule, body);
    const reservation = await this.store.releaseReservation(reservationId.toLowerCase(), now);
    if (reservation.status === 'COMMITTED') {
      throw conflict('reservation is COMMITTED; a paid order is refunded, not released', {
        status: reservation.status,
      });
    }
    return reservation;
  }

  /**
   * A paid order cancelled or refunded: a COMMITTED reservation's stock goes back once (RESTOCKED); one
   * never committed is released; an already restocked, released or expired one answers as it is.
   * Idempotent; NOT_FOUND for an unknown id (nothing was ever taken under it).
   */
  async restock(body: unknown, now = new Date()): Promise<ReservationRecord> {
    const { reservationId } = validate(reservationIdRule, body);
    const reservation = await this.store.restockReservation(reservationId.toLowerCase(), now);
    if (!reservation) throw notFound('Reservation');
    return reservation;
  }

  /** The sweeper's work: expire due reservations in batches until none is left. */
  async expireDue(now = new Date(), batch = 500): Promise<number> {
    let total = 0;
    for (;;) {
      const expired = await this.store.expireReservations(now, batch);
      total += expired;
      if (expired < batch) return total;
    }
  }
}
