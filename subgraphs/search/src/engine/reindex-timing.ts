/**
 * Shared by both adapters' reindex. Writes made up to this long before the reindex started are still
 * caught up after the load: covers transactions in flight when it started and clock differences
 * between writers (versioned writes make re-applying a change harmless).
 */
export const CATCH_UP_MARGIN_MS = 60_000;

/** Documents per second over `ms`, rounded. */
export function perSecond(count: number, ms: number): number {
  return ms > 0 ? Math.round((count * 1000) / ms) : count;
}
