import { z } from 'zod';

/** The body orders sends to `POST /internal/carts/checkout-quote`. */
export const quoteRequestRule = z.object({
  buyerId: z.string().trim().min(1, 'is required').max(64, 'must be at most 64 characters'),
  orderId: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(64, 'must be at most 64 characters')
    .regex(/^[A-Za-z0-9_-]+$/, 'is not a valid order id'),
});

export type QuoteRequest = z.infer<typeof quoteRequestRule>;

export interface MoneyJson {
  amount: number;
  currency: string;
}

export interface QuoteItem {
  itemId: string;
  productId: string;
  sellerId: string;
  name: string;
  quantity: number;
  /** The catalog's CURRENT price: what the order charges (the cart's snapshot is only for display). */
  unitPrice: MoneyJson;
  lineTotal: MoneyJson;
}

/** The answer of the checkout-quote endpoint (contract with orders). */
export interface CheckoutQuote {
  cartId: string;
  currency: string;
  items: QuoteItem[];
  coupon: { code: string; kind: 'PERCENT' | 'FIXED'; value: number } | null;
  subtotal: MoneyJson;
  discount: MoneyJson;
  total: MoneyJson;
}
