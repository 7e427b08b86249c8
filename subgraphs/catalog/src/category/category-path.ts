import type { CategoryRecord } from '../store/catalog-store';

/**
 * Deepest category tree allowed (a root is depth 1). Marketplaces rarely need more than five levels;
 * the cap keeps paths (stored on every product for sub-tree filters) and breadcrumbs short.
 */
export const MAX_CATEGORY_DEPTH = 6;

/** Ancestors of a new child of `parent`, root first. */
export function ancestorsForChild(parent: CategoryRecord | null): string[] {
  return parent ? [...parent.ancestorIds, parent.id] : [];
}

/** Depth of a category: 1 for a root. */
export function categoryDepth(category: Pick<CategoryRecord, 'ancestorIds'>): number {
  return category.ancestorIds.length + 1;
}

/** Ids from the root down to the category itself: what a product in it stores as `categoryIds`. */
export function pathIds(category: Pick<CategoryRecord, 'id' | 'ancestorIds'>): string[] {
  return [...category.ancestorIds, category.id];
}

/**
 * The path of categories in root-first order, from lookups that may come back in any order.
 * Unknown ids are left out.
 */
export function orderPath(
  ids: readonly string[],
  found: readonly (CategoryRecord | null)[],
): CategoryRecord[] {
  const byId = new Map(found.filter((c): c is CategoryRecord => c !== null).map((c) => [c.id, c]));
  return ids.map((id) => byId.get(id)).filter((c): c is CategoryRecord => c !== undefined);
}
