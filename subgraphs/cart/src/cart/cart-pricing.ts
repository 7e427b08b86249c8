import type { CatalogProduct } from '../catalog/product-catalog';
import type { CouponEntity } from '../coupon/coupon.entity';
import { couponProblem, CouponProblem, CouponUsage } from '../coupon/coupon-rules';
import {
  CartTotals,
  computeTotals,
  eligibleSubtotal,
  lineTotal,
  PricingLine,
} from '../pricing/price-calculator';
import type { CartItemEntity } from './cart-item.entity';
import { cartCurrency, CartView } from './cart-view';

/** A cart line at current catalog prices. */
export interface PricedLine {
  item: CartItemEntity;
  /** Current unit price in the cart's currency; the snapshot when the catalog has no usable price. */
  unitPrice: number;
  priceChanged: boolean;
  /** False when checkout would refuse it: gone from the catalog, not ACTIVE, or short of stock. */
  available: boolean;
  lineTotal: number;
}

/** A whole cart priced: what the Cart fields and the checkout quote are computed from. */
export interface PricedCart {
  currency: string;
  lines: PricedLine[];
  totals: CartTotals;
  coupon: { entity: CouponEntity; problem: CouponProblem | null } | null;
}

/**
 * Prices one line. A product the catalog no longer knows, or whose price moved to another currency,
 * keeps its snapshot price (the cart cannot mix currencies) and is marked unavailable.
 */
export function priceLine(item: CartItemEntity, product: CatalogProduct | null): PricedLine {
  if (!product || product.price.currency !== item.currency) {
    return {
      item,
      unitPrice: item.unitPrice,
      priceChanged: product !== null,
      available: false,
      lineTotal: lineTotal(item.unitPrice, item.quantity),
    };
  }
  const unitPrice = product.price.amount;
  return {
    item,
    unitPrice,
    priceChanged: unitPrice !== item.unitPrice,
    available: product.status === 'ACTIVE' && product.stockAvailable >= item.quantity,
    lineTotal: lineTotal(unitPrice, item.quantity),
  };
}

/**
 * Totals of a cart at current prices, with its coupon judged against the rules right now. Unavailable
 * lines still count (the buyer sees them flagged; checkout refuses them until fixed).
 */
export function priceCart(
  view: CartView,
  products: ReadonlyMap<string, CatalogProduct | null>,
  usage: CouponUsage,
  now: Date,
  defaultCurrency: string,
): PricedCart {
  const lines = view.items.map((item) => priceLine(item, products.get(item.productId) ?? null));
  const pricing: PricingLine[] = lines.map((l) => ({
    sellerId: l.item.sellerId,
    unitPrice: l.unitPrice,
    quantity: l.item.quantity,
  }));
  const currency = cartCurrency(view) ?? defaultCurrency;
  const coupon = view.coupon;
  const eligible = eligibleSubtotal(pricing, coupon?.sellerId ?? null);
  let problem: CouponProblem | null = null;
  if (coupon) {
    problem = couponProblem(coupon, {
      now,
      usage,
      cartCurrency: cartCurrency(view),
      eligibleLines: pricing.filter((l) => coupon.sellerId === null || l.sellerId === coupon.sellerId).length,
      eligibleSubtotal: eligible,
    });
  }
  const terms = coupon && problem === null ? coupon : null;
  return {
    currency,
    lines,
    // The coupon's eligible subtotal even when it does not apply: refusals report it to the buyer.
    totals: { ...computeTotals(pricing, terms), eligibleSubtotal: eligible },
    coupon: coupon ? { entity: coupon, problem } : null,
  };
}
