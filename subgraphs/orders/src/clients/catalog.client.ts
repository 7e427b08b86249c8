import {
  CommitReservation,
  ReleaseReservation,
  ReserveStock,
  RestockReservation,
  type RouteContract,
  type RouteRequest,
  type RouteResponse,
} from '@commerce/contracts';
import { ErrorCode } from '@commerce/errors';
import type { InternalClient } from '@commerce/http';
import { contractAnswer } from './contract-answer';

/** A product and how many of it to hold. */
export type StockLine = RouteRequest<typeof ReserveStock>['items'][number];

/**
 * Catalog's inventory, as the checkout saga needs it (@commerce/contracts catalog.ts). Every call is
 * idempotent by reservationId. Refusals: OUT_OF_STOCK on reserve (details: productId, available),
 * CONFLICT on a commit after the reservation was released or expired.
 */
export interface CatalogPort {
  reserve(
    request: RouteRequest<typeof ReserveStock>,
    signal?: AbortSignal,
  ): Promise<RouteResponse<typeof ReserveStock>>;
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
    request: RouteRequest<typeof ReserveStock>,
    signal?: AbortSignal,
  ): Promise<RouteResponse<typeof ReserveStock>> {
    const answer = await this.http.post(ReserveStock.path, request, signal);
    if (answer.status === 200) return contractAnswer(this.http, ReserveStock, answer);
    if (answer.status === 409) throw this.http.refusal(answer, ErrorCode.OUT_OF_STOCK);
    throw this.http.unexpected(ReserveStock.path, answer);
  }

  commit(reservationId: string, signal?: AbortSignal): Promise<void> {
    return this.call(CommitReservation, reservationId, signal);
  }

  release(reservationId: string, signal?: AbortSignal): Promise<void> {
    return this.call(ReleaseReservation, reservationId, signal, true);
  }

  restock(reservationId: string, signal?: AbortSignal): Promise<void> {
    return this.call(RestockReservation, reservationId, signal, true);
  }

  /** The answer's reservation is not needed: only whether catalog did it. */
  private async call(
    route: RouteContract,
    reservationId: string,
    signal?: AbortSignal,
    unknownIsDone = false,
  ) {
    const body: RouteRequest<typeof CommitReservation> = { reservationId };
    const answer = await this.http.post(route.path, body, signal);
    if (answer.status === 200) return;
    // Nothing was ever reserved under this id (the reserve call never arrived): nothing to give back.
    if (answer.status === 404 && unknownIsDone) return;
    if (answer.status === 409) throw this.http.refusal(answer, ErrorCode.CONFLICT);
    throw this.http.unexpected(route.path, answer);
  }
}
