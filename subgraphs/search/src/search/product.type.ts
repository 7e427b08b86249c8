import { InheritsCacheAge } from '@commerce/graphql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A reference to catalog's Product: search knows only the id and never resolves the entity
 * (`resolvable: false`); the gateway fetches name, price... from catalog.
 */
@Directive('@key(fields: "id", resolvable: false)')
@InheritsCacheAge()
@ObjectType({ description: 'A product of the catalog; its fields are resolved by the catalog service' })
export class Product {
  @Field(() => ID, { description: 'Product id' })
  id!: string;
}

/**
 * Shared with catalog's `products` connection: both subgraphs define it identically, hence
 * `@shareable` on the type (fields `cursor: String!`, `node: Product!`).
 */
@Directive('@shareable')
@InheritsCacheAge()
@ObjectType({ description: 'A product in a page of a product list' })
export class ProductEdge {
  @Field({ description: 'Opaque position of this product; pass it as `after` to get the products after it' })
  cursor!: string;

  @Field(() => Product, { description: 'The product' })
  node!: Product;
}
