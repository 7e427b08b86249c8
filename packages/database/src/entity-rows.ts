import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The entity for a raw row (an `INSERT/UPDATE ... RETURNING *` run with `manager.query`), with every
 * column converted the way TypeORM converts it when it loads the entity itself. Lets one statement
 * write and answer, where `save` + `findOne` would be two round trips.
 */
export function entityFromRow<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const metadata = manager.connection.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    // A column the entity never loads (`select: false`, a token kept for replays) stays out here too.
    if (!column.isSelect || !(column.databaseName in row)) continue;
    column.setEntityValue(
      entity,
      manager.connection.driver.prepareHydratedValue(row[column.databaseName], column),
    );
  }
  return entity;
}

/** Anything that runs SQL: a DataSource, or a transaction's EntityManager. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * The rows of any statement run with `query`. TypeORM's PostgreSQL driver answers UPDATE and DELETE
 * (also as the last statement of a CTE) with `[rows, affectedCount]` but INSERT and SELECT with the
 * rows alone, which is easy to get wrong at every call site.
 */
export async function returningRows<T>(runner: SqlRunner, sql: string, parameters: unknown[]): Promise<T[]> {
  const result = await runner.query(sql, parameters);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}
