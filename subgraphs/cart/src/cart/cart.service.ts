import { DataSource } from 'typeorm';
import { requireUser, RequestContext } from '@commerce/auth';
import { badInput, conflict, notFound, validate } from '@commerce/errors';
import { isUuid } from '@commerce/runtime';
import type { CartRequestContext } from '../catalog/product-loader';
import type { CatalogProduct } from '../catalog/product-catalog';
import type { CouponAttemptLimiter } from '../coupon/coupon-attempts';
import { COUPON_PROBLEM_MESSAGES, CouponProblem, NO_USAGE } from '../coupon/coupon-rules';
import type { CouponEntity } from '../coupon/coupon.entity';
import type { CouponService } from '../coupon/coupon.service';
import { couponCodeRule } from '../coupon/coupon.validation';
import { requirePurchasable, requireStock } from './availability';
import type { CartItemEntity } from './cart-item.entity';
import { PricedCart, priceCart } from './cart-pricing';
import {
  addQuantityRule,
  itemIdRule,
  MAX_CART_AMOUNT,
  MAX_LINES_PER_CART,
  MAX_QUANTITY_PER_LINE,
  productIdRule,
  updateQuantityRule,
} from './cart.validation';
import { CartView, createCart, ensureCart, findCartByBuyer, findCartsByIds, lockCart } from './cart-view';
import { CartWrite, putLine, removeLine, setCoupon, setLineQuantity, writeIfUnchanged } from './cart-writes';

export interface CartServiceDeps {
  dataSource: DataSource;
  coupons: CouponService;
  attempts: CouponAttemptLimiter;
  options: { defaultCurrency: string };
}

/**
 * The buyer's cart: one per buyer, created on first use. Changes of one cart apply one after the other:
 * a change is decided on the cart as read and written by one statement only if the cart's version is
 * still the one read (see cart-writes.ts); when another change came first, it is decided again under
 * the cart's row lock. So two adds of one product merge, and a currency check cannot race another add.
 * Catalog calls happen before any lock.
 */
export class CartService {
  constructor(private readonly deps: CartServiceDeps) {}

  /** For entity references (DataLoader): carts by id, missing ids absent. */
  async findByIds(ids: readonly string[]): Promise<CartView[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (valid.length === 0) return [];
    return findCartsByIds(this.deps.dataSource.manager, valid);
  }

  /** The buyer's cart if it exists (never creates one). */
  async findByBuyer(buyerId: string): Promise<CartView | null> {
    return findCartByBuyer(this.deps.dataSource.manager, buyerId);
  }

  /** The caller's cart, created empty on first use. */
  async mine(ctx: RequestContext): Promise<CartView> {
    const buyer = requireUser(ctx);
    return ensureCart(this.deps.dataSource.manager, buyer.id);
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
    const usage = view.coupon ? await this.deps.coupons.usage(view.coupon.id, view.buyerId) : NO_USAGE;
    return priceCart(view, products, usage, new Date(), this.deps.options.defaultCurrency);
  }

  /** Adds `quantity` units; a product already in the cart gets its quantity raised and price refreshed. */
  async add(ctx: CartRequestContext, rawProductId: unknown, rawQuantity: unknown): Promise<CartView> {
    const buyer = requireUser(ctx);
    const productId = validate(productIdRule, rawProductId, 'productId');
    const quantity = validate(addQuantityRule, rawQuantity, 'quantity');
    const product = requirePurchasable(await ctx.products.load(productId), productId, quantity);
    return this.change(buyer.id, (cart) => {
      const items = cart.items;
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
      return putLine({
        productId,
        sellerId: product.sellerId,
        quantity: total,
        unitPrice: product.price.amount,
        currency: product.price.currency,
      });
    });
  }

