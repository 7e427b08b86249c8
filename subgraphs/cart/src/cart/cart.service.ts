import { DataSource, EntityManager, In } from 'typeorm';
import { requireUser, RequestContext } from '@commerce/auth';
import { badInput, conflict, notFound, validate } from '@commerce/errors';
import { isUuid } from '@commerce/runtime';
import type { CartRequestContext } from '../catalog/product-loader';
import type { CatalogProduct } from '../catalog/product-catalog';
import type { CouponAttemptLimiter } from '../coupon/coupon-attempts';
import { COUPON_PROBLEM_MESSAGES, CouponProblem, CouponUsage } from '../coupon/coupon-rules';
import type { CouponEntity } from '../coupon/coupon.entity';
import type { CouponService } from '../coupon/coupon.service';
import { couponCodeRule } from '../coupon/coupon.validation';
import { requirePurchasable, requireStock } from './availability';
import { CartItemEntity } from './cart-item.entity';
import { PricedCart, priceCart } from './cart-pricing';
import { CartEntity } from './cart.entity';
import {
  addQuantityRule,
  itemIdRule,
  MAX_CART_AMOUNT,
  MAX_LINES_PER_CART,
  MAX_QUANTITY_PER_LINE,
  productIdRule,
  updateQuantityRule,
} from './cart.validation';
import { CartView, ensureCart, loadCartViews } from './cart-view';

const NO_USAGE: CouponUsage = { total: 0, byBuyer: 0 };

/**
 * The buyer's cart: one per buyer, created on first use. Every change runs in one transaction holding
 * the cart row lock, so concurrent changes of one cart apply one after the other (two adds of one
 * product merge; a currency check cannot race another add). Catalog calls happen before the lock.
 */
