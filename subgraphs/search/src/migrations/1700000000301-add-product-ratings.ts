import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ratings from reviews' events, versioned:
 * - `product_ratings`: search's own durable copy of each product's reviews aggregate, in every mode
 *   (this database holds the inbox in OpenSearch mode too). Written in the inbox transaction of the
 *   event, only by a version not older than the stored one. The reindex joins it into every document
 *   it builds and the indexer into every product snapshot it writes, so ratings survive a reindex, an
 *   index rebuilt from scratch or a switch of engine, and a rating that arrived before its product
 *   applies when the product does. Catalog's export knows nothing of ratings.
 * - `search_documents.rating_version`: the version of the rating a document holds (the guard).
 */
export class AddProductRatings1700000000301 implements MigrationInterface {
  name = 'AddProductRatings1700000000301';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE search_documents ADD COLUMN rating_version bigint`);
    await runner.query(`
      CREATE TABLE product_ratings (
        product_id text COLLATE "C" PRIMARY KEY,
        average double precision,
        count integer NOT NULL CHECK (count >= 0),
        version bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE product_ratings');
    await runner.query('ALTER TABLE search_documents DROP COLUMN rating_version');
  }
}
