import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Resolved from SellerReviewEntity; `seller` and `author` are field resolvers (references). */
@ObjectType({ description: "A buyer's rating of the seller of a delivered order (one per order and seller)" })
export class SellerReview {
  @Field(() => ID, { description: 'Seller review id (UUID)' })
  id!: string;

  @Field(() => Int, { description: 'Stars given, 1 to 5' })
  rating!: number;

  @Field(() => String, {
    nullable: true,
    description: 'What the buyer wrote, as plain text (never HTML); null when nothing',
  })
  comment!: string | null;

  @Field({ description: 'When the rating was given' })
  createdAt!: Date;
}
