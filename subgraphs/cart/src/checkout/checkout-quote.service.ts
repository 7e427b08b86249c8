import { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { QuoteCheckout, type RouteAnswer, SettlePaidCheckout } from '@commerce/contracts';
import { AppError, conflict, ErrorCode, validate } from '@commerce/errors';
import type { Logger } from '@commerce/logging';
import { outOfStock } from '../cart/availability';
import { priceCart, PricedCart } from '../cart/cart-pricing';
import type { CartService } from '../cart/cart.service';
import type { CartView } from '../cart/cart-view';
import type { CatalogProduct, ProductCatalog } from '../catalog/product-catalog';
import { COUPON_PROBLEM_MESSAGES, CouponUsage, NO_USAGE } from '../coupon/coupon-rules';
import type { CouponService } from '../coupon/coupon.service';
import { applyPaidCheckout, lockQuotedCart } from './checkout-settlement';

/** The body orders sends to `POST /internal/carts/checkout-quote`, as validated. */
type QuoteRequest = z.output<typeof QuoteCheckout.request>;
/** The answer (contract with orders: @commerce/contracts QuoteCheckout). */
type CheckoutQuote = RouteAnswer<typeof QuoteCheckout>;

/** How often a quote is recomputed when the cart changes between pricing and locking it. */
const MAX_ATTEMPTS = 3;

export interface CheckoutQuoteDeps {
  dataSource: DataSource;
  carts: CartService;
  coupons: CouponService;
  catalog: ProductCatalog;
  logger: Logger;
  options: { defaultCurrency: string };
}

/**
 * Prices the buyer's cart for an order, at current catalog prices, and records what was quoted so
 * `order.paid` later clears exactly those items. A coupon on the cart is reserved for the order: the
 * coupon row is locked while its uses are counted and the reservation written, so concurrent checkouts
 * can never overrun its limits. Quoting the same order again is idempotent (one reservation per order).
 */
export class CheckoutQuoteService {
  constructor(private readonly deps: CheckoutQuoteDeps) {}

  /**
   * Orders' call when a checkout ended PAID, before it answers the buyer: the paid outcome applied
   * now rather than when `order.paid` is consumed, so the buyer's next `cart` no longer holds what
   * was bought. Idempotent (see applyPaidCheckout).
   */
  async settlePaid(body: unknown): Promise<RouteAnswer<typeof SettlePaidCheckout>> {
    const { orderId, buyerId } = validate(SettlePaidCheckout.request, body);
    const settled = await this.deps.dataSource.transaction(async (manager) => {
      if (!(await lockQuotedCart(manager, orderId, buyerId))) return false;
      await applyPaidCheckout(manager, orderId);
      return true;
    });
    return { settled };
  }

  async quote(body: unknown): Promise<CheckoutQuote> {
    const request = validate(QuoteCheckout.request, body);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const view = await this.deps.carts.findByBuyer(request.buyerId);
      if (!view || view.items.length === 0) throw conflict('Cart is empty');
      const products = await this.deps.catalog.getProducts(view.items.map((item) => item.productId));
      assertOrderable(view, products);
      const quote = await this.record(request, view, products);
      if (quote) return quote;
      this.deps.logger.info(
        { orderId: request.orderId, attempt },
        'cart changed while quoting; quoting again',
      );
    }
    throw conflict('The cart keeps changing; try the checkout again');
  }

  /**
   * Writes the quote, and the coupon reservation when the cart has a coupon; null when the cart changed
   * since it was priced. Without a coupon that is one statement; with one, the coupon's uses are
   * counted under its row lock (taken after the cart's, the order cart changes take them in), so the
   * count and the reservation share a transaction.
   */
  private async record(
    request: QuoteRequest,
    view: CartView,
    products: Map<string, CatalogProduct>,
  ): Promise<CheckoutQuote | null> {
    const coupon = view.coupon;
    if (!coupon) return this.write(this.deps.dataSource.manager, request, view, products, NO_USAGE);
    return this.deps.dataSource.transaction(async (manager) => {
      const locked: { version: number }[] = await manager.query(
        'SELECT version FROM carts WHERE id = $1 FOR UPDATE',
        [view.id],
      );
      if (locked[0]?.version !== view.version) return null;
      await this.deps.coupons.lock(manager, coupon.id);
      const usage = await this.deps.coupons.usage(coupon.id, request.buyerId, manager, request.orderId);
      return this.write(manager, request, view, products, usage);
    });
  }

  /** Prices the cart with the coupon judged on `usage`, then records the quote if the cart is unchanged. */
  private async write(
    manager: EntityManager,
    request: QuoteRequest,
    view: CartView,
    products: Map<string, CatalogProduct>,
    usage: CouponUsage,
  ): Promise<CheckoutQuote | null> {
    const priced = priceCart(view, products, usage, new Date(), this.deps.options.defaultCurrency);
    const problem = priced.coupon?.problem;
    if (problem) {
      throw conflict(COUPON_PROBLEM_MESSAGES[problem], { reason: problem, couponCode: view.coupon!.code });
    }
    // `cart` locks the cart only at the version priced (a changed cart matches no row and nothing is
    // written); its lock is taken before the quote row's, as order events take them. Only an order still
    // being checked out may be (re)quoted: ON CONFLICT ... WHERE keeps that race-free.
    const [outcome]: { cart_unchanged: boolean; written: boolean }[] = await manager.query(
      `WITH cart AS (SELECT id FROM carts WHERE id = $3 AND version = $8 FOR UPDATE),
       quote AS (
         INSERT INTO checkout_quotes (order_id, buyer_id, cart_id, lines, status, coupon_id, coupon_status,
           discount, reserved_at, updated_at)
         SELECT $1::text, $2::text, cart.id, $4::jsonb, 'QUOTED', $5::uuid, $6::text, $7::int,
           CASE WHEN $5::uuid IS NULL THEN NULL ELSE now() END, now()
         FROM cart
         ON CONFLICT (order_id) DO UPDATE SET cart_id = EXCLUDED.cart_id, lines = EXCLUDED.lines,
           coupon_id = EXCLUDED.coupon_id, coupon_status = EXCLUDED.coupon_status,
           discount = EXCLUDED.discount, reserved_at = EXCLUDED.reserved_at, updated_at = now()
         WHERE checkout_quotes.buyer_id = EXCLUDED.buyer_id AND checkout_quotes.status = 'QUOTED'
         RETURNING order_id)
       SELECT EXISTS (SELECT 1 FROM cart) AS cart_unchanged, EXISTS (SELECT 1 FROM quote) AS written`,
      [
        request.orderId,
        request.buyerId,
        view.id,
        JSON.stringify(view.items.map((item) => ({ productId: item.productId, quantity: item.quantity }))),
        view.coupon?.id ?? null,
        view.coupon ? 'RESERVED' : null,
        priced.totals.discount,
        view.version,
      ],
    );
    if (!outcome.cart_unchanged) return null;
    if (!outcome.written)
      throw conflict('This order is no longer being checked out', { orderId: request.orderId });
    return toQuote(view, priced, products);
  }
}

