import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireUser } from '@commerce/auth';
import { Money } from '@commerce/graphql';
import type { CartContext } from '../context';
import { describeCoupon } from '../coupon/coupon-description';
import type { CartItemEntity } from './cart-item.entity';
import type { CartView } from './cart-view';
import { AppliedCoupon, Cart, CartItem } from './cart.type';

/** The caller's cart: the query, the mutations and the computed fields. */
@Resolver(() => Cart)
export class CartResolver {
  @Query(() => Cart, { nullable: true, description: "The caller's cart (created empty on first use)" })
  cart(@Ctx() ctx: CartContext): Promise<CartView> {
    requireUser(ctx);
    return ctx.services.carts.mine(ctx);
  }

  @Mutation(() => Cart, {
    description: 'Adds units of a product (merged into its line when already there), at most 99 per product',
  })
  addToCart(
    @Arg('productId', () => ID) productId: string,
    @Arg('quantity', () => Int) quantity: number,
    @Ctx() ctx: CartContext,
  ): Promise<CartView> {
    requireUser(ctx);
    return ctx.services.carts.add(ctx, productId, quantity);
  }

  @Mutation(() => Cart, { description: "Sets a line's quantity (0..99); 0 removes the line" })
  updateCartItem(
    @Arg('itemId', () => ID) itemId: string,
    @Arg('quantity', () => Int) quantity: number,
    @Ctx() ctx: CartContext,
  ): Promise<CartView> {
    requireUser(ctx);
    return ctx.services.carts.updateQuantity(ctx, itemId, quantity);
  }

  @Mutation(() => Cart, { description: 'Removes a line from the cart' })
  removeFromCart(@Arg('itemId', () => ID) itemId: string, @Ctx() ctx: CartContext): Promise<CartView> {
    requireUser(ctx);
    return ctx.services.carts.remove(ctx, itemId);
  }

  @Mutation(() => Cart, { description: 'Applies a coupon code (replacing any other coupon)' })
  applyCoupon(@Arg('code') code: string, @Ctx() ctx: CartContext): Promise<CartView> {
    requireUser(ctx);
    return ctx.services.carts.applyCoupon(ctx, code);
  }

  @Mutation(() => Cart, { description: 'Removes the coupon from the cart' })
  removeCoupon(@Ctx() ctx: CartContext): Promise<CartView> {
    requireUser(ctx);
    return ctx.services.carts.removeCoupon(ctx);
  }

  @FieldResolver(() => [CartItem], { description: 'Lines in the order they were added' })
  items(@Root() cart: CartView): CartItemEntity[] {
    return cart.items;
  }

  @FieldResolver(() => Int, { description: 'Units over all lines (needs no catalog call: badge-friendly)' })
  itemCount(@Root() cart: CartView): number {
    return cart.items.reduce((sum, item) => sum + item.quantity, 0);
  }

  @FieldResolver(() => AppliedCoupon, { nullable: true, description: 'The applied coupon, if any' })
  async coupon(@Root() cart: CartView, @Ctx() ctx: CartContext): Promise<AppliedCoupon | null> {
    const applied = (await ctx.loaders.pricing.load(cart)).coupon;
    if (!applied) return null;
    return {
      code: applied.entity.code,
      description: describeCoupon(applied.entity),
      applicable: applied.problem === null,
      problem: applied.problem,
    };
  }

  @FieldResolver(() => Money, { description: 'Sum of the lines at current catalog prices' })
  async subtotal(@Root() cart: CartView, @Ctx() ctx: CartContext): Promise<Money> {
    const priced = await ctx.loaders.pricing.load(cart);
    return { amount: priced.totals.subtotal, currency: priced.currency };
  }

  @FieldResolver(() => Money, { description: 'What the coupon takes off (0 without an applicable coupon)' })
  async discount(@Root() cart: CartView, @Ctx() ctx: CartContext): Promise<Money> {
    const priced = await ctx.loaders.pricing.load(cart);
    return { amount: priced.totals.discount, currency: priced.currency };
  }

  @FieldResolver(() => Money, { description: 'subtotal - discount: what checkout will charge' })
  async total(@Root() cart: CartView, @Ctx() ctx: CartContext): Promise<Money> {
    const priced = await ctx.loaders.pricing.load(cart);
    return { amount: priced.totals.total, currency: priced.currency };
  }
}
