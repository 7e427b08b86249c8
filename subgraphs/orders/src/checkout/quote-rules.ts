import { type CheckoutQuote, checkoutQuoteSchema } from '@commerce/contracts';

/** A quote cart sent that orders will not turn into an order (a contract or arithmetic mismatch). */
export class InvalidQuoteError extends Error {
  constructor(problem: string) {
    super(`cart sent an invalid quote: ${problem}`);
    this.name = 'InvalidQuoteError';
  }
}

/**
 * Checks a quote before it becomes an order: cart's contract (@commerce/contracts cart.ts), one
 * currency, and totals that add up (lines = price x quantity, subtotal = sum of lines, 0 <= discount <= subtotal,
 * total = subtotal - discount). The buyer is charged `total`, so it must be right to the cent.
 */
export function validateQuote(raw: unknown): CheckoutQuote {
  const parsed = checkoutQuoteSchema.safeParse(raw);
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
