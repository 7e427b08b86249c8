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
