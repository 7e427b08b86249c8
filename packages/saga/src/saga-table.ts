import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creates the table SagaStore works on, in the database of the service that runs the sagas. A
 * service lists this migration before its own; one of its own may then tie `subject_id` to the
 * subject's table with a foreign key (so a subject's sagas go with it).
 *
 * Plain `CREATE TABLE`, not `IF NOT EXISTS`: a table of another shape under this name must fail the
 * migration rather than be taken for this one. orders predates this package: its own
 * CreateOrders1700000000500 created the table (as `order_id`) and SagaSubject1700000000502 renamed
 * that column, so it reaches this shape without listing this migration (its migrations test checks
 * that both tables match).
 */
export class CreateSagas1700000000010 implements MigrationInterface {
  name = 'CreateSagas1700000000010';

  async up(runner: QueryRunner): Promise<void> {
    // One row per saga of a kind (orders: checkout, cancel, refund) of a subject. A runner owns a
    // row while locked_until is in the future (lease_token fences a runner that lost it); the
    // recovery worker claims rows whose lease lapsed and whose next_attempt_at has come.
    await runner.query(`
      CREATE TABLE sagas (
        id uuid PRIMARY KEY,
        subject_id uuid NOT NULL,
        kind text NOT NULL,
        status text NOT NULL,
        step text,
        input jsonb NOT NULL,
        outputs jsonb NOT NULL DEFAULT '{}',
        attempts integer NOT NULL DEFAULT 0,
        failure jsonb,
        cancel_request jsonb,
        last_error text,
        lease_token uuid,
        locked_until timestamptz,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sagas_one_per_kind UNIQUE (subject_id, kind)
      )`);
    await runner.query(
      `CREATE INDEX sagas_due ON sagas (next_attempt_at)
         WHERE status IN ('running', 'waiting', 'compensating')`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE sagas');
  }
}
