import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Categories, products and stock reservations for the PostgreSQL adapter. A product is a JSONB
 * document (`document`: name, description, brand, price, images, attributes) beside the few fields
 * that are filtered, sorted or constrained, kept as real columns so indexes and CHECKs apply to them.
 */
export class CreateCatalog1700000000200 implements MigrationInterface {
  name = 'CreateCatalog1700000000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE categories (
        id uuid PRIMARY KEY,
        parent_id uuid REFERENCES categories(id),
        ancestor_ids uuid[] NOT NULL DEFAULT '{}',
        name text NOT NULL,
        slug text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE UNIQUE INDEX categories_slug ON categories (slug)`);
    // categories(parentId) and Category.children: children of a parent (or the roots) by name.
    await runner.query(`CREATE INDEX categories_parent ON categories (parent_id, name, id)`);
    await runner.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY,
        seller_id uuid NOT NULL,
        category_id uuid NOT NULL REFERENCES categories(id),
        category_ids uuid[] NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ARCHIVED')),
        stock_available integer NOT NULL CHECK (stock_available >= 0),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL,
        document jsonb NOT NULL
      )`);
    // One index per listing shape served: (createdAt desc, id desc) keyset, alone or after an equality.
    await runner.query(`CREATE INDEX products_listing ON products (created_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX products_seller ON products (seller_id, created_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX products_status ON products (status, created_at DESC, id DESC)`);
    // Sub-tree filter: category_ids holds the path root..category, so "in category X or below" is
    // category_ids @> {X}.
    await runner.query(`CREATE INDEX products_category_path ON products USING gin (category_ids)`);
    await runner.query(`
      CREATE TABLE reservations (
        id uuid PRIMARY KEY,
        order_id text,
        status text NOT NULL
          CHECK (status IN ('PENDING', 'RESERVED', 'COMMITTED', 'RELEASED', 'EXPIRED', 'REJECTED')),
        items jsonb NOT NULL,
        request_hash text NOT NULL,
        rejection jsonb,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // The sweeper's scan: only reservations still holding stock, oldest expiry first.
    await runner.query(
      `CREATE INDEX reservations_due ON reservations (expires_at) WHERE status = 'RESERVED'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE reservations');
    await runner.query('DROP TABLE products');
    await runner.query('DROP TABLE categories');
  }
}
