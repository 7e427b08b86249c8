import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { Client, type Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { prepareStatements } from './prepared-statements';
import type { Logger } from '@commerce/logging';

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations: MixedList<Function | string>;
  /** Named prepared statements on every connection (see prepareStatements); default true. */
  preparedStatements?: boolean;
  /** Table name for applied migrations; one database per service, so the default is fine. */
  migrationsTableName?: string;
  logger?: Logger;
}

/**
 * Opens the service's TypeORM data source and brings its schema up to date with migrations
 * (never `synchronize`: schema changes are reviewed SQL, applied in order, once).
 */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  await ensureDatabaseExists(options.url);
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: options.migrationsTableName ?? 'migrations',
    migrationsRun: false,
    synchronize: false,
    logging: false,
    extra: {
      max: options.poolSize,
      // A request that cannot get a connection fails instead of queueing forever.
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      application_name: process.env.npm_package_name ?? 'commerce',
    },
  });
  await dataSource.initialize();
  if (options.preparedStatements ?? true) prepareStatements(poolOf(dataSource));
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) {
    options.logger?.info({ migrations: applied.map((m) => m.name) }, 'database migrations applied');
  }
  return dataSource;
}

/**
 * Creates the database named in `url` when it does not exist yet, so a fresh engine needs no manual step.
 * Two services racing to create the same database is harmless: the loser sees "already exists".
 */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[\w-]+$/.test(name)) throw new Error(`unsupported database name in DATABASE_URL: ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/** Readiness probe: the pool can run a trivial query. */
export async function isDatabaseReachable(dataSource: DataSource): Promise<boolean> {
  try {
    await dataSource.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

/** The pg pool behind a data source: what instrumentation (a statement counter, pool metrics) hooks. */
export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as PostgresDriver).master as Pool;
}
