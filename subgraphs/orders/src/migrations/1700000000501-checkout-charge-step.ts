import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Checkout's authorizePayment and capturePayment steps became one, chargePayment: sagas parked or
 * deferred in either resume there (its pay replay captures an authorization made by the old steps,
 * its compensation voids or refunds it).
 */
export class CheckoutChargeStep1700000000501 implements MigrationInterface {
  name = 'CheckoutChargeStep1700000000501';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      UPDATE sagas SET step = 'chargePayment'
      WHERE kind = 'checkout' AND step IN ('authorizePayment', 'capturePayment')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    // Forward, the old steps start with authorize (which accepts a captured payment); backward,
    // capturePayment's compensation refunds or voids before authorizePayment's.
    await runner.query(`
      UPDATE sagas
      SET step = CASE WHEN status = 'compensating' THEN 'capturePayment' ELSE 'authorizePayment' END
      WHERE kind = 'checkout' AND step = 'chargePayment'`);
  }
}
