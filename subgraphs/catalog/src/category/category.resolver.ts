import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole, Role } from '@commerce/auth';
import { badInput } from '@commerce/errors';
import { CatalogContext, ROOTS } from '../context';
import type { CategoryRecord } from '../store/catalog-store';
import { requireUuid } from '../validation';
import { pathIds } from './category-path';
import { CreateCategoryInput } from './category.inputs';
import { Category } from './category.type';

/** The category tree: lookups, tree navigation and creation by ADMIN. */
@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category], {
    nullable: true,
    description: 'Children of a category by name; the top level when parentId is null',
  })
  categories(
    @Arg('parentId', () => ID, { nullable: true }) parentId: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<CategoryRecord[]> {
    const key = parentId === null || parentId === undefined ? null : requireUuid(parentId, 'parentId');
    return ctx.loaders.childCategories.load(key?.toLowerCase() ?? ROOTS);
  }

  @Query(() => Category, { nullable: true, description: 'A category by id or by slug (give exactly one)' })
  async category(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('slug', () => String, { nullable: true }) slug: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<CategoryRecord | null> {
    const byId = id !== null && id !== undefined;
    const bySlug = slug !== null && slug !== undefined;
    if (byId === bySlug) throw badInput('give exactly one of id and slug', { field: byId ? 'slug' : 'id' });
    if (id) return ctx.loaders.categoryById.load(requireUuid(id, 'id').toLowerCase());
    if (slug!.length > 200) return null;
    return ctx.services.categories.findBySlug(slug!);
  }

  @FieldResolver(() => Category, { nullable: true, description: 'The parent; null for a top-level category' })
  parent(
    @Root() category: CategoryRecord,
    @Ctx() ctx: CatalogContext,
  ): Promise<CategoryRecord | null> | null {
    return category.parentId ? ctx.loaders.categoryById.load(category.parentId) : null;
  }

  @FieldResolver(() => [Category], { description: 'Direct sub-categories, by name' })
  children(@Root() category: CategoryRecord, @Ctx() ctx: CatalogContext): Promise<CategoryRecord[]> {
    return ctx.loaders.childCategories.load(category.id);
  }

  @FieldResolver(() => [Category], {
    description: 'From the top-level category down to this one (breadcrumbs)',
  })
  async path(@Root() category: CategoryRecord, @Ctx() ctx: CatalogContext): Promise<CategoryRecord[]> {
    const found = await ctx.loaders.categoryById.loadMany(pathIds(category));
    return found.filter((c): c is CategoryRecord => c !== null && !(c instanceof Error));
  }

  @Mutation(() => Category, { description: 'ADMIN: adds a category to the tree' })
  createCategory(
    @Arg('input') input: CreateCategoryInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<CategoryRecord> {
    requireRole(ctx, Role.ADMIN);
    return ctx.services.categories.create(ctx, input);
  }
}
