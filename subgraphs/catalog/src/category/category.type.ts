import { PublicFor } from '@commerce/graphql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A node of the category tree, owned by the catalog subgraph; relations come from field resolvers. */
@Directive('@key(fields: "id")')
@PublicFor()
@ObjectType({ description: 'A category of the catalog tree (e.g. Electronics > Phones)' })
export class Category {
  @Field(() => ID, { description: 'Stable category id (UUID)' })
  id!: string;

  @Field({ description: 'Display name' })
  name!: string;

  @Field({ description: 'Unique URL-safe key, e.g. "mobile-phones"' })
  slug!: string;
}
