import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { CouponProblem } from '../coupon/coupon-rules';

/** The catalog's product, referenced by id only: the catalog subgraph resolves every other field. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A product of the catalog' })
export class Product {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'The coupon applied to a cart, and whether it currently gives a discount' })
export class AppliedCoupon {
  @Field({ description: 'The code, in capitals' })
  code!: string;

  @Field({ description: 'What it gives, e.g. "10% off your order, on 50.00 USD or more"' })
  description!: string;

  @Field({ description: 'False when the cart changed (or time passed) so that the coupon no longer applies' })
  applicable!: boolean;

  @Field(() => CouponProblem, { nullable: true, description: 'Why it does not apply; null when it does' })
  problem!: CouponProblem | null;
}

/**
 * One product line of a cart. Prices: `priceWhenAdded` is the snapshot taken when the buyer added it,
 * `unitPrice` the catalog's current price (what checkout charges), `priceChanged` flags a difference.
 */
@ObjectType({ description: 'A product in the cart with its quantity and prices' })
export class CartItem {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: `Units, 1..99` })
  quantity!: number;

  @Field({ description: 'When the product was first added' })
  addedAt!: Date;
}

/** The buyer's cart, owned by the cart subgraph. Totals are computed at current catalog prices. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A buyer's shopping cart" })
export class Cart {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'When the buyer last changed the cart' })
  updatedAt!: Date;
}
