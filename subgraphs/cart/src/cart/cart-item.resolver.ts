import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Money } from '@commerce/graphql';
import type { CartContext } from '../context';
import type { CartItemEntity } from './cart-item.entity';
import { PricedLine, priceLine } from './cart-pricing';
import { CartItem, Product } from './cart.type';

/** A line's prices, from the catalog snapshot of this request (one catalog call for all lines). */
@Resolver(() => CartItem)
export class CartItemResolver {
  @FieldResolver(() => Product, { description: 'The product (resolved by the catalog)' })
  product(@Root() item: CartItemEntity): Product {
    return { id: item.productId };
  }

  @FieldResolver(() => Money, { description: 'Unit price when the product was added' })
  priceWhenAdded(@Root() item: CartItemEntity): Money {
    return { amount: item.unitPrice, currency: item.currency };
  }

  @FieldResolver(() => Money, { description: "The catalog's current unit price: what checkout charges" })
  async unitPrice(@Root() item: CartItemEntity, @Ctx() ctx: CartContext): Promise<Money> {
    const line = await priced(item, ctx);
    return { amount: line.unitPrice, currency: item.currency };
  }

  @FieldResolver(() => Boolean, { description: 'True when the current price differs from priceWhenAdded' })
  async priceChanged(@Root() item: CartItemEntity, @Ctx() ctx: CartContext): Promise<boolean> {
    return (await priced(item, ctx)).priceChanged;
  }

  @FieldResolver(() => Boolean, {
    description: 'False when checkout would refuse the line: product gone, not on sale, or short of stock',
  })
  async available(@Root() item: CartItemEntity, @Ctx() ctx: CartContext): Promise<boolean> {
    return (await priced(item, ctx)).available;
  }

  @FieldResolver(() => Money, { description: 'quantity x unitPrice' })
  async lineTotal(@Root() item: CartItemEntity, @Ctx() ctx: CartContext): Promise<Money> {
    const line = await priced(item, ctx);
    return { amount: line.lineTotal, currency: item.currency };
  }
}

async function priced(item: CartItemEntity, ctx: CartContext): Promise<PricedLine> {
  return priceLine(item, await ctx.products.load(item.productId));
}
