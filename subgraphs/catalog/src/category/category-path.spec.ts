import type { CategoryRecord } from '../store/catalog-store';
import { ancestorsForChild, categoryDepth, MAX_CATEGORY_DEPTH, orderPath, pathIds } from './category-path';

const node = (id: string, ancestorIds: string[]): CategoryRecord => ({
  id,
  name: id,
  slug: id,
  parentId: ancestorIds.at(-1) ?? null,
  ancestorIds,
  createdAt: new Date(0),
});

describe('category paths', () => {
  const root = node('root', []);
  const mid = node('mid', ancestorsForChild(root));
  const leaf = node('leaf', ancestorsForChild(mid));

  it('builds ancestors root first, and the path down to the category itself', () => {
    expect(ancestorsForChild(null)).toEqual([]);
    expect(leaf.ancestorIds).toEqual(['root', 'mid']);
    expect(pathIds(leaf)).toEqual(['root', 'mid', 'leaf']);
    expect(pathIds(root)).toEqual(['root']);
  });

  it('measures depth from 1 at the root', () => {
    expect([root, mid, leaf].map(categoryDepth)).toEqual([1, 2, 3]);
    expect(MAX_CATEGORY_DEPTH).toBeGreaterThanOrEqual(4);
  });

  it('orders looked-up categories along the path and drops unknown ones', () => {
    expect(orderPath(['root', 'mid', 'leaf'], [leaf, null, root, mid]).map((c) => c.id)).toEqual([
      'root',
      'mid',
      'leaf',
    ]);
    expect(orderPath(['root', 'gone', 'leaf'], [leaf, root]).map((c) => c.id)).toEqual(['root', 'leaf']);
  });
});
