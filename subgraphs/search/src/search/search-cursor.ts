import { badInput } from '@commerce/errors';
import { decodeCursor, encodeCursor } from '@commerce/graphql';
import type { SearchSort, SortValues } from '../engine/search-engine';
import { SORT_KEYS } from '../engine/sort-keys';

const MAX_CURSOR_LENGTH = 1000;

/** Opaque cursor of a hit: the sort it belongs to and the hit's sort values (base64url JSON). */
export function encodeSearchCursor(sort: SearchSort, values: SortValues): string {
  return encodeCursor([sort, ...values]);
}

/**
 * The sort values to continue after, or null for the first page. A cursor made for another sort, or
 * whose values do not have the sort's types, is BAD_USER_INPUT (it would otherwise reach the engine).
 */
export function decodeSearchCursor(after: string | null | undefined, sort: SearchSort): SortValues | null {
  if (!after) return null;
  if (after.length > MAX_CURSOR_LENGTH) throw invalid();
  const keys = SORT_KEYS[sort];
  const [cursorSort, ...values] = decodeCursor(after, keys.length + 1)!;
  if (cursorSort !== sort) throw badInput('after was issued for another sort order', { field: 'after' });
  const typed = keys.every((key, i) =>
    key.kind === 'number'
      ? typeof values[i] === 'number' && Number.isFinite(values[i])
      : typeof values[i] === 'string' && values[i].length <= 200,
  );
  if (!typed) throw invalid();
  return values as SortValues;
}

const invalid = () => badInput('after is not a valid cursor', { field: 'after' });
