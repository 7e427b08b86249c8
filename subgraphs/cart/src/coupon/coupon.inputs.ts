import { Field, InputType, Int } from 'type-graphql';
import { CouponKind } from './coupon.type';

@InputType({
  description: 'A new coupon. An ADMIN creates platform-wide coupons, a SELLER coupons for its own products',
})
export class CreateCouponInput {
  @Field({ description: '3-32 letters, digits, dash or underscore; unique, case does not matter' })
  code!: string;

  @Field(() => CouponKind)
  kind!: CouponKind;

  @Field(() => Int, { description: 'Percent 1..100 for PERCENT, minor units of `currency` for FIXED' })
  value!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Least subtotal (minor units) of the items the coupon applies to',
  })
  minSubtotal?: number | null;

  @Field(() => Date, { nullable: true, description: 'Valid from this instant (inclusive); now when absent' })
  startsAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Valid until this instant (exclusive); forever when absent',
  })
  endsAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Most paid orders that may use it; unlimited when absent',
  })
  usageLimit?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most paid orders one buyer may use it for' })
  perUserLimit?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'ISO 4217 currency of `value` and `minSubtotal`; defaults to the platform currency for FIXED ' +
      'coupons and minimums, and to "any currency" for a plain percentage',
  })
  currency?: string | null;
}
