import DataLoader from 'dataloader';

/**
 * A per-request DataLoader over one `findByIds` query: N lookups in a tick cost one query, results come
 * back in the order asked, and ids the store does not know resolve to null.
 */
export function createByIdLoader<T extends { id: string }>(
  findByIds: (ids: readonly string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await findByIds(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
