import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { InheritsCacheAge, PageInfo, PublicFor } from '@commerce/graphql';

/** A review, resolved from ReviewEntity; `author` and `product` are field resolvers (references). */
@Directive('@key(fields: "id")')
@PublicFor()
@ObjectType({ description: "A buyer's rating and opinion of a product (one per buyer and product)" })
export class Review {
  @Field(() => ID, { description: 'Review id (UUID)' })
  id!: string;

  @Field(() => Int, { description: 'Stars given, 1 to 5' })
  rating!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'What the buyer wrote, as plain text (at most 5000 characters); never HTML: escape it when you show it. Null when the buyer wrote nothing',
  })
  comment!: string | null;

  @Field({
    description:
      'True while the author has a delivered (and not refunded) order containing the product; a review written before delivery becomes verified when the order is delivered',
  })
  verifiedPurchase!: boolean;

  @Field(() => Int, { description: 'How many readers marked the review helpful' })
  helpfulCount!: number;

  @Field({ description: 'When the review was written' })
  createdAt!: Date;

  @Field({ description: 'When the author last changed its rating or comment (createdAt if never)' })
  updatedAt!: Date;
}

@InheritsCacheAge()
@ObjectType({ description: 'A review in a list, with the cursor to continue after it' })
export class ReviewEdge {
  @Field({ description: 'Opaque position of this review; pass it as `after` to get the reviews after it' })
  cursor!: string;

  @Field(() => Review, { description: 'The review' })
  node!: Review;
}

/** `totalCount` is resolved by ReviewConnectionResolver from `count`, only when selected. */
@InheritsCacheAge()
@ObjectType({ description: 'A page of reviews (Relay connection)' })
export class ReviewConnection {
  @Field(() => [ReviewEdge], { description: 'The reviews of this page' })
  edges!: ReviewEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list' })
  pageInfo!: PageInfo;

  count!: () => Promise<number>;
}
