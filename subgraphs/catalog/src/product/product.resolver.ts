import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole, Role } from '@commerce/auth';
import { notFound } from '@commerce/errors';
import { pageSize } from '@commerce/graphql';
import { Category } from '../category/category.type';
import type { CatalogContext } from '../context';
import type { CategoryRecord, ProductRecord } from '../store/catalog-store';
import { requireUuid } from '../validation';
import { visibleTo } from './product-access';
import { encodeProductCursor } from './product-cursor';
import { CreateProductInput, ProductFilter, UpdateProductInput } from './product.inputs';
import { Product, ProductConnection, UserReference } from './product.type';

/** Product queries and mutations: authorization, then one service call. */
@Resolver(() => Product)
export class ProductResolver {
  @Query(() => Product, {
    nullable: true,
    description: 'A product by id; a DRAFT only for its seller or ADMIN',
  })
  async product(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CatalogContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProductRecord | null> {
    const product = await ctx.loaders.productById.load(requireUuid(id, 'id').toLowerCase());
    return visibleTo(ctx, product, info);
  }

  @Query(() => ProductConnection, {
    nullable: true,
    description: 'Products newest first; ACTIVE ones unless the filter says otherwise',
  })
  async products(
    @Arg('filter', () => ProductFilter, {
      nullable: true,
      description: 'Conditions; none means all ACTIVE products',
    })
    filter: ProductFilter | null,
    @Arg('first', () => Int, { nullable: true, description: '1-100, default 20' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page' })
    after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<ProductConnection> {
    const limit = pageSize(first);
    const page = await ctx.services.products.list(ctx, filter, limit, after);
    for (const item of page.items) ctx.loaders.productById.prime(item.id, item);
    const edges = page.items.map((node) => ({ cursor: encodeProductCursor(node), node: node }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      count: page.count,
    };
  }

  @FieldResolver(() => UserReference, { description: 'The seller (resolved by the users subgraph)' })
  seller(@Root() product: ProductRecord): UserReference {
    return { id: product.sellerId };
  }

  @FieldResolver(() => Category, { description: 'The category the product is listed in' })
  async category(@Root() product: ProductRecord, @Ctx() ctx: CatalogContext): Promise<CategoryRecord> {
    const category = await ctx.loaders.categoryById.load(product.categoryId);
    if (!category) throw notFound('Category'); // categories are never deleted
    return category;
  }

  @Mutation(() => Product, { description: 'SELLER: lists a new product; the caller is its seller' })
  createProduct(@Arg('input') input: CreateProductInput, @Ctx() ctx: CatalogContext): Promise<ProductRecord> {
    requireRole(ctx, Role.SELLER);
    return ctx.services.products.create(ctx, input);
  }

  @Mutation(() => Product, { description: 'Its seller or ADMIN: changes a product' })
  updateProduct(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateProductInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<ProductRecord> {
    return ctx.services.products.update(ctx, id, input);
  }

  @Mutation(() => Product, {
    description: 'Its seller or ADMIN: adds (delta > 0) or removes (delta < 0) stock; never below zero',
  })
  adjustInventory(
    @Arg('productId', () => ID) productId: string,
    @Arg('delta', () => Int) delta: number,
    @Arg('reason', () => String, { nullable: true, description: 'Why, for the stock history' })
    reason: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<ProductRecord> {
    return ctx.services.products.adjustInventory(ctx, { productId, delta, reason });
  }

  @Mutation(() => Product, {
    description: 'Its seller or ADMIN: takes a product off sale (kept for history)',
  })
  archiveProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<ProductRecord> {
    return ctx.services.products.archive(ctx, id);
  }
}

/** `totalCount` is counted only when selected: a count can cost more than the page itself. */
@Resolver(() => ProductConnection)
export class ProductConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many products match the filter in all pages' })
  totalCount(@Root() connection: ProductConnection): Promise<number> {
    return connection.count();
  }
}
