import { PublicFor } from '@commerce/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { SearchContext } from '../context';
import { SearchArgs, SuggestArgs } from './search.args';
import { SearchResult, Suggestion } from './search.type';
import { selectsField } from './selection';

const SUGGEST_MAX_AGE_SECONDS = 30;

/** The public search operations (docs/api.md, search); open to anonymous callers. */
@Resolver()
export class SearchResolver {
  // Results are the same for every caller: public, reusable for the micro-cache's second.
  @PublicFor()
  @Query(() => SearchResult, {
    nullable: true,
    description:
      'Full-text search over active products (name, brand, categories, attributes, description) with ' +
      'filters, sorting, cursor pagination and facets',
  })
  search(
    @Args() args: SearchArgs,
    @Ctx() ctx: SearchContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchResult> {
    return ctx.services.search.search(ctx, { ...args, withFacets: selectsField(info, 'facets') });
  }

  // Completions of a prefix change rarely and need not list a product the moment it appears (search
  // does, within two seconds): 30 s. Asking for catalog fields of the product shortens it to theirs.
  @PublicFor(SUGGEST_MAX_AGE_SECONDS)
  @Query(() => [Suggestion], {
    nullable: true,
    description:
      'Typo-tolerant completions of a search box prefix ("iph" gives "iPhone 15"); blank gives none',
  })
  suggest(@Args() { prefix, limit }: SuggestArgs, @Ctx() ctx: SearchContext): Promise<Suggestion[]> {
    return ctx.services.search.suggest(ctx, prefix, limit);
  }
}
