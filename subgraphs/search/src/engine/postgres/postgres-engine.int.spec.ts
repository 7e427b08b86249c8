import type { DataSource } from 'typeorm';
import { openDatabase } from '@commerce/database';
import { CreateOutboxAndInbox1700000000000 } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { createTestDatabase } from '@commerce/testing';
import { CreateSearchDocuments1700000000300 } from '../../migrations/1700000000300-create-search-documents';
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
    migrations: [CreateOutboxAndInbox1700000000000, CreateSearchDocuments1700000000300],
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
