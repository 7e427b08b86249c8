import { Field, Float, Int, ObjectType } from 'type-graphql';
import { InheritsCacheAge } from '@commerce/graphql';

@InheritsCacheAge()
@ObjectType({ description: 'How a product (or a seller) is rated: the mean and how the ratings spread' })
export class RatingSummary {
  @Field(() => Float, {
    nullable: true,
    description: 'Mean rating from 1 to 5, rounded to 2 decimals; null when nothing was rated yet',
  })
  average!: number | null;

  @Field(() => Int, { description: 'How many ratings there are' })
  count!: number;

  @Field(() => [Int], {
    description: 'How many ratings gave each number of stars: 5 numbers, 1 star first, 5 stars last',
  })
  distribution!: number[];
}
