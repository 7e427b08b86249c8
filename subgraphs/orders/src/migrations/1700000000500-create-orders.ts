import { MigrationInterface, QueryRunner } from 'typeorm';

/** Orders, their items and shipments, and the saga table that makes checkout survive a crash. */
export class CreateOrders1700000000500 implements MigrationInterface {
  name = 'CreateOrders1700000000500';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY,
        buyer_id uuid NOT NULL,
        idempotency_key text NOT NULL,
        checkout_fingerprint text NOT NULL,
        status text NOT NULL,
        currency char(3) NOT NULL,
        subtotal integer NOT NULL CHECK (subtotal >= 0),
        discount integer NOT NULL CHECK (discount >= 0 AND discount <= subtotal),
        total integer NOT NULL CHECK (total = subtotal - discount),
        coupon_code text,
        cart_id text,
        seller_ids uuid[] NOT NULL,
        shipping_address jsonb,
        payment_method text NOT NULL,
        payment_id text,
        status_history jsonb NOT NULL,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT orders_buyer_idempotency_key UNIQUE (buyer_id, idempotency_key)
      )`);
    // myOrders pages by (created_at, id) newest first, optionally by status.
    await runner.query(`CREATE INDEX orders_buyer_created ON orders (buyer_id, created_at DESC, id DESC)`);
    // sellerOrders: "orders containing my items" without scanning order_items.
    await runner.query(`CREATE INDEX orders_seller_ids ON orders USING gin (seller_ids)`);
    await runner.query(`
      CREATE TABLE order_items (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        position integer NOT NULL,
        product_id uuid NOT NULL,
        seller_id uuid NOT NULL,
        name text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_price integer NOT NULL CHECK (unit_price >= 0),
        line_total integer NOT NULL CHECK (line_total = unit_price * quantity),
        currency char(3) NOT NULL
      )`);
    await runner.query(`CREATE INDEX order_items_order ON order_items (order_id, position)`);
    await runner.query(`
      CREATE TABLE shipments (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        seller_id uuid NOT NULL,
        carrier text NOT NULL,
        tracking_number text NOT NULL,
        status text NOT NULL,
        events jsonb NOT NULL,
        shipped_at timestamptz NOT NULL,
        delivered_at timestamptz,
        CONSTRAINT shipments_one_per_seller UNIQUE (order_id, seller_id)
      )`);
    // Intentionally the same table as @commerce/saga's CreateSagas1700000000010 (written before that
    // package existed, as `order_id` with its foreign key): this migration has run on every orders
    // database, so its SQL stays as it ran; SagaSubject1700000000502 brings it to the package's shape.
    // One row per saga (checkout, cancel, refund) of an order. A runner owns a row while
    // locked_until is in the future (lease_token fences a runner that lost it); the recovery worker
    // claims rows whose lease lapsed and whose next_attempt_at has come.
    await runner.query(`
      CREATE TABLE sagas (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
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
        CONSTRAINT sagas_one_per_kind UNIQUE (order_id, kind)
      )`);
    await runner.query(
      `CREATE INDEX sagas_due ON sagas (next_attempt_at)
         WHERE status IN ('running', 'waiting', 'compensating')`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE sagas');
    await runner.query('DROP TABLE shipments');
    await runner.query('DROP TABLE order_items');
    await runner.query('DROP TABLE orders');
  }
}
