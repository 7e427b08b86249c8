import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InheritsCacheAge, Money, PageInfo, PublicFor } from '@commerce/graphql';
import { ProductStatus } from '../store/catalog-store';

registerEnumType(ProductStatus, {
  name: 'ProductStatus',
  description: 'Where a product is in its life: only ACTIVE products are listed by default and can be bought',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; visible only to its seller and admins' },
    ACTIVE: { description: 'For sale' },
    ARCHIVED: { description: 'No longer sold; still shown where past orders and reviews refer to it' },
  },
});

/** The users subgraph's account, referenced by id only (this subgraph cannot resolve it); the
 * description matches the owner's so composition has nothing to reconcile. */
@Directive('@key(fields: "id", resolvable: false)')
@InheritsCacheAge()
@ObjectType('User', { description: 'A marketplace account (buyer, seller or admin)' })
export class UserReference {
  @Field(() => ID, { description: 'The account id' })
  id!: string;
}

@InheritsCacheAge()
@ObjectType({ description: 'A name/value pair describing a product, e.g. colour: red' })
export class ProductAttribute {
  @Field({ description: 'What is described, e.g. colour, size, material' })
  name!: string;

  @Field({ description: 'Its value, e.g. red' })
  value!: string;
}

/** A product, owned by the catalog subgraph; `seller` and `category` are resolved by field resolvers. */
/** Public (a DRAFT is marked caller-specific where it is resolved, see `visibleTo`). */
@Directive('@key(fields: "id")')
@PublicFor()
@ObjectType({ description: 'An item a seller offers on the marketplace' })
export class Product {
  @Field(() => ID, { description: 'Stable product id (UUID)' })
  id!: string;

  @Field({ description: 'Display name (at most 200 characters)' })
  name!: string;

  @Field({ description: 'Full description shown on the product page' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Brand or manufacturer, when known' })
  brand!: string | null;

  @Field(() => Money, { description: 'Unit price' })
  price!: Money;

  @Field(() => [String], { description: 'Image URLs, the first one is the main image' })
  images!: string[];

  @Field(() => [ProductAttribute], { description: 'Free-form characteristics (size, colour...)' })
  attributes!: ProductAttribute[];

  @Field(() => Int, { description: 'Units that can be bought now (stock not held by reservations)' })
  stockAvailable!: number;

  @Field(() => ProductStatus, { description: 'Lifecycle status' })
  status!: ProductStatus;

  @Field({ description: 'When the product was listed' })
  createdAt!: Date;

  @Field({ description: 'When the product last changed (content, status or stock)' })
  updatedAt!: Date;
}

@Directive('@shareable')
@ObjectType({ description: 'A product in a connection, with the cursor to continue after it' })
export class ProductEdge {
  @Field({ description: 'Opaque cursor of this position; pass it as `after`' })
  cursor!: string;

  @Field(() => Product, { description: 'The product' })
  node!: Product;
}

@ObjectType({ description: 'A page of products (Relay connection), newest first' })
export class ProductConnection {
  @Field(() => [ProductEdge], { description: 'The products of this page' })
  edges!: ProductEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list' })
  pageInfo!: PageInfo;

  /** Counted only when asked for (see the connection's field resolver). */
  count!: () => Promise<number>;
}
