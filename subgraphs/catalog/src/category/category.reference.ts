import { isUuid } from '@commerce/runtime';
import type { CatalogContext } from '../context';
import type { CategoryRecord } from '../store/catalog-store';

/** Resolves `Category` references from other subgraphs through the request's loader (one query). */
export async function resolveCategoryReference(
  reference: { id: string },
  ctx: CatalogContext,
): Promise<CategoryRecord | null> {
  if (!isUuid(reference.id)) return null;
  return ctx.loaders.categoryById.load(reference.id.toLowerCase());
}
