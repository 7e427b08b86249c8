import { ArgsType, Field, Int } from 'type-graphql';
import { ReviewOrder } from './review-order';

/** Paging and order of a list of reviews. */
@ArgsType()
export class ReviewListArguments {
  @Field(() => Int, { nullable: true, description: 'How many reviews, 1-100 (default 20)' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => ReviewOrder, {
    nullable: true,
    defaultValue: ReviewOrder.NEWEST,
    description: 'How the reviews are sorted (default NEWEST)',
  })
  orderBy?: ReviewOrder | null;
}
