import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createLogger } from '@commerce/logging';
import { createTestDatabase, engines, TestDatabase } from '@commerce/testing';
import { ensureDatabaseExists, isDatabaseReachable, openDatabase } from './data-source';

/** How many times the test migration ran, across every open of this file. */
let migrationRuns = 0;

class CreateWidgets1700000000001 implements MigrationInterface {
  name = 'CreateWidgets1700000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    migrationRuns += 1;
    // Not idempotent on purpose: running it twice would fail on the existing table.
    await queryRunner.query('CREATE TABLE widgets (id serial PRIMARY KEY, name text NOT NULL)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE widgets');
  }
}

/** Runs one statement on the admin database (postgres). */
async function adminQuery<T extends Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: engines.TEST_POSTGRES_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const databaseExists = async (name: string) =>
  (await adminQuery('SELECT 1 FROM pg_database WHERE datname = $1', [name])).length === 1;

function urlFor(name: string): string {
  const url = new URL(engines.TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

function capturingLogger() {
  const raw: string[] = [];
  const logger = createLogger({
    service: 'database-spec',
    destination: { write: (line: string) => raw.push(line) },
  });
  const lines = () => raw.map((line) => JSON.parse(line) as { msg?: string; migrations?: string[] });
  return { logger, lines };
}

describe('openDatabase', () => {
  let db: TestDatabase;
  const open: DataSource[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('database_open');
  });

  afterAll(async () => {
    for (const dataSource of open) if (dataSource.isInitialized) await dataSource.destroy();
    await db.drop();
  });

  async function openOnce(logger = capturingLogger()) {
    const dataSource = await openDatabase({
      url: db.url,
      poolSize: 2,
      entities: [],
      migrations: [CreateWidgets1700000000001],
      logger: logger.logger,
    });
    open.push(dataSource);
    return { dataSource, logger };
  }

  it('applies a pending migration once, and nothing on the next open', async () => {
    const first = await openOnce();
    expect(migrationRuns).toBe(1);
    expect(first.logger.lines()).toEqual([
      expect.objectContaining({
        msg: 'database migrations applied',
        migrations: ['CreateWidgets1700000000001'],
      }),
    ]);
    await first.dataSource.query("INSERT INTO widgets (name) VALUES ('sprocket')");
    await first.dataSource.destroy();

    const second = await openOnce();
    expect(migrationRuns).toBe(1);
    expect(second.logger.lines()).toEqual([]);
    // The data written after the first migration is still there: nothing was recreated.
    expect(await second.dataSource.query('SELECT name FROM widgets')).toEqual([{ name: 'sprocket' }]);
    const applied = await second.dataSource.query('SELECT name FROM migrations');
    expect(applied).toEqual([{ name: 'CreateWidgets1700000000001' }]);
  });

  it('reports the database reachable, then unreachable once destroyed', async () => {
    const { dataSource } = await openOnce();
    expect(await isDatabaseReachable(dataSource)).toBe(true);
    await dataSource.destroy();
    expect(await isDatabaseReachable(dataSource)).toBe(false);
  });

  it('creates the database named in the URL when it does not exist yet', async () => {
    const name = `test_database_fresh_${randomBytes(4).toString('hex')}`;
    expect(await databaseExists(name)).toBe(false);
    const dataSource = await openDatabase({ url: urlFor(name), poolSize: 1, entities: [], migrations: [] });
    try {
      expect(await databaseExists(name)).toBe(true);
      expect(await isDatabaseReachable(dataSource)).toBe(true);
    } finally {
      await dataSource.destroy();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });
});

describe('ensureDatabaseExists', () => {
  const name = `test_database_ensure_${randomBytes(4).toString('hex')}`;

  afterAll(async () => {
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('creates a missing database and is idempotent', async () => {
    expect(await databaseExists(name)).toBe(false);
    await ensureDatabaseExists(urlFor(name));
    expect(await databaseExists(name)).toBe(true);
    await expect(ensureDatabaseExists(urlFor(name))).resolves.toBeUndefined();
    expect(await databaseExists(name)).toBe(true);
  });

  it('tolerates several services racing to create the same database', async () => {
    const racing = `test_database_race_${randomBytes(4).toString('hex')}`;
    try {
      await Promise.all(Array.from({ length: 4 }, () => ensureDatabaseExists(urlFor(racing))));
      expect(await databaseExists(racing)).toBe(true);
    } finally {
      await adminQuery(`DROP DATABASE IF EXISTS "${racing}" WITH (FORCE)`);
    }
  });

  it('refuses a database name it cannot quote safely', async () => {
    await expect(ensureDatabaseExists(urlFor('bad"name; DROP DATABASE postgres'))).rejects.toThrow(
      /unsupported database name/,
    );
  });
});
