import type { DataSource, EntityManager } from 'typeorm';
import { entityFromRow, returningRows } from '@commerce/database';
import { addToOutbox, EventEnvelope } from '@commerce/events';
import { inventoryChangedEvent } from '../../product/product.events';
import type { ReservationItem, ReservationRecord, ReservationRequest } from '../catalog-store';
import type { ReservationBook } from '../reservation-book';
import {
  releasedTombstone,
  canonicalItems,
  decideCommit,
  decideRelease,
  decideRestock,
} from '../reservation-rules';
import { ReservationEntity } from './reservation.entity';
import { reservationFromRow } from './rows';

/**
 * A whole reservation in one statement, so it needs no explicit transaction (one round trip instead
 * of one per item plus BEGIN/COMMIT). Parameters: $1 id, $2 order id, $3 items (canonical order, JSON),
 * $4 request hash, $5 expiry, $6 now, $7 the `inventory.changed` envelopes, one per item.
 *
 * All-or-nothing without a rollback: `locked` takes every product's row lock first (in id order, like
 * every other stock write, so no deadlock) and reads the stock as it is now (FOR UPDATE waits for and
 * returns the latest version). Nobody can change those rows until this statement commits, so
 * `shortfall` (the first item, in canonical order, that cannot be served) decides for all items, and
 * `taken` decrements them only when the reservation row was stored as RESERVED. The products' CHECK
 * (stock_available >= 0) stays the last guard: breaking it would fail the whole statement.
 *
 * Idempotency: the reservation row is inserted with ON CONFLICT DO NOTHING, so a replayed or
 * concurrent request with the same id stores nothing and takes nothing (`stored` is empty; a
 * concurrent insert of the same id makes this one wait for it). Events: each envelope gets the stock
 * after the decrement, known only here, and goes into the outbox in canonical order, as
 * `addToOutbox` would write it.
 */
const RESERVE_SQL = `
WITH wanted AS (
  SELECT "productId" AS product_id, quantity
  FROM jsonb_to_recordset($3::jsonb) AS item("productId" uuid, quantity int)
),
locked AS MATERIALIZED (
  SELECT id, status, stock_available FROM products
  WHERE id IN (SELECT product_id FROM wanted)
  ORDER BY id
  FOR UPDATE
),
shortfall AS (
  SELECT w.product_id, l.id IS NULL AS unknown,
    CASE WHEN l.status = 'ACTIVE' THEN l.stock_available ELSE 0 END AS available
  FROM wanted w LEFT JOIN locked l ON l.id = w.product_id
  WHERE l.id IS NULL OR l.status <> 'ACTIVE' OR l.stock_available < w.quantity
  ORDER BY w.product_id
  LIMIT 1
),
stored AS (
  INSERT INTO reservations
    (id, order_id, status, items, request_hash, rejection, expires_at, created_at, updated_at)
  SELECT $1::uuid, $2::text,
    CASE WHEN s.product_id IS NULL THEN 'RESERVED' ELSE 'REJECTED' END,
    $3::jsonb, $4::text,
    CASE WHEN s.product_id IS NOT NULL THEN jsonb_build_object(
      'code', CASE WHEN s.unknown THEN 'NOT_FOUND' ELSE 'OUT_OF_STOCK' END,
      'productId', s.product_id,
      'available', s.available
    ) END,
    $5::timestamptz, $6::timestamptz, $6::timestamptz
  FROM (VALUES (1)) AS one LEFT JOIN shortfall s ON TRUE
  ON CONFLICT (id) DO NOTHING
  RETURNING status, rejection
),
taken AS (
  UPDATE products p
  SET stock_available = p.stock_available - w.quantity, version = p.version + 1, updated_at = $6
  FROM wanted w
  WHERE p.id = w.product_id AND (SELECT status FROM stored) = 'RESERVED'
  RETURNING p.id, p.stock_available
),
published AS (
  INSERT INTO outbox (id, type, envelope)
  SELECT (e.envelope->>'id')::uuid, e.envelope->>'type',
    jsonb_set(e.envelope, '{data,stockAvailable}', to_jsonb(t.stock_available))
  FROM taken t JOIN jsonb_array_elements($7::jsonb) AS e(envelope)
    ON (e.envelope->'data'->>'productId')::uuid = t.id
  ORDER BY t.id
)
SELECT status, rejection FROM stored`;

