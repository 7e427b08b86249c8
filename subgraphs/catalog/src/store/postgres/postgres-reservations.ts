import type { DataSource, EntityManager } from 'typeorm';
import { addToOutbox, EventEnvelope } from '@commerce/events';
import { inventoryChangedEvent } from '../../product/product.events';
import type { ReservationRecord, ReservationRejection, ReservationRequest } from '../catalog-store';
import { canonicalItems, decideCommit, decideRelease, decideRestock } from '../reservation-rules';
import { ReservationEntity } from './reservation.entity';
import { reservationFromRow } from './rows';

/** Thrown inside the reservation transaction to roll back every item already taken. */
class Rejected extends Error {
  constructor(readonly rejection: ReservationRejection) {
    super(`reservation rejected: ${rejection.code} ${rejection.productId}`);
  }
}

/**
 * Reservations on PostgreSQL: one transaction per operation, so all-or-nothing is the transaction's.
 * Lock order is always the reservation row, then products by id (canonical item order), which rules
 * out deadlocks between reservations, releases and the sweeper.
 */
export class PostgresReservations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly onCommitted: () => void,
  ) {}

  async reserve(request: ReservationRequest, now: Date): Promise<ReservationRecord> {
    const items = canonicalItems(request.items);
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        const record: ReservationRecord = {
          ...request,
          items,
          status: 'RESERVED',
          rejection: null,
          createdAt: now,
          updatedAt: now,
        };
        // A concurrent request with the same id waits here until the first commits, then sees its row.
        if (!(await this.insertIfAbsent(manager, record))) return this.find(manager, request.id);
        const events: EventEnvelope[] = [];
        for (const item of items) {
          const taken = await updateReturning(
            manager,
            `UPDATE products SET stock_available = stock_available - $2, version = version + 1,
               updated_at = $3
             WHERE id = $1 AND status = 'ACTIVE' AND stock_available >= $2
             RETURNING stock_available`,
            [item.productId, item.quantity, now],
          );
          if (taken.length === 0) throw new Rejected(await this.rejection(manager, item.productId));
          events.push(
            inventoryChangedEvent({
              productId: item.productId,
              stockAvailable: taken[0].stock_available,
              delta: -item.quantity,
              reason: 'reservation',
              reservationId: request.id,
            }),
          );
        }
        await addToOutbox(manager, events);
        return record;
      });
      this.onCommitted();
      return result!;
    } catch (error) {
      if (!(error instanceof Rejected)) throw error;
      // The refusal is stored so a retry gets the same answer; a racing retry may have stored first.
      return this.dataSource.transaction(async (manager) => {
        const record: ReservationRecord = {
          ...request,
          items,
          status: 'REJECTED',
          rejection: error.rejection,
          createdAt: now,
          updatedAt: now,
        };
        if (await this.insertIfAbsent(manager, record)) return record;
        return (await this.find(manager, request.id))!;
      });
    }
  }

  commit(id: string, now: Date): Promise<ReservationRecord | null> {
    return this.inTransaction(async (manager) => {
      const reservation = await this.find(manager, id, true);
      if (!reservation) return null;
      const decision = decideCommit(reservation, now);
      if (decision === 'commit') return this.setStatus(manager, reservation, 'COMMITTED', now);
      if (decision === 'expire') return this.giveBack(manager, reservation, 'EXPIRED', now);
      return reservation;
    });
  }

  release(id: string, now: Date): Promise<ReservationRecord> {
    return this.inTransaction(async (manager) => {
      const tombstone: ReservationRecord = {
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
      if (await this.insertIfAbsent(manager, tombstone)) return tombstone;
      const reservation = (await this.find(manager, id, true))!;
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
      const reservation = await this.find(manager, id, true);
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

  async find(manager: EntityManager, id: string, lock = false): Promise<ReservationRecord | null> {
    const row = await manager
      .getRepository(ReservationEntity)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    return row ? reservationFromRow(row) : null;
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
      const rows = await updateReturning(
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

  private async rejection(manager: EntityManager, productId: string): Promise<ReservationRejection> {
    const rows: { status: string; stock_available: number }[] = await manager.query(
      'SELECT status, stock_available FROM products WHERE id = $1',
      [productId],
    );
    if (rows.length === 0) return { code: 'NOT_FOUND', productId, available: 0 };
    const available = rows[0].status === 'ACTIVE' ? rows[0].stock_available : 0;
    return { code: 'OUT_OF_STOCK', productId, available };
  }
}

/**
 * Runs an `UPDATE ... RETURNING` in the manager's transaction and returns the rows. (TypeORM's plain
 * `query` returns `[rows, count]` for UPDATE; the structured result has the rows in `records`.)
 */
async function updateReturning(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<{ stock_available: number }[]> {
  const result = await manager.queryRunner!.query(sql, parameters, true);
  return result.records;
}
