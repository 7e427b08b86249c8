import { badInput } from '@commerce/errors';
import { decodeCursor, encodeCursor } from '@commerce/graphql';
import { isUuid } from '@commerce/runtime';
import type { ProductPosition } from '../store/catalog-store';

/**
 * Cursors of the `products` connection: the keyset position (createdAt, id) of a row, opaque to
 * clients. createdAt alone is not unique (bulk imports share timestamps), so id breaks ties.
 */
export function encodeProductCursor(position: ProductPosition): string {
  return encodeCursor([position.createdAt.toISOString(), position.id]);
}

export function decodeProductCursor(cursor: string | null | undefined): ProductPosition | null {
  const position = decodeCursor(cursor, 2);
  if (!position) return null;
  const [createdAt, id] = position;
  const date = typeof createdAt === 'string' ? new Date(createdAt) : new Date(NaN);
  if (Number.isNaN(date.getTime()) || !isUuid(id)) {
    throw badInput('after is not a valid cursor', { field: 'after' });
  }
  return { createdAt: date, id: id.toLowerCase() };
}

/** Listing order: newest first, then id descending. Negative when `a` comes first. */
export function compareListingOrder(a: ProductPosition, b: ProductPosition): number {
  const byTime = b.createdAt.getTime() - a.createdAt.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Cursor of the reindex export: the last id of the previous page. */
export function encodeExportCursor(id: string): string {
  return encodeCursor([id]);
}

export function decodeExportCursor(cursor: string | null | undefined): string | null {
  const position = decodeCursor(cursor, 1);
  if (!position) return null;
  if (!isUuid(position[0])) throw badInput('after is not a valid cursor', { field: 'after' });
  return position[0].toLowerCase();
}

/** Splits a result fetched with one extra row into the page and whether more follow. */
export function takePage<T>(rows: T[], limit: number): { items: T[]; hasNextPage: boolean } {
  return { items: rows.slice(0, limit), hasNextPage: rows.length > limit };
}
