import { InheritsCacheAge } from '@commerce/graphql';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '@commerce/graphql';
import { Product, ProductEdge } from './product.type';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
  RATING = 'RATING',
  NEWEST = 'NEWEST',
}

registerEnumType(SearchSort, {
  name: 'SearchSort',
  description: 'Order of search results; ties are broken by product id, so pages are stable',
  valuesConfig: {
    RELEVANCE: {
      description: 'Best text match first (name matches weigh most); NEWEST when there is no query',
    },
    PRICE_ASC: { description: 'Cheapest first' },
    PRICE_DESC: { description: 'Most expensive first' },
    RATING: { description: 'Best average rating first, then most ratings; unrated products last' },
    NEWEST: { description: 'Most recently created first' },
  },
});

@InputType({ description: 'Conditions every result must meet; absent fields do not filter' })
export class SearchFilter {
  @Field(() => ID, { nullable: true, description: 'This category or any of its descendants' })
  categoryId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Any of these brands, ignoring case (at most 50)' })
  brands?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Lowest price, inclusive, in minor units (1999 = 19.99)' })
  minPrice?: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest price, inclusive, in minor units' })
  maxPrice?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Lowest average rating, 0 to 5; unrated products never match',
  })
  minRating?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only products in stock; false or absent: any' })
  inStock?: boolean | null;
}

@InheritsCacheAge()
@ObjectType({ description: 'One value of a facet and how many results have it' })
export class FacetCount {
  @Field({
    description:
      'brands: the brand; categories: the category id; priceRanges: "from-to" in minor units, from ' +
      'inclusive, to exclusive ("50000-" has no upper bound); ratings: "4" means an average of 4 or more',
  })
  value!: string;

  @Field(() => Int, { description: 'Number of results with this value' })
  count!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Display name where value is an id (category name), or "4+" for ratings',
  })
  label!: string | null;
}

@InheritsCacheAge()
@ObjectType({
  description:
    'Counts over the filtered results. Each of brands, priceRanges and ratings ignores its own filter ' +
    '(so other choices keep their counts); categories applies every filter',
})
export class SearchFacets {
  @Field(() => [FacetCount], { description: 'The 20 most frequent brands' })
  brands!: FacetCount[];

  @Field(() => [FacetCount], { description: "The 20 most frequent categories (each product's own category)" })
  categories!: FacetCount[];

  @Field(() => [FacetCount], { description: 'Fixed price ranges, cheapest first, including empty ones' })
  priceRanges!: FacetCount[];

  @Field(() => [FacetCount], { description: 'Products rated 4+, 3+, 2+ and 1+ (cumulative)' })
  ratings!: FacetCount[];
}

@InheritsCacheAge()
@ObjectType({ description: 'A page of products matching a search, with facets for refining it' })
export class SearchResult {
  @Field(() => Int, { description: 'All results matching the query and filters' })
  totalCount!: number;

  @Field(() => [ProductEdge], { description: 'This page of results, in the requested order' })
  edges!: ProductEdge[];

  @Field(() => PageInfo, { description: 'Whether more results follow and the cursor to get them' })
  pageInfo!: PageInfo;

  @Field(() => SearchFacets, { description: 'Counts for refining the search' })
  facets!: SearchFacets;
}

@InheritsCacheAge()
@ObjectType({ description: 'An autocompletion for a search box' })
export class Suggestion {
  @Field({ description: 'The product name to show and search for' })
  text!: string;

  @Field(() => Product, { nullable: true, description: 'The best-matching product with this name' })
  product!: Product | null;
}
