import { ErrorCode } from '@commerce/errors';
import type { InternalClient } from '@commerce/http';

export interface StockLine {
  productId: string;
  quantity: number;
}

export interface Reservation {
  reservationId: string;
  status: string;
  expiresAt: string;
}

/**
 * Catalog's inventory, as the checkout saga needs it. Every call is idempotent by reservationId.
 * Refusals: OUT_OF_STOCK on reserve (details: productId, available), CONFLICT on a commit after the
 * reservation was released or expired.
 */
export interface CatalogPort {
  reserve(
    request: { reservationId: string; orderId: string; items: StockLine[]; ttlSeconds: number },
    signal?: AbortSignal,
  ): Promise<Reservation>;
  commit(reservationId: string, signal?: AbortSignal): Promise<void>;
  /** Gives back the stock of a reservation that was not committed. Unknown ids count as released. */
  release(reservationId: string, signal?: AbortSignal): Promise<void>;
  /** Gives back the stock of a committed reservation (a paid order cancelled before shipping). */
  restock(reservationId: string, signal?: AbortSignal): Promise<void>;
}

/** {@link CatalogPort} over catalog's internal HTTP endpoints. */
export class HttpCatalog implements CatalogPort {
  constructor(private readonly http: InternalClient) {}

  async reserve(
    request: { reservationId: string; orderId: string; items: StockLine[]; ttlSeconds: number },
    signal?: AbortSignal,
  ): Promise<Reservation> {
    const path = '/inventory/reservations';
    const answer = await this.http.post(path, request, signal);
    if (answer.status === 200) return answer.body as Reservation;
    if (answer.status === 409) throw this.http.refusal(answer, ErrorCode.OUT_OF_STOCK);
    throw this.http.unexpected(path, answer);
  }

  commit(reservationId: string, signal?: AbortSignal): Promise<void> {
    return this.call('/inventory/reservations/commit', reservationId, signal);
  }

  release(reservationId: string, signal?: AbortSignal): Promise<void> {
    return this.call('/inventory/reservations/release', reservationId, signal, true);
  }

  restock(reservationId: string, signal?: AbortSignal): Promise<void> {
    return this.call('/inventory/restock', reservationId, signal, true);
  }

  private async call(path: string, reservationId: string, signal?: AbortSignal, unknownIsDone = false) {
    const answer = await this.http.post(path, { reservationId }, signal);
    if (answer.status === 200) return;
    // Nothing was ever reserved under this id (the reserve call never arrived): nothing to give back.
    if (answer.status === 404 && unknownIsDone) return;
    if (answer.status === 409) throw this.http.refusal(answer, ErrorCode.CONFLICT);
    throw this.http.unexpected(path, answer);
  }
}
