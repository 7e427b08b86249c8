import { Field, Int, ObjectType, Directive } from 'type-graphql';
import { badInput } from '@commerce/errors';
import { InheritsCacheAge } from './cache-control';

/** Relay page information, shared by every subgraph's connections. */
@Directive('@shareable')
@InheritsCacheAge()
@ObjectType({ description: 'Where a page of a connection sits in the whole list' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of this page; pass it as `after`',
  })
  endCursor!: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Validates `first`: 1..100, 20 when absent. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
  }
  return first;
}

/** Cursors are opaque to clients: base64url of the keyset position (e.g. createdAt and id). */
export function encodeCursor(position: unknown[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): unknown[] | null {
  if (!cursor) return null;
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(position) && position.length === arity) return position;
  } catch {
    // fall through to the error below
  }
  throw badInput('after is not a valid cursor', { field: 'after' });
}

export { Int };
