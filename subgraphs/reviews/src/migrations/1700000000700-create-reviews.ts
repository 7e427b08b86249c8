import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reviews, rating aggregates, seller reviews, helpful votes, reports and the moderation log, plus the
 * two read models fed by events: products (catalog) and purchases (orders). Ids of other services
 * (users, products, orders) are plain uuid columns, never foreign keys: those rows live elsewhere.
 */
export class CreateReviews1700000000700 implements MigrationInterface {
  name = 'CreateReviews1700000000700';

  async up(runner: QueryRunner): Promise<void> {
    // What catalog told us about each product: enough to refuse a review (unknown, draft, own product).
    await runner.query(`
      CREATE TABLE products (
        product_id uuid PRIMARY KEY,
        seller_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ARCHIVED', 'DELETED')),
        source_updated_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Orders as their events told us (paid, delivered, refunded): who bought what from whom.
    await runner.query(`
      CREATE TABLE purchases (
        order_id uuid PRIMARY KEY,
        buyer_id uuid NOT NULL,
        seller_ids uuid[] NOT NULL,
        status text NOT NULL CHECK (status IN ('PAID', 'DELIVERED', 'REFUNDED')),
        delivered_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX purchases_buyer ON purchases (buyer_id)`);
    await runner.query(`
      CREATE TABLE purchase_items (
        order_id uuid NOT NULL REFERENCES purchases(order_id) ON DELETE CASCADE,
        product_id uuid NOT NULL,
        seller_id uuid NOT NULL,
        PRIMARY KEY (order_id, product_id)
      )`);
    await runner.query(`CREATE INDEX purchase_items_product ON purchase_items (product_id)`);

    // Millisecond timestamps: cursors carry them through JavaScript dates without losing precision.
    await runner.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY,
        product_id uuid NOT NULL,
        author_id uuid NOT NULL,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment text CHECK (char_length(comment) BETWEEN 1 AND 5000),
        verified_purchase boolean NOT NULL DEFAULT false,
        helpful_count int NOT NULL DEFAULT 0 CHECK (helpful_count >= 0),
        open_reports int NOT NULL DEFAULT 0 CHECK (open_reports >= 0),
        first_open_report_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // The arbiter of "one review per buyer and product", and the lookup of verification updates.
    await runner.query(`CREATE UNIQUE INDEX reviews_author_product ON reviews (author_id, product_id)`);
    await runner.query(
      `CREATE INDEX reviews_product_newest ON reviews (product_id, created_at DESC, id DESC)`,
    );
    await runner.query(
      `CREATE INDEX reviews_product_helpful ON reviews (product_id, helpful_count DESC, created_at DESC, id DESC)`,
    );
    await runner.query(`CREATE INDEX reviews_author_newest ON reviews (author_id, created_at DESC, id DESC)`);
    // The moderation queue: reported reviews, oldest report first.
    await runner.query(
      `CREATE INDEX reviews_reported ON reviews (first_open_report_at, id) WHERE open_reports > 0`,
    );

    // Running totals per product and per seller, changed by increments in the writing transaction.
    // The CHECKs make a lost or doubled increment fail loudly instead of drifting.
    await runner.query(`
      CREATE TABLE rating_aggregates (
        subject_kind text NOT NULL CHECK (subject_kind IN ('PRODUCT', 'SELLER')),
        subject_id uuid NOT NULL,
        review_count int NOT NULL CHECK (review_count >= 0),
        rating_sum int NOT NULL,
        stars_1 int NOT NULL CHECK (stars_1 >= 0),
        stars_2 int NOT NULL CHECK (stars_2 >= 0),
        stars_3 int NOT NULL CHECK (stars_3 >= 0),
        stars_4 int NOT NULL CHECK (stars_4 >= 0),
        stars_5 int NOT NULL CHECK (stars_5 >= 0),
        verified_count int NOT NULL CHECK (verified_count BETWEEN 0 AND review_count),
        version int NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subject_kind, subject_id),
        CHECK (review_count = stars_1 + stars_2 + stars_3 + stars_4 + stars_5),
        CHECK (rating_sum = stars_1 + 2 * stars_2 + 3 * stars_3 + 4 * stars_4 + 5 * stars_5)
      )`);

    await runner.query(`
      CREATE TABLE seller_reviews (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL,
        seller_id uuid NOT NULL,
        author_id uuid NOT NULL,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment text CHECK (char_length(comment) BETWEEN 1 AND 5000),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // Once per (order, seller).
    await runner.query(
      `CREATE UNIQUE INDEX seller_reviews_order_seller ON seller_reviews (order_id, seller_id)`,
    );
    await runner.query(
      `CREATE INDEX seller_reviews_seller_newest ON seller_reviews (seller_id, created_at DESC, id DESC)`,
    );

    await runner.query(`
      CREATE TABLE review_helpful_votes (
        review_id uuid NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        voter_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (review_id, voter_id)
      )`);

    await runner.query(`
      CREATE TABLE review_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        reporter_id uuid NOT NULL,
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 1000),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        resolved_at timestamptz
      )`);
    // One open report per reader and review; after a moderator dismissed it, the reader may report again.
    await runner.query(
      `CREATE UNIQUE INDEX review_reports_open ON review_reports (review_id, reporter_id) WHERE resolved_at IS NULL`,
    );

    // The moderation log: what a moderator did, why, and the review as it was (it may be gone since).
    await runner.query(`
      CREATE TABLE moderation_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL,
        action text NOT NULL CHECK (action IN ('DELETE', 'DISMISS_REPORTS')),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 1000),
        moderator_id uuid NOT NULL,
        review_snapshot jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX moderation_actions_review ON moderation_actions (review_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'moderation_actions',
      'review_reports',
      'review_helpful_votes',
      'seller_reviews',
      'rating_aggregates',
      'reviews',
      'purchase_items',
      'purchases',
      'products',
    ]) {
      await runner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
