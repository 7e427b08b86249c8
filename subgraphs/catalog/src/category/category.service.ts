import { badInput, conflict } from '@commerce/errors';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '@commerce/auth';
import { CatalogStore, CategoryRecord, DuplicateSlugError } from '../store/catalog-store';
import { validate } from '../validation';
import { ancestorsForChild, categoryDepth, MAX_CATEGORY_DEPTH, orderPath, pathIds } from './category-path';
import { createCategoryRule } from './category.validation';
import { deriveSlug } from './slug';

export interface CreateCategoryInput {
  name: string;
  slug?: string | null;
  parentId?: string | null;
}

/** The category tree: creation (ADMIN, checked by the resolver), lookups and paths. */
export class CategoryService {
  constructor(private readonly store: CatalogStore) {}

  /** One store query for many ids; one entry per id, null where unknown. */
  findByIds(ids: readonly string[]): Promise<(CategoryRecord | null)[]> {
    return this.store.findCategoriesByIds(ids);
  }

  findBySlug(slug: string): Promise<CategoryRecord | null> {
    return this.store.findCategoryBySlug(slug.trim().toLowerCase());
  }

  /** Children of each parent (null = the roots), in one store query. */
  childrenOf(parentIds: readonly (string | null)[]): Promise<CategoryRecord[]> {
    return this.store.listChildCategories(parentIds);
  }

  /**
   * The path from the root to `categoryId`, root first. An unknown id is the caller's input error
   * (BAD_USER_INPUT on `field`): the request names something that does not exist.
   */
  async pathTo(categoryId: string, field: string): Promise<CategoryRecord[]> {
    const [category] = await this.store.findCategoriesByIds([categoryId]);
    if (!category) throw badInput(`${field} does not name an existing category`, { field });
    const ids = pathIds(category);
    return orderPath(ids, await this.store.findCategoriesByIds(ids));
  }

  async create(_ctx: RequestContext, raw: CreateCategoryInput): Promise<CategoryRecord> {
    const input = validate(createCategoryRule, raw);
    let parent: CategoryRecord | null = null;
    if (input.parentId) {
      [parent] = await this.store.findCategoriesByIds([input.parentId]);
      if (!parent) throw badInput('parentId does not name an existing category', { field: 'parentId' });
      if (categoryDepth(parent) >= MAX_CATEGORY_DEPTH) {
        throw badInput(`categories nest at most ${MAX_CATEGORY_DEPTH} levels deep`, { field: 'parentId' });
      }
    }
    const slug = input.slug ?? deriveSlug(input.name);
    if (!slug) throw badInput('slug cannot be derived from this name; give one', { field: 'slug' });
    const category: CategoryRecord = {
      id: randomUUID(),
      name: input.name,
      slug,
      parentId: parent?.id ?? null,
      ancestorIds: ancestorsForChild(parent),
      createdAt: new Date(),
    };
    try {
      await this.store.insertCategory(category);
    } catch (error) {
      if (error instanceof DuplicateSlugError)
        throw conflict(`slug ${slug} is already taken`, { field: 'slug' });
      throw error;
    }
    return category;
  }
}
