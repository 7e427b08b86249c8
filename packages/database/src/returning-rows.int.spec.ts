import type { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '@commerce/testing';
import { openDatabase } from './data-source';
import { returningRows } from './returning-rows';

// Engines: PostgreSQL. TypeORM answers UPDATE/DELETE ... RETURNING with [rows, count] and the other
// statements with the rows: every caller must get the rows either way.
let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('returning_rows');
  dataSource = await openDatabase({ url: database.url, poolSize: 2, entities: [], migrations: [] });
  await dataSource.query(`CREATE TABLE counters (name text PRIMARY KEY, value integer NOT NULL)`);
});

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

describe('returningRows', () => {
  it('gives the rows of INSERT, UPDATE and DELETE ... RETURNING, through a data source or a transaction', async () => {
    expect(
      await returningRows(dataSource, `INSERT INTO counters VALUES ('a', 1), ('b', 2) RETURNING name`, []),
    ).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(
      await returningRows(dataSource, `UPDATE counters SET value = value + 1 RETURNING name, value`, []),
    ).toEqual(
      expect.arrayContaining([
        { name: 'a', value: 2 },
        { name: 'b', value: 3 },
      ]),
    );
    const deleted = await dataSource.transaction((manager) =>
      returningRows<{ name: string }>(manager, `DELETE FROM counters WHERE name = $1 RETURNING name`, ['a']),
    );
    expect(deleted).toEqual([{ name: 'a' }]);
  });

  it('gives an empty list when nothing matched', async () => {
    expect(
      await returningRows(dataSource, `UPDATE counters SET value = 0 WHERE name = $1 RETURNING name`, [
        'none',
      ]),
    ).toEqual([]);
  });
});
