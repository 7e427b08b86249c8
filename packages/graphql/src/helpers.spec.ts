import { thrownBy } from '@commerce/testing';
import { AppError, ErrorCode } from '@commerce/errors';
import { createByIdLoader, createGroupedLoader } from './loaders';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE, pageSize } from './pagination';

const appErrorOf = (fn: () => unknown) => thrownBy(fn, AppError);

describe('pageSize', () => {
  it('defaults to 20 when first is absent', () => {
    expect(pageSize(undefined)).toBe(DEFAULT_PAGE_SIZE);
    expect(pageSize(null)).toBe(20);
  });

  it.each([1, 20, MAX_PAGE_SIZE])('accepts %p', (first) => {
    expect(pageSize(first)).toBe(first);
  });

  it.each([0, -1, 101, 2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %p with BAD_USER_INPUT on `first`',
    (first) => {
      const error = appErrorOf(() => pageSize(first));
      expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(error.details).toEqual({ field: 'first' });
      expect(error.message).toBe('first must be between 1 and 100');
    },
  );
});

describe('cursors', () => {
  it('round-trips a keyset position through an opaque, URL-safe string', () => {
    const position = ['2024-05-01T10:00:00.000Z', '6f1c1c8e-0d7a-4c8e-9a59-0b6a2f3b6a11'];
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('2024');
    expect(decodeCursor(cursor, 2)).toEqual(position);
  });

  it('keeps numbers and nulls in a position', () => {
    expect(decodeCursor(encodeCursor([1999, null, 'x']), 3)).toEqual([1999, null, 'x']);
  });

  it('answers null when there is no cursor (first page)', () => {
    expect(decodeCursor(undefined, 2)).toBeNull();
    expect(decodeCursor(null, 2)).toBeNull();
    expect(decodeCursor('', 2)).toBeNull();
  });

  it.each([
    ['not base64 JSON', '%%%not-a-cursor'],
    ['JSON that is not an array', Buffer.from('{"id":1}').toString('base64url')],
    ['a position of the wrong arity', encodeCursor(['only-one'])],
    ['a JSON scalar', Buffer.from('42').toString('base64url')],
  ])('refuses %s with BAD_USER_INPUT on `after`', (_, cursor) => {
    const error = appErrorOf(() => decodeCursor(cursor, 2));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.details).toEqual({ field: 'after' });
  });
});

describe('createByIdLoader', () => {
  interface Row {
    id: string;
    name: string;
  }
  const store: Row[] = [
    { id: 'a', name: 'Alpha' },
    { id: 'b', name: 'Bravo' },
    { id: 'c', name: 'Charlie' },
  ];

  /** A findByIds that records each batch and, like SQL `IN`, returns rows in its own order. */
  function recordingFindByIds() {
    const batches: string[][] = [];
    const findByIds = async (ids: readonly string[]) => {
      batches.push([...ids]);
      return store.filter((row) => ids.includes(row.id)).reverse();
    };
    return { batches, findByIds };
  }

  it('makes one batch call for N loads in the same tick, keeping the order asked and null for missing ids', async () => {
    const { batches, findByIds } = recordingFindByIds();
    const loader = createByIdLoader(findByIds);
    const results = await Promise.all(['c', 'missing', 'a', 'b'].map((id) => loader.load(id)));
    expect(results).toEqual([store[2], null, store[0], store[1]]);
    expect(batches).toEqual([['c', 'missing', 'a', 'b']]);
  });

  it('asks once per distinct id and serves repeats from the per-request cache', async () => {
    const { batches, findByIds } = recordingFindByIds();
    const loader = createByIdLoader(findByIds);
    expect(await loader.loadMany(['a', 'a', 'b'])).toEqual([store[0], store[0], store[1]]);
    expect(await loader.load('a')).toEqual(store[0]);
    expect(batches).toEqual([['a', 'b']]);
  });

  it('fails every load of the batch when the query fails', async () => {
    const loader = createByIdLoader<Row>(async () => {
      throw new Error('connection lost');
    });
    await expect(Promise.all([loader.load('a'), loader.load('b')])).rejects.toThrow('connection lost');
  });
});

describe('createGroupedLoader', () => {
  interface Item {
    orderId: string;
    sku: string;
  }
  const items: Item[] = [
    { orderId: 'o1', sku: 'a' },
    { orderId: 'o2', sku: 'b' },
    { orderId: 'o1', sku: 'c' },
  ];

  it('makes one query for every parent asked in a tick, keeping each parent its rows in store order', async () => {
    const batches: string[][] = [];
    const loader = createGroupedLoader(
      async (ids: readonly string[]) => {
        batches.push([...ids]);
        return items.filter((item) => ids.includes(item.orderId));
      },
      (item) => item.orderId,
    );
    const [o2, none, o1] = await Promise.all(['o2', 'o3', 'o1'].map((id) => loader.load(id)));
    expect(o2.map((item) => item.sku)).toEqual(['b']);
    expect(none).toEqual([]);
    expect(o1.map((item) => item.sku)).toEqual(['a', 'c']);
    expect(batches).toEqual([['o2', 'o3', 'o1']]);
  });
});
