import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CouponKind {
  PERCENT = 'PERCENT',
  FIXED = 'FIXED',
}

registerEnumType(CouponKind, {
  name: 'CouponKind',
  description: 'PERCENT takes a percentage off, FIXED a fixed amount',
  valuesConfig: {
    PERCENT: { description: '`value` percent (1..100) of the eligible subtotal, rounded half to even' },
    FIXED: { description: '`value` minor units, at most the eligible subtotal' },
  },
});

@ObjectType({ description: 'A discount code buyers apply to their cart' })
export class Coupon {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The code, in capitals' })
  code!: string;

  @Field(() => CouponKind)
  kind!: CouponKind;

  @Field(() => Int, { description: 'Percent (1..100) or minor units of `currency`' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency; null when any currency fits' })
  currency!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Least subtotal (minor units) of the items the coupon applies to',
  })
  minSubtotal!: number | null;

  @Field(() => Date, { nullable: true, description: 'Valid from (inclusive)' })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Valid until (exclusive)' })
  endsAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Most paid orders that may use it' })
  usageLimit!: number | null;

  @Field(() => Int, { nullable: true, description: 'Most paid orders one buyer may use it for' })
  perUserLimit!: number | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only this seller's products are discounted; null for a platform-wide coupon",
  })
  sellerId!: string | null;

  @Field({ description: 'When it was created' })
  createdAt!: Date;
}