/**
 * Commits a live reservation in one statement. Matches nothing when the id is unknown, the reservation
 * is already answered (committed, released, ...) or past its expiry: `decideCommit` settles those.
 */
const COMMIT_SQL = `
UPDATE reservations SET status = 'COMMITTED', updated_at = $2
WHERE id = $1 AND status = 'RESERVED' AND expires_at > $2
RETURNING *`;

/**
 * Reservations on PostgreSQL. Reserve and commit, the checkout's two calls, are one statement each
 * (see RESERVE_SQL, COMMIT_SQL); release, restock, expiry and the rare commit paths run one
 * transaction each. Locks: those transactions take the reservation row, then products by id
 * (canonical item order); a reservation takes its products by id, then inserts its own row, which
 * only a request with the same id can wait on. Either way no two operations wait on each other in
 * opposite orders, which rules out deadlocks between reservations, releases and the sweeper.
 */
export class PostgresReservations implements ReservationBook {
  constructor(
    private readonly dataSource: DataSource,
    private readonly onCommitted: () => void,
  ) {}

  async reserve(request: ReservationRequest, now: Date): Promise<ReservationRecord> {
    const items = canonicalItems(request.items);
    const rows: Pick<ReservationRecord, 'status' | 'rejection'>[] = await this.dataSource.query(RESERVE_SQL, [
      request.id,
      request.orderId,
      JSON.stringify(items),
      request.requestHash,
      request.expiresAt,
      now,
      JSON.stringify(items.map((item) => reservedEvent(request.id, item))),
    ]);
    // The id was already used (a retry, or another request): answer what is stored.
    if (rows.length === 0) return (await this.find(request.id))!;
    const { status, rejection } = rows[0];
    if (status === 'RESERVED') this.onCommitted();
    return { ...request, items, status, rejection: rejection ?? null, createdAt: now, updatedAt: now };
  }

  /** The common case is one UPDATE; anything else is decided on the stored reservation. */
  async commit(id: string, now: Date): Promise<ReservationRecord | null> {
    const { manager } = this.dataSource;
    const [committed] = await returningRows<Record<string, unknown>>(manager, COMMIT_SQL, [id, now]);
    if (committed) return reservationFromRow(entityFromRow(manager, ReservationEntity, committed));
    const reservation = await this.find(id);
    if (!reservation) return null;
    // Already committed (only a restock moves it on) or terminal: the answer needs no lock.
    const decision = decideCommit(reservation, now);
    if (decision === 'unchanged' || decision === 'refuse') return reservation;
    return this.commitLocked(id, now);
  }

  /** Commit (or expire, past its expiry) under the reservation's row lock. */
  private commitLocked(id: string, now: Date): Promise<ReservationRecord | null> {
    return this.inTransaction(async (manager) => {
      const reservation = await this.findIn(manager, id, true);
      if (!reservation) return null;
      const decision = decideCommit(reservation, now);
      if (decision === 'commit') return this.setStatus(manager, reservation, 'COMMITTED', now);
      if (decision === 'expire') return this.giveBack(manager, reservation, 'EXPIRED', now);
      return reservation;
    });
  }

  release(id: string, now: Date): Promise<ReservationRecord> {
    return this.inTransaction(async (manager) => {
      const tombstone = releasedTombstone(id, now);
      if (await this.insertIfAbsent(manager, tombstone)) return tombstone;
      const reservation = (await this.findIn(manager, id, true))!;
      if (decideRelease(reservation) !== 'release') return reservation;
      return this.giveBack(manager, reservation, 'RELEASED', now);
    });
  }

