import { z } from 'zod';
import type { CartQuote } from '../clients/cart.client';

const money = z.object({
  amount: z.number().int().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

const quoteShape = z.object({
  cartId: z.string().min(1).max(100),
  currency: z.string().regex(/^[A-Z]{3}$/),
  items: z
    .array(
      z.object({
        itemId: z.string().min(1).max(100),
        productId: z.string().uuid(),
        sellerId: z.string().uuid(),
        name: z.string().max(500),
        quantity: z.number().int().min(1),
        unitPrice: money,
        lineTotal: money,
      }),
    )
    .min(1),
  coupon: z.object({ code: z.string(), kind: z.string(), value: z.number() }).nullable(),
  subtotal: money,
  discount: money,
  total: money,
});

/** A quote cart sent that orders will not turn into an order (a contract or arithmetic mismatch). */
export class InvalidQuoteError extends Error {
  constructor(problem: string) {
    super(`cart sent an invalid quote: ${problem}`);
    this.name = 'InvalidQuoteError';
  }
}

/**
 * Checks a quote before it becomes an order: the shape of cart's contract, one currency, and totals
 * that add up (lines = price x quantity, subtotal = sum of lines, 0 <= discount <= subtotal,
 * total = subtotal - discount). The buyer is charged `total`, so it must be right to the cent.
 */
export function validateQuote(raw: unknown): CartQuote {
  const parsed = quoteShape.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidQuoteError(`${issue.path.join('.')} ${issue.message}`);
  }
  const quote = parsed.data;
  const amounts = [
    quote.subtotal,
    quote.discount,
    quote.total,
    ...quote.items.flatMap((i) => [i.unitPrice, i.lineTotal]),
  ];
  if (amounts.some((m) => m.currency !== quote.currency)) throw new InvalidQuoteError('mixed currencies');
  for (const item of quote.items) {
    if (item.unitPrice.amount * item.quantity !== item.lineTotal.amount) {
      throw new InvalidQuoteError(`line ${item.itemId} is not unit price times quantity`);
    }
  }
  const subtotal = quote.items.reduce((sum, item) => sum + item.lineTotal.amount, 0);
  if (subtotal !== quote.subtotal.amount) throw new InvalidQuoteError('subtotal is not the sum of the lines');
  if (quote.discount.amount > quote.subtotal.amount)
    throw new InvalidQuoteError('discount exceeds the subtotal');
  if (quote.total.amount !== quote.subtotal.amount - quote.discount.amount) {
    throw new InvalidQuoteError('total is not subtotal minus discount');
  }
  if (!Number.isSafeInteger(subtotal) || subtotal > 2_147_483_647)
    throw new InvalidQuoteError('amount too large');
  return quote;
}
