import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Carts, their items, coupons and checkout quotes. Ids of other services (buyers, sellers, products,
 * orders) are plain text columns, never foreign keys: those rows live in other databases.
 */
export class CreateCart1700000000400 implements MigrationInterface {
  name = 'CreateCart1700000000400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE coupons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PERCENT', 'FIXED')),
        value int NOT NULL CHECK (value > 0),
        currency text,
        min_subtotal int CHECK (min_subtotal >= 0),
        starts_at timestamptz,
        ends_at timestamptz,
        usage_limit int CHECK (usage_limit > 0),
        per_user_limit int CHECK (per_user_limit > 0),
        seller_id text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'PERCENT' OR value <= 100),
        CHECK (starts_at IS NULL OR ends_at IS NULL OR starts_at < ends_at)
      )`);
    // Codes are stored in capitals, so this makes them unique ignoring case.
    await runner.query(`CREATE UNIQUE INDEX coupons_code ON coupons (code)`);
    await runner.query(`
      CREATE TABLE carts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        buyer_id text NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ABANDONED')),
        coupon_id uuid REFERENCES coupons(id),
        version int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        abandoned_at timestamptz
      )`);
    // One cart per buyer: lazily created, reactivated when an abandoned cart is touched again.
    await runner.query(`CREATE UNIQUE INDEX carts_buyer ON carts (buyer_id)`);
    await runner.query(`CREATE INDEX carts_abandon_scan ON carts (updated_at) WHERE status = 'ACTIVE'`);
    await runner.query(`
      CREATE TABLE cart_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cart_id uuid NOT NULL REFERENCES carts(id) ON DELETE CASCADE,
        product_id text NOT NULL,
        seller_id text NOT NULL,
        quantity int NOT NULL CHECK (quantity BETWEEN 1 AND 99),
        unit_price int NOT NULL CHECK (unit_price >= 0),
        currency text NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The arbiter of "one line per product": concurrent adds of one product merge into it.
    await runner.query(`CREATE UNIQUE INDEX cart_items_product ON cart_items (cart_id, product_id)`);
    await runner.query(`
      CREATE TABLE checkout_quotes (
        order_id text PRIMARY KEY,
        buyer_id text NOT NULL,
        cart_id uuid NOT NULL REFERENCES carts(id) ON DELETE CASCADE,
        lines jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('QUOTED', 'PAID', 'FAILED', 'CANCELLED')),
        coupon_id uuid REFERENCES coupons(id),
        coupon_status text CHECK (coupon_status IN ('RESERVED', 'CONFIRMED', 'RELEASED')),
        discount int NOT NULL DEFAULT 0,
        reserved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((coupon_id IS NULL) = (coupon_status IS NULL))
      )`);
    await runner.query(
      `CREATE INDEX checkout_quotes_coupon ON checkout_quotes (coupon_id, buyer_id) WHERE coupon_id IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE checkout_quotes');
    await runner.query('DROP TABLE cart_items');
    await runner.query('DROP TABLE carts');
    await runner.query('DROP TABLE coupons');
  }
}
