/** Events the cart service publishes (routing key = type), through its outbox. */
export const CartEvents = {
  abandoned: 'cart.abandoned',
} as const;

/**
 * A cart with items was left untouched for the configured time (e.g. for a reminder e-mail).
 * `subtotal` is at the prices of when the items were added: the sweeper does not call the catalog.
 */
export interface CartAbandonedData {
  cartId: string;
  buyerId: string;
  /** Units over all lines. */
  itemCount: number;
  subtotal: { amount: number; currency: string };
}
