import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The saga engine became @commerce/saga, whose table names what a saga acts for `subject_id`
 * (CreateSagas1700000000010). orders created its `sagas` table in CreateOrders1700000000500, before
 * the engine was a package, and keeps that migration as it is: databases have run it under that name,
 * and a migration that has run is never edited. This brings its table to the package's shape; the
 * foreign key to orders stays (a saga belongs to its order and goes with it).
 *
 * Replicas still running the code from before this migration cannot write sagas once it has run:
 * stop them before migrating (their in-flight sagas resume from their last checkpoint).
 */
export class SagaSubject1700000000502 implements MigrationInterface {
  name = 'SagaSubject1700000000502';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE sagas RENAME COLUMN order_id TO subject_id`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE sagas RENAME COLUMN subject_id TO order_id`);
  }
}
