import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reservations gain the terminal status RESTOCKED (a committed reservation whose stock went back). */
export class ReservationRestocked1700000000201 implements MigrationInterface {
  name = 'ReservationRestocked1700000000201';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE reservations DROP CONSTRAINT reservations_status_check`);
    await runner.query(`
      ALTER TABLE reservations ADD CONSTRAINT reservations_status_check
        CHECK (status IN ('PENDING', 'RESERVED', 'COMMITTED', 'RELEASED', 'EXPIRED', 'REJECTED', 'RESTOCKED'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE reservations DROP CONSTRAINT reservations_status_check`);
    await runner.query(`
      ALTER TABLE reservations ADD CONSTRAINT reservations_status_check
        CHECK (status IN ('PENDING', 'RESERVED', 'COMMITTED', 'RELEASED', 'EXPIRED', 'REJECTED'))`);
  }
}
