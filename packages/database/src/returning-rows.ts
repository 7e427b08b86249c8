/** Anything that runs SQL: a DataSource, or a transaction's EntityManager. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Runs an `UPDATE/DELETE ... RETURNING` and gives its rows. TypeORM's PostgreSQL driver answers
 * those with `[rows, affectedCount]` (INSERT and SELECT with the rows alone), which is easy to get
 * wrong at every call site.
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
