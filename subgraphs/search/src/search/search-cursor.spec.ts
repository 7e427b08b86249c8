import { AppError } from '@commerce/errors';
import { encodeCursor } from '@commerce/graphql';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor';

const badInput = (run: () => unknown) => {
  expect(run).toThrow(AppError);
  try {
    run();
  } catch (error) {
    expect((error as AppError).code).toBe('BAD_USER_INPUT');
    expect((error as AppError).details).toEqual({ field: 'after' });
  }
};

describe('search cursors', () => {
  it('round-trips the sort values of a hit, opaque to clients', () => {
    const cursor = encodeSearchCursor('RATING', [4.5, 12, 'p1']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSearchCursor(cursor, 'RATING')).toEqual([4.5, 12, 'p1']);
    expect(decodeSearchCursor(null, 'NEWEST')).toBeNull();
    expect(decodeSearchCursor('', 'NEWEST')).toBeNull();
  });

  it('refuses a cursor issued for another sort', () => {
    badInput(() => decodeSearchCursor(encodeSearchCursor('PRICE_ASC', [100, 'p1']), 'PRICE_DESC'));
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['the wrong arity', encodeCursor(['NEWEST', 1])],
    ['a string where a number belongs', encodeCursor(['NEWEST', '1', 'p1'])],
    ['an object where the id belongs', encodeCursor(['NEWEST', 1, { $gt: '' }])],
    ['a huge cursor', 'A'.repeat(5000)],
  ])('refuses %s with BAD_USER_INPUT', (_what, cursor) => {
    badInput(() => decodeSearchCursor(cursor, 'NEWEST'));
  });
});
