import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PublicFor } from '@commerce/graphql';

/**
 * The catalog's product, extended here with its reviews and rating. Reviews resolves the reference
 * from the id alone (no query: every field it adds is loaded lazily, batched per request). The type
 * description repeats the owner's word for word, so composition has nothing to reconcile.
 */
@Directive('@key(fields: "id")')
@PublicFor()
@ObjectType('Product', { description: 'An item a seller offers on the marketplace' })
export class Product {
  @Field(() => ID, { description: 'Stable product id (UUID)' })
  id!: string;
}

/** The users subgraph's account, extended here with the reviews it wrote and its seller rating. */
@Directive('@key(fields: "id")')
@PublicFor()
@ObjectType('User', { description: 'A marketplace account (buyer, seller or admin)' })
export class User {
  @Field(() => ID, { description: 'The account id' })
  id!: string;
}

export const productRef = (id: string): Product => ({ id });
export const userRef = (id: string): User => ({ id });

/** `__resolveReference` of Product and User: the id is all reviews needs to resolve its fields. */
export const resolveIdReference = (reference: { id: string }) => ({ id: reference.id });
