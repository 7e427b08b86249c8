import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { engines } from './engines';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database for one test file on the real PostgreSQL, so files run in parallel without
 * seeing each other's rows. `drop` removes it (and any connection left open to it).
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const name = `test_${prefix.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`.toLowerCase();
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(engines.TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: engines.TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The settings every subgraph's test harness starts its service with: an ephemeral port (the service's
 * own `<NAME>_PORT` variable), the test database, a silent log, a local JWKS and a short shutdown.
 */
export function harnessSettings(
  portVariable: string,
  database: TestDatabase,
  jwksUrl: string,
): Record<string, string> {
  return {
    [portVariable]: '0',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '10',
    LOG_LEVEL: 'silent',
    JWKS_URL: jwksUrl,
    SHUTDOWN_TIMEOUT_MS: '2000',
  };
}
