/** One entry per id asked, in order, null where unknown (what DataLoader and the store contract expect). */
export function alignByIds<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
