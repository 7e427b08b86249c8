import { Client } from 'pg';

/** One payment of an order as payments' own store has it. */
export interface StoredPayment {
  id: string;
  status: string;
  amount: number;
  capturedAmount: number;
  /** Audit rows of a capture: how many times the payment was actually captured. */
  captures: number;
  /** What the card provider (the local simulator's books) says was taken. */
  providerCaptured: number;
}

/**
 * Read-only looks into catalog's and payments' PostgreSQL stores, for what the public API does not
 * show: whether a reservation still holds stock, and how many times a payment was captured at the
 * provider. Never writes.
 */
export class CheckoutStores {
  private constructor(
    private readonly catalog: Client,
    private readonly payments: Client,
  ) {}

  static async open(urls: { catalog: string; payments: string }): Promise<CheckoutStores> {
    const catalog = new Client({ connectionString: urls.catalog });
    const payments = new Client({ connectionString: urls.payments });
    await catalog.connect();
    await payments.connect();
    return new CheckoutStores(catalog, payments);
  }

  /** The status of the order's reservation in catalog (RESERVED, COMMITTED, RELEASED...), or null. */
  async reservationOf(orderId: string): Promise<string | null> {
    const { rows } = await this.catalog.query('SELECT status FROM reservations WHERE order_id = $1', [
      orderId,
    ]);
    if (rows.length > 1) throw new Error(`order ${orderId} has ${rows.length} reservations`);
    return rows[0]?.status ?? null;
  }

  /** Reservation statuses of every reservation that names the product, with their counts. */
  async reservationsOfProduct(productId: string): Promise<Record<string, number>> {
    const { rows } = await this.catalog.query(
      `SELECT status, count(*)::int AS n FROM reservations
        WHERE items @> $1::jsonb GROUP BY status`,
      [JSON.stringify([{ productId }])],
    );
    return Object.fromEntries(rows.map((row) => [row.status as string, row.n as number]));
  }

  /** The order's payments, oldest first, with the captures the audit trail and the provider saw. */
  async paymentsOf(orderId: string): Promise<StoredPayment[]> {
    const { rows } = await this.payments.query(
      `SELECT p.id, p.status, p.amount, p.captured_amount,
              (SELECT count(*)::int FROM payment_audit a WHERE a.payment_id = p.id AND a.action = 'CAPTURE')
                AS captures,
              coalesce((SELECT c.captured_amount FROM simulated_charges c WHERE c.ref = p.provider_ref), 0)
                AS provider_captured
         FROM payments p WHERE p.order_id = $1 ORDER BY p.created_at, p.id`,
      [orderId],
    );
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      amount: row.amount,
      capturedAmount: row.captured_amount,
      captures: row.captures,
      providerCaptured: row.provider_captured,
    }));
  }

  async close(): Promise<void> {
    await Promise.all([this.catalog.end(), this.payments.end()]);
  }
}
