import { Field, ID, ObjectType } from 'type-graphql';

/** `amount` is resolved in RefundResolver. */
@ObjectType({ description: 'Money given back from a captured payment' })
export class Refund {
  @Field(() => ID, { description: 'The refund id' })
  id!: string;

  @Field({ description: 'PENDING (on its way back), SUCCEEDED or FAILED' })
  status!: string;

  @Field({ description: 'Why it was refunded' })
  reason!: string;

  @Field({ description: 'When the refund was requested' })
  createdAt!: Date;
}
