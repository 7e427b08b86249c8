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

/**
 * A per-request DataLoader of lists by a parent id (the items of many orders, the refunds of many
 * payments) over one query for all parents asked in a tick: each parent gets its rows in the order the
 * store returned them, and [] when it has none.
 */
export function createGroupedLoader<T>(
  findByParentIds: (ids: readonly string[]) => Promise<T[]>,
  parentOf: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of await findByParentIds(ids)) groups.get(parentOf(row))?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  });
}