  /**
   * A committed reservation's stock goes back (-> RESTOCKED); a never committed one is released. The
   * reservation row is locked first, so concurrent restocks queue and the later ones see RESTOCKED.
   */
  restock(id: string, now: Date): Promise<ReservationRecord | null> {
    return this.inTransaction(async (manager) => {
      const reservation = await this.findIn(manager, id, true);
      if (!reservation) return null;
      const decision = decideRestock(reservation);
      if (decision === 'restock') return this.giveBack(manager, reservation, 'RESTOCKED', now);
      if (decision === 'release') return this.giveBack(manager, reservation, 'RELEASED', now);
      return reservation;
    });
  }

  /** One batch per transaction; SKIP LOCKED lets several replicas sweep without waiting on each other. */
  expireDue(now: Date, limit: number): Promise<number> {
    return this.inTransaction(async (manager) => {
      const due = await manager
        .getRepository(ReservationEntity)
        .createQueryBuilder('r')
        .where(`r.status = 'RESERVED' AND r.expires_at <= :now`, { now })
        .orderBy('r.expires_at', 'ASC')
        .take(limit)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const row of due) await this.giveBack(manager, reservationFromRow(row), 'EXPIRED', now);
      return due.length;
    });
  }

  find(id: string): Promise<ReservationRecord | null> {
    return this.findIn(this.dataSource.manager, id);
  }

  private async findIn(manager: EntityManager, id: string, lock = false): Promise<ReservationRecord | null> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT * FROM reservations WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return rows.length > 0 ? reservationFromRow(entityFromRow(manager, ReservationEntity, rows[0])) : null;
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(work);
    this.onCommitted();
    return result;
  }

  /** Inserts the row unless the id exists; true when this call inserted it. */
  private async insertIfAbsent(manager: EntityManager, record: ReservationRecord): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO reservations
         (id, order_id, status, items, request_hash, rejection, expires_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6::jsonb, $7, $8, $9)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        record.id,
        record.orderId,
        record.status,
        JSON.stringify(record.items),
        record.requestHash,
        record.rejection ? JSON.stringify(record.rejection) : null,
        record.expiresAt,
        record.createdAt,
        record.updatedAt,
      ],
    );
    return inserted.length > 0;
  }

  /** Returns every item's stock (in canonical order) and moves the reservation to `status`. */
  private async giveBack(
    manager: EntityManager,
    reservation: ReservationRecord,
    status: 'RELEASED' | 'EXPIRED' | 'RESTOCKED',
    now: Date,
  ): Promise<ReservationRecord> {
    const reason = status === 'EXPIRED' ? 'expiry' : status === 'RESTOCKED' ? 'restock' : 'release';
    const events: EventEnvelope[] = [];
    for (const item of canonicalItems(reservation.items)) {
      const rows = await returningRows<{ stock_available: number }>(
        manager,
        `UPDATE products SET stock_available = stock_available + $2, version = version + 1, updated_at = $3
         WHERE id = $1 RETURNING stock_available`,
        [item.productId, item.quantity, now],
      );
      if (rows.length === 0) continue; // products are never deleted; nothing to give back to
      events.push(
        inventoryChangedEvent({
          productId: item.productId,
          stockAvailable: rows[0].stock_available,
          delta: item.quantity,
          reason,
          reservationId: reservation.id,
        }),
      );
    }
    await addToOutbox(manager, events);
    return this.setStatus(manager, reservation, status, now);
  }

  private async setStatus(
    manager: EntityManager,
    reservation: ReservationRecord,
    status: ReservationRecord['status'],
    now: Date,
  ): Promise<ReservationRecord> {
    await manager.getRepository(ReservationEntity).update({ id: reservation.id }, { status, updatedAt: now });
    return { ...reservation, status, updatedAt: now };
  }
}

/**
 * The `inventory.changed` a reservation causes for one item. The stock after the decrement is only
 * known inside RESERVE_SQL, which sets `stockAvailable`.
 */
function reservedEvent(reservationId: string, item: ReservationItem): EventEnvelope {
  return inventoryChangedEvent({
    productId: item.productId,
    stockAvailable: 0,
    delta: -item.quantity,
    reason: 'reservation',
    reservationId,
  });
}
