import type { DataSource } from 'typeorm';
import { openDatabase } from '@commerce/database';
import { createLogger } from '@commerce/logging';
import { createTestDatabase } from '@commerce/testing';
import { SEARCH_MIGRATIONS } from '../../database';
import { documentChange } from '../document-change';
import { generatedWrite } from '../products.fixture';
import { searchEngineContract } from '../search-engine.contract';
import { PostgresSearchEngine } from './postgres-engine';
import { buildSuggestSql } from './search-sql';

const logger = createLogger({ service: 'search-test', level: 'silent' });

async function openSearchTestDatabase(): Promise<{ dataSource: DataSource; drop: () => Promise<void> }> {
  const database = await createTestDatabase('search_pg');
  const dataSource = await openDatabase({
    url: database.url,
    poolSize: 5,
    entities: [],
    migrations: SEARCH_MIGRATIONS,
  });
  return {
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

searchEngineContract('PostgreSQL', async () => {
  const { dataSource, drop } = await openSearchTestDatabase();
  return { engine: new PostgresSearchEngine(dataSource, logger), drop };
});

describe('PostgreSQL adapter specifics', () => {
  let db: Awaited<ReturnType<typeof openSearchTestDatabase>>;
  beforeAll(async () => {
    db = await openSearchTestDatabase();
  });
  afterAll(() => db.drop());

  it('folds accents with unaccent and weighs the name highest', async () => {
    const [row] = await db.dataSource.query(
      `SELECT search_fold('Crème Brûlée') AS folded,
              search_document_vector('Torch', 'Acme', ARRAY['Kitchen'], ARRAY['Steel'], 'Hot')::text AS vector`,
    );
    expect(row.folded).toBe('creme brulee');
    expect(row.vector).toBe("'acm':2B 'hot':5C 'kitchen':3B 'steel':4C 'torch':1A");
  });

  it('serves full-text from the GIN index and suggestions from a nearest-first GiST scan', async () => {
    // Realistic statistics, so the planner's choice is the one production gets.
    async function* pages() {
      yield Array.from({ length: 2000 }, (_, i) => generatedWrite(i));
    }
    await new PostgresSearchEngine(db.dataSource, logger).reindex(pages(), { catchUpMarginMs: 0 });
    const plan = (sql: string, params: unknown[] = []) =>
      db.dataSource.transaction(async (manager) => {
        await manager.query('SET LOCAL enable_seqscan = off'); // an empty table would be scanned
        return JSON.stringify(await manager.query(`EXPLAIN ${sql}`, params));
      });
    expect(
      await plan(
        `SELECT 1 FROM search_documents WHERE status = 'ACTIVE' AND search_vector @@ plainto_tsquery('english', 'kettle')`,
      ),
    ).toContain('search_documents_vector');
    const { sql, params } = buildSuggestSql('iph', 8);
    const suggest = await plan(sql, params);
    expect(suggest).toContain('Index Scan using search_documents_name_trgm');
    expect(suggest).toMatch(/Order By: \(name_folded <->> /);
  });

  it('applies a batch inside the caller’s transaction: a refused row fails alone, the rest commits with it', async () => {
    const engine = new PostgresSearchEngine(db.dataSource, logger);
    const [good, refused] = [generatedWrite(900_001), generatedWrite(900_002)];
    const outcomes = await db.dataSource.transaction(async (manager) => {
      const result = await engine.applyChanges(
        [
          documentChange.upsert(good),
          documentChange.upsert({ ...refused, stock: { available: 2 ** 40, version: 1 } }),
        ],
        { transaction: manager },
      );
      // The transaction is still usable after the refused statement (savepoints).
      await manager.query(`INSERT INTO inbox (consumer, event_id) VALUES ('t', gen_random_uuid())`);
      return result;
    });
    expect(outcomes.get(good.productId)).toEqual({ status: 'changed' });
    expect(outcomes.get(refused.productId)).toEqual({
      status: 'failed',
      error: expect.stringMatching(/out of range/),
    });
    const rows = await db.dataSource.query(
      'SELECT product_id FROM search_documents WHERE product_id = ANY($1) ORDER BY product_id',
      [[good.productId, refused.productId]],
    );
    expect(rows).toEqual([{ product_id: good.productId }]);
  });

  it('refuses a second reindex while one is running', async () => {
    const engine = new PostgresSearchEngine(db.dataSource, logger);
    let release!: () => void;
    let loading!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started = new Promise<void>((resolve) => (loading = resolve));
    async function* slow() {
      loading(); // the first page is asked for once the lock is held
      await gate;
      yield [];
    }
    const first = engine.reindex(slow());
    await started;
    await expect(engine.reindex((async function* () {})())).rejects.toThrow(/another reindex/);
    release();
    await first;
  });
});
