import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { returningRows } from '@commerce/database';
import { CancelRequest, LeaseLost, SagaFailure, SagaState, SagaStatus } from './saga';

const ACTIVE = `('running', 'waiting', 'compensating')`;

/**
 * Claiming a saga whose runner still held a lease (it died, or stalled past the lease) counts that
 * run as a failed attempt of the current step: the step may have acted, so a cancel request must
 * undo it too (SagaRunner). A released saga (deferred, waiting) has no lease and nothing in flight.
 */
const TAKE_OVER = `lease_token = gen_random_uuid(), updated_at = now(),
  attempts = attempts + CASE WHEN locked_until IS NULL THEN 0 ELSE 1 END`;

/** What a checkpoint changes besides the state itself. */
export interface CheckpointOptions {
  /** Give the saga back to the worker, due at `nextAttemptAt` (a retry later, or a wait deadline). */
  release?: { nextAttemptAt: Date };
  lastError?: string | null;
}

/**
 * The saga table (CreateSagas1700000000010). Ownership is a lease: a runner owns a saga while `locked_until` is in the future,
 * and every write names its `lease_token`, so a runner that lost the saga (paused past its lease) can
 * no longer write. No row lock is ever held during a call to another service.
 */
export class SagaStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leaseMs: number,
  ) {}

  /** How long a runner owns a saga after its last write. */
  get leaseDurationMs(): number {
    return this.leaseMs;
  }

  /** Inserts a new saga already leased to the caller (the request that runs it inline). */
  async insert<I, O, R extends string = string>(
    manager: EntityManager,
    saga: { subjectId: string; kind: string; step: string | null; input: I; outputs: O },
  ): Promise<SagaState<I, O, R>> {
    const state: SagaState<I, O, R> = {
      id: randomUUID(),
      subjectId: saga.subjectId,
      kind: saga.kind,
      status: 'running',
      step: saga.step,
      input: saga.input,
      outputs: saga.outputs,
      attempts: 0,
      failure: null,
      cancelRequest: null,
      leaseToken: randomUUID(),
    };
    await manager.query(
      `INSERT INTO sagas (id, subject_id, kind, status, step, input, outputs, lease_token, locked_until)
       VALUES ($1, $2, $3, 'running', $4, $5, $6, $7, now() + make_interval(secs => $8))`,
      [
        state.id,
        state.subjectId,
        state.kind,
        state.step,
        state.input,
        state.outputs,
        state.leaseToken,
        this.leaseSeconds(),
      ],
    );
    return state;
  }

  /**
   * Persists progress and renews the lease (or releases it). Returns the cancel request a buyer may
   * have recorded meanwhile. Throws LeaseLost when another runner owns the saga now.
   */
  async checkpoint<I, O, R extends string>(
    state: SagaState<I, O, R>,
    options: CheckpointOptions = {},
  ): Promise<CancelRequest | null> {
    const rows = await returningRows<{ cancel_request: CancelRequest | null }>(
      this.dataSource,
      `UPDATE sagas SET status = $3, step = $4, outputs = $5, attempts = $6, failure = $7,
         last_error = $8, updated_at = now(),
         next_attempt_at = coalesce($9, next_attempt_at),
         locked_until = CASE WHEN $9::timestamptz IS NULL THEN now() + make_interval(secs => $10) END
       WHERE id = $1 AND lease_token = $2
       RETURNING cancel_request`,
      [
        state.id,
        state.leaseToken,
        state.status,
        state.step,
        state.outputs,
        state.attempts,
        state.failure,
        options.lastError ?? null,
        options.release?.nextAttemptAt ?? null,
        this.leaseSeconds(),
      ],
    );
    if (rows.length === 0) throw new LeaseLost(state.id);
    return rows[0].cancel_request;
  }

  /** Closes the saga inside the caller's transaction (with its subject's final change). */
  async finish<I, O, R extends string>(
    manager: EntityManager,
    state: SagaState<I, O, R>,
    status: 'completed' | 'compensated',
  ) {
    const rows = await returningRows(
      manager,
      `UPDATE sagas SET status = $3, step = NULL, outputs = $4, failure = $5, attempts = 0,
         locked_until = NULL, updated_at = now()
       WHERE id = $1 AND lease_token = $2 RETURNING id`,
      [state.id, state.leaseToken, status, state.outputs, state.failure],
    );
    if (rows.length === 0) throw new LeaseLost(state.id);
    state.status = status;
    state.step = null;
  }

  /** Claims up to `limit` sagas that are due and not owned by a live runner (recovery worker). */
  async claimDue(limit: number): Promise<SagaState<unknown, unknown>[]> {
    const rows = await returningRows<SagaRow>(
      this.dataSource,
      `UPDATE sagas s SET ${TAKE_OVER}, locked_until = now() + make_interval(secs => $2)
       FROM (SELECT id FROM sagas
             WHERE status IN ${ACTIVE} AND next_attempt_at <= now()
               AND (locked_until IS NULL OR locked_until < now())
             ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED) due
       WHERE s.id = due.id
       RETURNING s.*`,
      [limit, this.leaseSeconds()],
    );
    return rows.map(stateFromRow);
  }

  /** Claims the saga of `kind` of one subject if no live runner owns it (to run it inside a request). */
  async claimForSubject(subjectId: string, kind: string): Promise<SagaState<unknown, unknown> | null> {
    const rows = await returningRows<SagaRow>(
      this.dataSource,
      `UPDATE sagas SET ${TAKE_OVER}, locked_until = now() + make_interval(secs => $3)
       WHERE subject_id = $1 AND kind = $2 AND status IN ${ACTIVE}
         AND (locked_until IS NULL OR locked_until < now())
       RETURNING *`,
      [subjectId, kind, this.leaseSeconds()],
    );
    return rows.length > 0 ? stateFromRow(rows[0]) : null;
  }

  /** Records a cancel request on a running or waiting saga; false when there is none to cancel. */
  async requestCancel(subjectId: string, kind: string, request: CancelRequest): Promise<boolean> {
    const rows = await returningRows(
      this.dataSource,
      `UPDATE sagas SET cancel_request = $3, next_attempt_at = now(), updated_at = now()
       WHERE subject_id = $1 AND kind = $2 AND status IN ('running', 'waiting') RETURNING id`,
      [subjectId, kind, request],
    );
    return rows.length > 0;
  }

  /** Wakes a waiting saga (its outside event arrived), merging `outputs`; false if it was not waiting. */
  async resumeWaiting(subjectId: string, kind: string, match: Record<string, string>, outputs: object) {
    const rows = await returningRows(
      this.dataSource,
      `UPDATE sagas SET status = 'running', outputs = outputs || $4::jsonb, failure = NULL,
         next_attempt_at = now(), updated_at = now()
       WHERE subject_id = $1 AND kind = $2 AND status = 'waiting' AND outputs @> $3::jsonb
       RETURNING id`,
      [subjectId, kind, match, outputs],
    );
    return rows.length > 0;
  }

  /**
   * True while a runner is working on the saga of `kind` of a subject right now (leased and not
   * finished): worth waiting for. A waiting or deferred saga is not.
   */
  async isBusy(subjectId: string, kind: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM sagas WHERE subject_id = $1 AND kind = $2 AND status IN ('running', 'compensating')
         AND locked_until > now()`,
      [subjectId, kind],
    );
    return rows.length > 0;
  }

  /** Deletes finished sagas older than `days` (their outcome lives on in their subjects). */
  async purgeFinished(days: number): Promise<number> {
    const rows = await returningRows(
      this.dataSource,
      `DELETE FROM sagas WHERE status IN ('completed', 'compensated')
         AND updated_at < now() - make_interval(days => $1) RETURNING id`,
      [days],
    );
    return rows.length;
  }

  /** Waiting sagas' outputs by subject (what a user must do to wake them), one query for many subjects. */
  async waitingOutputs(subjectIds: readonly string[], kind: string): Promise<Map<string, unknown>> {
    const rows: { subject_id: string; outputs: unknown }[] = await this.dataSource.query(
      `SELECT subject_id, outputs FROM sagas WHERE subject_id = ANY($1) AND kind = $2 AND status = 'waiting'`,
      [subjectIds, kind],
    );
    return new Map(rows.map((row) => [row.subject_id, row.outputs]));
  }

  private leaseSeconds(): number {
    return this.leaseMs / 1000;
  }
}

interface SagaRow {
  id: string;
  subject_id: string;
  kind: string;
  status: SagaStatus;
  step: string | null;
  input: unknown;
  outputs: unknown;
  attempts: number;
  failure: SagaFailure | null;
  cancel_request: CancelRequest | null;
  lease_token: string;
}

function stateFromRow(row: SagaRow): SagaState<unknown, unknown> {
  return {
    id: row.id,
    subjectId: row.subject_id,
    kind: row.kind,
    status: row.status,
    step: row.step,
    input: row.input,
    outputs: row.outputs,
    attempts: row.attempts,
    failure: row.failure,
    cancelRequest: row.cancel_request,
    leaseToken: row.lease_token,
  };
}
