import { ArgsType, Field, Int } from 'type-graphql';
import { SearchFilter, SearchSort } from './search.type';

/** Arguments of `search`, in the order of docs/api.md (a class keeps them in order in the SDL). */
@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Plain text, at most 200 characters; absent to browse',
  })
  query?: string | null;

  @Field(() => SearchFilter, { nullable: true, description: 'Conditions every result must meet' })
  filter?: SearchFilter | null;

  @Field(() => SearchSort, { nullable: true, description: 'Order of results; RELEVANCE by default' })
  sort?: SearchSort | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20)' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;
}

/** Arguments of `suggest`. */
@ArgsType()
export class SuggestArgs {
  @Field({ description: 'What the user typed so far, at most 100 characters' })
  prefix!: string;

  @Field(() => Int, { nullable: true, description: 'At most this many, 1 to 20 (default 8)' })
  limit?: number | null;
}
