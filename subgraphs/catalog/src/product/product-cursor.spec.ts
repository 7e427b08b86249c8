import { randomUUID } from 'node:crypto';
import { AppError } from '@commerce/errors';
import { encodeCursor } from '@commerce/graphql';
import {
  compareListingOrder,
  decodeExportCursor,
  decodeProductCursor,
  encodeExportCursor,
  encodeProductCursor,
  takePage,
} from './product-cursor';

describe('product cursors', () => {
  it('round-trips a keyset position, keeping milliseconds', () => {
    const position = { createdAt: new Date('2030-05-06T07:08:09.123Z'), id: randomUUID() };
    expect(decodeProductCursor(encodeProductCursor(position))).toEqual(position);
    expect(decodeProductCursor(null)).toBeNull();
    expect(decodeProductCursor('')).toBeNull();
  });

  it.each([
    ['garbage', 'not base64 json'],
    ['wrong arity', encodeCursor(['2030-01-01T00:00:00.000Z'])],
    ['bad date', encodeCursor(['yesterday', randomUUID()])],
    ['bad id', encodeCursor(['2030-01-01T00:00:00.000Z', "x' OR 1=1"])],
    ['number date', encodeCursor([12, randomUUID()])],
  ])('refuses a cursor with %s as BAD_USER_INPUT on `after`', (_what, cursor) => {
    expect(() => decodeProductCursor(cursor)).toThrow(AppError);
    try {
      decodeProductCursor(cursor);
    } catch (error) {
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'after' } });
    }
  });

  it('orders newest first and breaks createdAt ties by id descending', () => {
    const t = new Date('2030-01-01T00:00:00.000Z');
    const rows = [
      { createdAt: t, id: 'a' },
      { createdAt: new Date(t.getTime() + 1), id: 'a' },
      { createdAt: t, id: 'c' },
      { createdAt: t, id: 'b' },
    ];
    expect(
      [...rows].sort(compareListingOrder).map((r) => `${r.createdAt.getTime() - t.getTime()}${r.id}`),
    ).toEqual(['1a', '0c', '0b', '0a']);
  });

  it('splits a page fetched with one extra row', () => {
    expect(takePage([1, 2, 3], 2)).toEqual({ items: [1, 2], hasNextPage: true });
    expect(takePage([1, 2], 2)).toEqual({ items: [1, 2], hasNextPage: false });
    expect(takePage([], 2)).toEqual({ items: [], hasNextPage: false });
  });

  it('round-trips export cursors and refuses malformed ones', () => {
    const id = randomUUID();
    expect(decodeExportCursor(encodeExportCursor(id))).toBe(id);
    expect(decodeExportCursor(undefined)).toBeNull();
    expect(() => decodeExportCursor(encodeCursor(['not-a-uuid']))).toThrow(AppError);
  });
});
