import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Entities other subgraphs own, as orders refers to them: by id only (`resolvable: false`), the
 * gateway fetches the rest from the owner. Type descriptions repeat the owner's word for word, so
 * composition keeps the owner's text.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('User', { description: 'A marketplace account (buyer, seller or admin)' })
export class UserRef {
  @Field(() => ID, { description: 'Account id' })
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Product', { description: 'A product for sale, owned by the catalog subgraph' })
export class ProductRef {
  @Field(() => ID, { description: 'Product id' })
  id!: string;
}

export const userRef = (id: string): UserRef => ({ id });
export const productRef = (id: string): ProductRef => ({ id });
