import type { DataSource, QueryRunner } from 'typeorm';
import type { Logger } from '@commerce/logging';
import { collapseChanges, documentChange } from '../document-change';
import { CATCH_UP_MARGIN_MS, perSecond } from '../reindex-timing';
import type { ReindexOptions, ReindexReport } from '../search-engine';
import type { ProductWrite } from '../product-document';
import { FROM_JSON, fromTableSince, LIVE_TABLE, mergeSql, toRow } from './document-sql';

const NEXT_TABLE = `${LIVE_TABLE}_next`;
/** One reindex at a time per database (session advisory lock). */
const REINDEX_LOCK = `hashtext('${LIVE_TABLE}.reindex')`;

/**
 * Zero-downtime rebuild for PostgreSQL: load `search_documents_next` (same columns, generated
 * vectors included; secondary indexes built after the load, which is faster; ratings come with the
 * writes), then in one short transaction: block writers to the live table (readers go on), merge the rows
 * they changed since the start, drop the live table and rename the new one in. Searches in flight
 * finish on the old table; those arriving during the swap wait for it (milliseconds), then read the
 * new one.
 */
export async function reindexTable(
  dataSource: DataSource,
  logger: Logger,
  pages: AsyncIterable<ProductWrite[]>,
  options: ReindexOptions,
): Promise<ReindexReport> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock(${REINDEX_LOCK}) AS locked`);
    if (!locked) throw new Error('another reindex of the search documents is running');
    try {
      return await rebuild(runner, logger, pages, options);
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(${REINDEX_LOCK})`);
    }
  } finally {
    await runner.release();
  }
}

async function rebuild(
  runner: QueryRunner,
  logger: Logger,
  pages: AsyncIterable<ProductWrite[]>,
  options: ReindexOptions,
): Promise<ReindexReport> {
  const startedAt = Date.now();
  // The database's clock, the one indexed_at is written with.
  const [{ since }] = await runner.query(
    `SELECT clock_timestamp() - $1 * interval '1 millisecond' AS since`,
    [options.catchUpMarginMs ?? CATCH_UP_MARGIN_MS],
  );
  await runner.query(`DROP TABLE IF EXISTS ${NEXT_TABLE}`); // left by a reindex that crashed
  await runner.query(
    `CREATE TABLE ${NEXT_TABLE} (LIKE ${LIVE_TABLE} INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING STORAGE)`,
  );
  await runner.query(`ALTER TABLE ${NEXT_TABLE} ADD PRIMARY KEY (product_id)`);
  let indexed = 0;
  for await (const page of pages) {
    if (page.length === 0) continue;
    // Ratings come with the writes (from search's own product_ratings table): catalog has none.
    const rows = collapseChanges(page.map(documentChange.upsert)).map(toRow);
    await runner.query(mergeSql(NEXT_TABLE, FROM_JSON), [JSON.stringify(rows)]);
    indexed += page.length;
    options.onProgress?.(indexed);
  }
  const loadMs = Date.now() - startedAt;
  const indexNames = await copyIndexes(runner);
  await runner.query(`ANALYZE ${NEXT_TABLE}`);

  await runner.startTransaction();
  let caughtUp: number;
  try {
    await runner.query(`LOCK TABLE ${LIVE_TABLE} IN EXCLUSIVE MODE`);
    caughtUp = (await runner.query(mergeSql(NEXT_TABLE, fromTableSince(LIVE_TABLE)), [since])).length;
    await runner.query(`DROP TABLE ${LIVE_TABLE}`);
    await runner.query(`ALTER TABLE ${NEXT_TABLE} RENAME TO ${LIVE_TABLE}`);
    await runner.query(`ALTER INDEX ${NEXT_TABLE}_pkey RENAME TO ${LIVE_TABLE}_pkey`);
    for (const name of indexNames) await runner.query(`ALTER INDEX ${name}_next RENAME TO ${name}`);
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
  const durationMs = Date.now() - startedAt;
  logger.info({ table: LIVE_TABLE, indexed, caughtUp, durationMs }, 'reindex swapped');
  return { indexed, caughtUp, durationMs, productsPerSecond: perSecond(indexed, loadMs), target: LIVE_TABLE };
}

/**
 * Builds on the new table every secondary index the live table has (read from the catalog, so a
 * later migration's index is carried over without touching this code); returns their names.
 */
async function copyIndexes(runner: QueryRunner): Promise<string[]> {
  const indexes: Array<{ indexname: string; indexdef: string }> = await runner.query(
    `SELECT indexname, indexdef FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = $1 AND indexname <> $2`,
    [LIVE_TABLE, `${LIVE_TABLE}_pkey`],
  );
  const definition = /^CREATE (UNIQUE )?INDEX (\S+) ON (\S+) (USING .*)$/;
  for (const { indexname, indexdef } of indexes) {
    const match = definition.exec(indexdef);
    if (!match) throw new Error(`cannot copy index definition: ${indexdef}`);
    await runner.query(`CREATE ${match[1] ?? ''}INDEX ${indexname}_next ON ${NEXT_TABLE} ${match[4]}`);
  }
  return indexes.map((i) => i.indexname);
}