/** OUT_OF_STOCK for the first line checkout cannot sell: gone, not ACTIVE, short of stock. */
function assertOrderable(view: CartView, products: Map<string, CatalogProduct>): void {
  for (const item of view.items) {
    const product = products.get(item.productId);
    if (!product || product.status !== 'ACTIVE') {
      throw outOfStock(item.productId, item.quantity, 0, 'A product in the cart is no longer available');
    }
    if (product.price.currency !== item.currency) {
      throw new AppError(ErrorCode.CONFLICT, 'A product in the cart is now priced in another currency', {
        productId: item.productId,
      });
    }
    if (item.quantity > product.stockAvailable) {
      throw outOfStock(item.productId, item.quantity, Math.max(0, product.stockAvailable));
    }
  }
}

function toQuote(view: CartView, priced: PricedCart, products: Map<string, CatalogProduct>): CheckoutQuote {
  const money = (amount: number) => ({ amount, currency: priced.currency });
  const coupon = priced.coupon?.entity ?? null;
  return {
    cartId: view.id,
    currency: priced.currency,
    items: priced.lines.map((line) => ({
      itemId: line.item.id,
      productId: line.item.productId,
      sellerId: line.item.sellerId,
      name: products.get(line.item.productId)!.name,
      quantity: line.item.quantity,
      unitPrice: money(line.unitPrice),
      lineTotal: money(line.lineTotal),
    })),
    coupon: coupon ? { code: coupon.code, kind: coupon.kind, value: coupon.value } : null,
    subtotal: money(priced.totals.subtotal),
    discount: money(priced.totals.discount),
    total: money(priced.totals.total),
  };
}