export class CartService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly coupons: CouponService,
    private readonly attempts: CouponAttemptLimiter,
    private readonly options: { defaultCurrency: string },
  ) {}

  /** For entity references (DataLoader): carts by id, missing ids absent. */
  async findByIds(ids: readonly string[]): Promise<CartView[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (valid.length === 0) return [];
    const carts = await this.dataSource.getRepository(CartEntity).findBy({ id: In(valid) });
    return loadCartViews(this.dataSource.manager, carts);
  }

  /** The buyer's cart if it exists (never creates one). */
  async findByBuyer(
    buyerId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CartView | null> {
    const cart = await manager.getRepository(CartEntity).findOneBy({ buyerId });
    return cart ? (await loadCartViews(manager, [cart]))[0] : null;
  }

  /** The caller's cart, created empty on first use. */
  async mine(ctx: RequestContext): Promise<CartView> {
    const buyer = requireUser(ctx);
    const cart = await ensureCart(this.dataSource.manager, buyer.id);
    return (await loadCartViews(this.dataSource.manager, [cart]))[0];
  }

  /** The cart at current catalog prices with its coupon judged now. One catalog call for all lines. */
  async price(ctx: CartRequestContext, view: CartView): Promise<PricedCart> {
    const ids = view.items.map((item) => item.productId);
    const found = await ctx.products.loadMany(ids);
    const products = new Map<string, CatalogProduct | null>();
    ids.forEach((id, i) => {
      const result = found[i];
      if (result instanceof Error) throw result;
      products.set(id, result);
    });
    const usage = view.coupon ? await this.coupons.usage(view.coupon.id, view.buyerId) : NO_USAGE;
    return priceCart(view, products, usage, new Date(), this.options.defaultCurrency);
  }

  /** Adds `quantity` units; a product already in the cart gets its quantity raised and price refreshed. */
  async add(ctx: CartRequestContext, rawProductId: unknown, rawQuantity: unknown): Promise<CartView> {
    const buyer = requireUser(ctx);
    const productId = validate(productIdRule, rawProductId, 'productId');
    const quantity = validate(addQuantityRule, rawQuantity, 'quantity');
    const product = requirePurchasable(await ctx.products.load(productId), productId, quantity);
    return this.change(buyer.id, async (manager, cart, items) => {
      const existing = items.find((item) => item.productId === productId);
      const others = items.filter((item) => item !== existing);
      const currency = others[0]?.currency;
      if (currency && currency !== product.price.currency) {
        throw badInput(
          `This cart holds ${currency} items; this product is priced in ${product.price.currency}`,
          {
            field: 'productId',
            cartCurrency: currency,
          },
        );
      }
      if (!existing && items.length >= MAX_LINES_PER_CART) {
        throw conflict(`A cart holds at most ${MAX_LINES_PER_CART} different products`, {
          max: MAX_LINES_PER_CART,
        });
      }
      const total = (existing?.quantity ?? 0) + quantity;
      if (total > MAX_QUANTITY_PER_LINE) {
        throw badInput(`quantity would reach ${total}: at most ${MAX_QUANTITY_PER_LINE} of one product`, {
          field: 'quantity',
          max: MAX_QUANTITY_PER_LINE,
          inCart: existing?.quantity ?? 0,
        });
      }
      requireStock(product, total);
      assertCartAmount(others, product.price.amount * total);
      // The snapshot is refreshed: adding again means the buyer accepted the price shown now.
      await manager.query(
        `INSERT INTO cart_items (cart_id, product_id, seller_id, quantity, unit_price, currency, added_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, clock_timestamp(), clock_timestamp())
         ON CONFLICT (cart_id, product_id) DO UPDATE SET quantity = EXCLUDED.quantity,
           unit_price = EXCLUDED.unit_price, currency = EXCLUDED.currency, seller_id = EXCLUDED.seller_id,
           updated_at = EXCLUDED.updated_at`,
        [cart.id, productId, product.sellerId, total, product.price.amount, product.price.currency],
      );
    });
  }

  /** Sets a line's quantity; 0 removes it. Only a raise is checked against stock (and needs the catalog). */
  async updateQuantity(ctx: CartRequestContext, rawItemId: unknown, rawQuantity: unknown): Promise<CartView> {
    const buyer = requireUser(ctx);
    const itemId = validate(itemIdRule, rawItemId, 'itemId');
    const quantity = validate(updateQuantityRule, rawQuantity, 'quantity');
    const before = await this.findOwnItem(buyer.id, itemId);
    const raise = quantity > before.quantity;
    let product = raise ? await ctx.products.load(before.productId) : null;
    return this.change(buyer.id, async (manager, _cart, items) => {
      const item = items.find((candidate) => candidate.id === itemId);
      if (!item) throw notFound('Cart item');
      if (quantity === 0) {
        await manager.delete(CartItemEntity, { id: itemId });
        return;
      }
      if (quantity > item.quantity) {
        // Rare: the line shrank since we looked, so this became a raise; ask the catalog now.
        if (!raise) product = await ctx.products.load(item.productId);
        requireStock(requirePurchasable(product, item.productId, quantity), quantity);
        assertCartAmount(
          items.filter((other) => other !== item),
          item.unitPrice * quantity,
        );
      }
      await manager.update(CartItemEntity, { id: itemId }, { quantity, updatedAt: new Date() });
    });
  }

  async remove(ctx: RequestContext, rawItemId: unknown): Promise<CartView> {
    const buyer = requireUser(ctx);
    const itemId = validate(itemIdRule, rawItemId, 'itemId');
    return this.change(buyer.id, async (manager, _cart, items) => {
      if (!items.some((item) => item.id === itemId)) throw notFound('Cart item');
      await manager.delete(CartItemEntity, { id: itemId });
    });
  }

  /**
   * Applies a coupon after checking it against the cart as it is now. Refusals are BAD_USER_INPUT with
   * `details.reason` (a CouponProblem, or UNKNOWN_CODE) and count towards the code-guessing limit.
   */
  async applyCoupon(ctx: CartRequestContext, rawCode: unknown): Promise<CartView> {
    const buyer = requireUser(ctx);
    const code = validate(couponCodeRule, rawCode, 'code');
    return this.attempts.guard(buyer.id, async () => {
      const coupon = await this.coupons.findByCode(code);
      if (!coupon) throw badInput('No coupon has this code', { field: 'code', reason: 'UNKNOWN_CODE' });
      const current = (await this.findByBuyer(buyer.id)) ?? emptyView(buyer.id);
      const priced = await this.price(ctx, { ...current, coupon });
      const problem = priced.coupon?.problem ?? null;
      if (problem) throw couponRefused(problem, coupon, priced);
      return this.change(buyer.id, async (manager, cart) => {
        await manager.update(CartEntity, { id: cart.id }, { couponId: coupon.id });
      });
    });
  }

  async removeCoupon(ctx: RequestContext): Promise<CartView> {
    const buyer = requireUser(ctx);
    return this.change(buyer.id, async (manager, cart) => {
      await manager.update(CartEntity, { id: cart.id }, { couponId: null });
    });
  }

  private async findOwnItem(buyerId: string, itemId: string): Promise<CartItemEntity> {
    const item = await this.dataSource
      .getRepository(CartItemEntity)
      .createQueryBuilder('item')
      .innerJoin(CartEntity, 'cart', 'cart.id = item.cart_id')
      .where('item.id = :itemId AND cart.buyer_id = :buyerId', { itemId, buyerId })
      .getOne();
    // Another buyer's item is NOT_FOUND, not FORBIDDEN: its existence is not revealed.
    if (!item) throw notFound('Cart item');
    return item;
  }

  /** Runs `work` on the locked cart, then marks it changed (version, updatedAt, ACTIVE again). */
  private async change(
    buyerId: string,
    work: (manager: EntityManager, cart: CartEntity, items: CartItemEntity[]) => Promise<void>,
  ): Promise<CartView> {
    return this.dataSource.transaction(async (manager) => {
      const cart = await ensureCart(manager, buyerId, true);
      const items = await manager
        .getRepository(CartItemEntity)
        .find({ where: { cartId: cart.id }, order: { addedAt: 'ASC', id: 'ASC' } });
      await work(manager, cart, items);
      await manager.query(
        `UPDATE carts SET version = version + 1, updated_at = clock_timestamp(), status = 'ACTIVE',
           abandoned_at = NULL WHERE id = $1`,
        [cart.id],
      );
      const fresh = await manager.getRepository(CartEntity).findOneByOrFail({ id: cart.id });
      return (await loadCartViews(manager, [fresh]))[0];
    });
  }
}

/** A cart that does not exist yet, priced like an empty one. */
function emptyView(buyerId: string): CartView {
  return { id: '', buyerId, status: 'ACTIVE', version: 0, updatedAt: new Date(), items: [], coupon: null };
}

/** Refuses a change that would take the cart's total (at snapshot prices) beyond what an Int can carry. */
function assertCartAmount(otherLines: CartItemEntity[], lineAmount: number): void {
  const total = otherLines.reduce((sum, item) => sum + item.unitPrice * item.quantity, lineAmount);
  if (total > MAX_CART_AMOUNT) {
    throw badInput('The cart total would exceed the largest amount supported', { field: 'quantity' });
  }
}

function couponRefused(problem: CouponProblem, coupon: CouponEntity, priced: PricedCart) {
  const minimum =
    problem === CouponProblem.MIN_SUBTOTAL_NOT_MET
      ? { minSubtotal: coupon.minSubtotal, eligibleSubtotal: priced.totals.eligibleSubtotal }
      : {};
  return badInput(COUPON_PROBLEM_MESSAGES[problem], { field: 'code', reason: problem, ...minimum });
}
