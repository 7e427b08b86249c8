import type { DataSource, QueryRunner } from 'typeorm';
import { createTestDatabase, TestDatabase } from '@commerce/testing';
import { openDatabase } from './data-source';
import { MAX_PREPARED_TEXT_LENGTH } from './prepared-statements';

// Engines: PostgreSQL. pg_prepared_statements shows what the session prepared.
let database: TestDatabase;
let dataSource: DataSource;
let session: QueryRunner;

beforeAll(async () => {
  database = await createTestDatabase('prepared');
  dataSource = await openDatabase({ url: database.url, poolSize: 2, entities: [], migrations: [] });
  session = dataSource.createQueryRunner(); // one connection for the whole file
  await session.connect();
});

afterAll(async () => {
  await session?.release();
  await dataSource?.destroy();
  await database?.drop();
});

const preparedTexts = async () =>
  ((await session.query('SELECT statement FROM pg_prepared_statements')) as { statement: string }[]).map(
    (row) => row.statement,
  );

describe('prepared statements', () => {
  it('prepares a parameterized query once per connection and reuses it', async () => {
    const text = 'SELECT $1::int + 1 AS next';
    expect(await session.query(text, [1])).toEqual([{ next: 2 }]);
    expect(await session.query(text, [41])).toEqual([{ next: 42 }]);
    expect((await preparedTexts()).filter((statement) => statement === text)).toHaveLength(1);
  });

  it('leaves queries without parameters unprepared', async () => {
    await session.query('SELECT 7 AS seven');
    expect(await preparedTexts()).not.toContain('SELECT 7 AS seven');
  });

  it('leaves bulk statements (very long texts) unprepared', async () => {
    const values = Array.from({ length: 1500 }, (_, i) => i);
    const text = `SELECT count(*)::int AS n FROM (VALUES ${values.map((i) => `($${i + 1}::int)`).join(', ')}) v`;
    expect(text.length).toBeGreaterThan(MAX_PREPARED_TEXT_LENGTH);
    expect(await session.query(text, values)).toEqual([{ n: 1500 }]);
    expect(await preparedTexts()).not.toContain(text);
  });

  it('re-prepares a statement whose table changed shape under it (a migration while running)', async () => {
    await session.query('CREATE TABLE gizmos (id int PRIMARY KEY)');
    await session.query('INSERT INTO gizmos VALUES (1)');
    const select = 'SELECT * FROM gizmos WHERE id = $1';
    expect(await session.query(select, [1])).toEqual([{ id: 1 }]);
    await session.query('ALTER TABLE gizmos ADD COLUMN label text');
    expect(await session.query(select, [1])).toEqual([{ id: 1, label: null }]);
    expect(await session.query(select, [1])).toEqual([{ id: 1, label: null }]);
  });

  it('can be turned off (a transaction-mode pooler in front of PostgreSQL)', async () => {
    const plain = await openDatabase({
      url: database.url,
      poolSize: 1,
      entities: [],
      migrations: [],
      preparedStatements: false,
    });
    try {
      const runner = plain.createQueryRunner();
      await runner.connect();
      await runner.query('SELECT $1::int AS n', [5]);
      expect(await runner.query('SELECT count(*)::int AS n FROM pg_prepared_statements')).toEqual([{ n: 0 }]);
      await runner.release();
    } finally {
      await plain.destroy();
    }
  });
});
