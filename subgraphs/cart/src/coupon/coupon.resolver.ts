import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { requireRole, Role } from '@commerce/auth';
import type { CartContext } from '../context';
import { describeCoupon } from './coupon-description';
import type { CouponEntity } from './coupon.entity';
import { CreateCouponInput } from './coupon.inputs';
import { Coupon } from './coupon.type';

@Resolver(() => Coupon)
export class CouponResolver {
  @Mutation(() => Coupon, {
    description: "ADMIN: a platform-wide coupon; SELLER: a coupon for the caller's own products only",
  })
  createCoupon(@Arg('input') input: CreateCouponInput, @Ctx() ctx: CartContext): Promise<CouponEntity> {
    requireRole(ctx, Role.ADMIN, Role.SELLER);
    return ctx.services.coupons.create(ctx, input);
  }

  @FieldResolver(() => String, { description: 'What it gives, in words' })
  description(@Root() coupon: CouponEntity): string {
    return describeCoupon(coupon);
  }

  @FieldResolver(() => Int, { description: 'Paid orders that used it' })
  timesUsed(@Root() coupon: CouponEntity, @Ctx() ctx: CartContext): Promise<number> {
    return ctx.services.coupons.timesUsed(coupon.id);
  }
}
