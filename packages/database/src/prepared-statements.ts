import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryConfig } from 'pg';

/** Distinct statements prepared per connection; past this, new texts run unprepared (bounded memory). */
const MAX_STATEMENTS_PER_CONNECTION = 512;
/**
 * Longer texts run unprepared: they are bulk writes (a VALUES list per row batch) whose parse cost is
 * spread over many rows, and whose cached plans would be large.
 */
export const MAX_PREPARED_TEXT_LENGTH = 8192;
const PREPARED = Symbol('commerce.preparedStatements');

type Query = (config: unknown, values?: unknown, callback?: unknown) => Promise<unknown>;
type PreparingClient = PoolClient & { [PREPARED]?: Map<string, string> };

/**
 * Makes every parameterized query on the pool's connections a named prepared statement, so
 * PostgreSQL parses and plans each distinct SQL text once per connection instead of on every call:
 * on this machine pgbench runs 1.3x the TPC-B transactions and 2.2x the point selects prepared
 * (docs/benchmarks.md), and parsing and planning were most of PostgreSQL's CPU in a checkout.
 * TypeORM only sends SQL text; naming happens here, where pg sees the query.
 *
 * A migration that changes a table's columns invalidates statements returning its rows ("cached plan
 * must not change result type"): the text is prepared again under a new name, and retried once, which succeeds
 * outside a transaction (inside one, PostgreSQL has already aborted it and the caller sees the error).
 * Not for a transaction-mode connection pooler between us and PostgreSQL, which cannot keep
 * statements per connection: turn it off there (DATABASE_PREPARED_STATEMENTS=false).
 */
export function prepareStatements(pool: Pool): void {
  pool.on('acquire', (client) => preparing(client as PreparingClient));
}

function preparing(client: PreparingClient): void {
  if (client[PREPARED]) return;
  const names = new Map<string, string>();
  client[PREPARED] = names;
  const query = client.query.bind(client) as Query;
  const prepared = async (text: string, values: unknown[]) => {
    const name = nameFor(names, text);
    if (!name) return query(text, values);
    try {
      return await query({ name, text, values } satisfies QueryConfig);
    } catch (error) {
      if (!isStalePlan(error)) throw error;
      // The server keeps the stale statement under the old name: prepare the text under a new one.
      const renamed = `${name}r`;
      names.set(text, renamed);
      return query({ name: renamed, text, values } satisfies QueryConfig).catch(() => {
        throw error;
      });
    }
  };
  client.query = ((config: unknown, values?: unknown, callback?: unknown) =>
    typeof config === 'string' && Array.isArray(values) && values.length > 0 && callback === undefined
      ? prepared(config, values)
      : query(config, values, callback)) as PoolClient['query'];
}

function nameFor(names: Map<string, string>, text: string): string | undefined {
  const known = names.get(text);
  if (known || names.size >= MAX_STATEMENTS_PER_CONNECTION || text.length > MAX_PREPARED_TEXT_LENGTH) {
    return known;
  }
  // A digest of the text: pg refuses one name for two texts, and names are limited to 63 bytes.
  const name = `s${createHash('sha1').update(text).digest('base64url')}`;
  names.set(text, name);
  return name;
}

function isStalePlan(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === '0A000' && /cached plan must not change result type/.test(message ?? '');
}
