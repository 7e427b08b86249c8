/**
 * Rows of an `UPDATE/DELETE ... RETURNING` run through TypeORM's `query`: its postgres driver answers
 * those with `[rows, rowCount]` instead of the rows (INSERT and SELECT answer with the rows).
 */
export function returnedRows<T = Record<string, unknown>>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return Array.isArray(result) ? (result as T[]) : [];
}