  /** Sets a line's quantity; 0 removes it. Only a raise is checked against stock (and needs the catalog). */
  async updateQuantity(ctx: CartRequestContext, rawItemId: unknown, rawQuantity: unknown): Promise<CartView> {
    const buyer = requireUser(ctx);
    const itemId = validate(itemIdRule, rawItemId, 'itemId');
    const quantity = validate(updateQuantityRule, rawQuantity, 'quantity');
    return this.change(buyer.id, async (cart) => {
      const item = ownItem(cart, itemId);
      if (quantity === 0) return removeLine(item);
      if (quantity > item.quantity) {
        // The request's product loader asks the catalog once, even when the change is decided twice.
        const product = await ctx.products.load(item.productId);
        requireStock(requirePurchasable(product, item.productId, quantity), quantity);
        assertCartAmount(
          cart.items.filter((other) => other !== item),
          item.unitPrice * quantity,
        );
      }
      return setLineQuantity(item, quantity);
    });
  }

  async remove(ctx: RequestContext, rawItemId: unknown): Promise<CartView> {
    const buyer = requireUser(ctx);
    const itemId = validate(itemIdRule, rawItemId, 'itemId');
    return this.change(buyer.id, (cart) => removeLine(ownItem(cart, itemId)));
  }

  /**
   * Applies a coupon after checking it against the cart as it is now. Refusals are BAD_USER_INPUT with
   * `details.reason` (a CouponProblem, or UNKNOWN_CODE) and count towards the code-guessing limit.
   */
  async applyCoupon(ctx: CartRequestContext, rawCode: unknown): Promise<CartView> {
    const buyer = requireUser(ctx);
    const code = validate(couponCodeRule, rawCode, 'code');
    return this.deps.attempts.guard(buyer.id, async () => {
      const coupon = await this.deps.coupons.findByCode(code);
      if (!coupon) throw badInput('No coupon has this code', { field: 'code', reason: 'UNKNOWN_CODE' });
      const current = (await this.findByBuyer(buyer.id)) ?? emptyView(buyer.id);
      const priced = await this.price(ctx, { ...current, coupon });
      const problem = priced.coupon?.problem ?? null;
      if (problem) throw couponRefused(problem, coupon, priced);
      return this.change(buyer.id, () => setCoupon(coupon));
    });
  }

  async removeCoupon(ctx: RequestContext): Promise<CartView> {
    const buyer = requireUser(ctx);
    return this.change(buyer.id, () => setCoupon(null));
  }

  /**
   * Decides a change on the buyer's cart as read and writes it if the cart did not move meanwhile: two
   * statements, no transaction (the common case). Otherwise decides it again holding the cart's row
   * lock, where nothing can overtake it. A missing cart is created only once there is something to
   * write, so a refused change leaves no cart behind. Returns the cart after the change.
   */
  private async change(
    buyerId: string,
    decide: (cart: CartView) => CartWrite | Promise<CartWrite>,
  ): Promise<CartView> {
    const manager = this.deps.dataSource.manager;
    const seen = await findCartByBuyer(manager, buyerId);
    const write = await decide(seen ?? emptyView(buyerId));
    const cart = seen ?? (await createCart(manager, buyerId));
    const written = cart && (await writeIfUnchanged(manager, cart, write));
    if (written) return written;
    return this.deps.dataSource.transaction(async (locked) => {
      const current = await lockCart(locked, buyerId);
      const result = await writeIfUnchanged(locked, current, await decide(current));
      if (!result) throw new Error(`cart ${current.id} changed while its row was locked`);
      return result;
    });
  }
}

/** A cart that does not exist yet, priced like an empty one. */
function emptyView(buyerId: string): CartView {
  return { id: '', buyerId, status: 'ACTIVE', version: 0, updatedAt: new Date(), items: [], coupon: null };
}

/** The cart's line `itemId`. Another buyer's item is NOT_FOUND, not FORBIDDEN: its existence is not revealed. */
function ownItem(cart: CartView, itemId: string): CartItemEntity {
  const item = cart.items.find((candidate) => candidate.id === itemId);
  if (!item) throw notFound('Cart item');
  return item;
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
