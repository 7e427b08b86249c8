import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { returningRows } from '@commerce/database';
import { ProviderError, ProviderRefund } from './payment-provider';

export type SimulatedStatus = 'AUTHORIZED' | 'DECLINED' | 'REQUIRES_ACTION' | 'CAPTURED' | 'VOIDED';

export interface SimulatedCharge {
  ref: string;
  provider: string;
  amount: number;
  currency: string;
  status: SimulatedStatus;
  declineCode: string | null;
  capturedAmount: number;
  refundedAmount: number;
}

/**
 * The provider-side books of the local simulators: what a real provider would remember about each
 * authorization. Every move is one conditional statement, so concurrent calls behave like a real
 * provider's (one wins, a repeat of the same move is a no-op, a conflicting move is refused).
 */
export class SimulationStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates the charge once per idempotency key; a repeated key returns the first one. */
  async createOnce(
    provider: string,
    key: string,
    charge: { amount: number; currency: string; status: SimulatedStatus; declineCode?: string },
  ): Promise<SimulatedCharge> {
    const prefix = provider === 'redirect-simulator' ? 'rp' : 'sim_ch';
    const rows = await this.dataSource.query(
      `INSERT INTO simulated_charges (ref, provider, idempotency_key, amount, currency, status, decline_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (provider, idempotency_key) DO NOTHING RETURNING *`,
      [
        newRef(prefix),
        provider,
        key,
        charge.amount,
        charge.currency,
        charge.status,
        charge.declineCode ?? null,
      ],
    );
    if (rows.length > 0) return toCharge(rows[0]);
    const [existing] = await this.dataSource.query(
      'SELECT * FROM simulated_charges WHERE provider = $1 AND idempotency_key = $2',
      [provider, key],
    );
    const found = toCharge(existing);
    if (found.amount !== charge.amount || found.currency !== charge.currency) {
      throw new ProviderError('idempotency_mismatch', 'idempotency key reused with different parameters');
    }
    return found;
  }

  async get(provider: string, ref: string): Promise<SimulatedCharge> {
    const rows = await this.dataSource.query(
      'SELECT * FROM simulated_charges WHERE provider = $1 AND ref = $2',
      [provider, ref],
    );
    if (rows.length === 0) throw new ProviderError('invalid_request', `no such charge: ${ref}`);
    return toCharge(rows[0]);
  }

  /**
   * Moves a charge from one of `from` to `to`; repeating a move that already happened is a no-op.
   * Anything else is the illegal move a real provider would refuse.
   */
  async move(
    provider: string,
    ref: string,
    from: SimulatedStatus[],
    to: SimulatedStatus,
    capturedAmount?: number,
  ): Promise<SimulatedCharge> {
    const rows = await returningRows<Record<string, unknown>>(
      this.dataSource,
      `UPDATE simulated_charges SET status = $4, captured_amount = coalesce($5, captured_amount)
       WHERE provider = $1 AND ref = $2 AND status = ANY($3) RETURNING *`,
      [provider, ref, from, to, capturedAmount ?? null],
    );
    if (rows.length > 0) return toCharge(rows[0]);
    const current = await this.get(provider, ref);
    if (current.status === to) return current;
    throw new ProviderError('invalid_state', `cannot move a ${current.status} charge to ${to}`);
  }

  /** Refunds once per key, never more in total than was captured (checked in the same statement). */
  async refund(provider: string, chargeRef: string, key: string, amount: number): Promise<ProviderRefund> {
    return this.dataSource.transaction(async (manager) => {
      // The charge row lock serialises refunds of one charge, so the key check and the total hold.
      const [locked] = await manager.query(
        'SELECT * FROM simulated_charges WHERE provider = $1 AND ref = $2 FOR UPDATE',
        [provider, chargeRef],
      );
      if (!locked) throw new ProviderError('invalid_request', `no such charge: ${chargeRef}`);
      const [existing] = await manager.query(
        'SELECT ref, amount FROM simulated_refunds WHERE charge_ref = $1 AND idempotency_key = $2',
        [chargeRef, key],
      );
      if (existing) {
        if (Number(existing.amount) !== amount) {
          throw new ProviderError('idempotency_mismatch', 'idempotency key reused with different parameters');
        }
        return { refundRef: String(existing.ref), status: 'SUCCEEDED' as const };
      }
      const charge = toCharge(locked);
      if (charge.status !== 'CAPTURED') {
        throw new ProviderError('invalid_state', `cannot refund a ${charge.status} charge`);
      }
      if (charge.refundedAmount + amount > charge.capturedAmount) {
        throw new ProviderError('invalid_request', 'refund exceeds the captured amount not yet refunded');
      }
      const refundRef = newRef('sim_re');
      await manager.query(
        'UPDATE simulated_charges SET refunded_amount = refunded_amount + $2 WHERE ref = $1',
        [chargeRef, amount],
      );
      await manager.query(
        'INSERT INTO simulated_refunds (ref, charge_ref, idempotency_key, amount) VALUES ($1, $2, $3, $4)',
        [refundRef, chargeRef, key, amount],
      );
      return { refundRef, status: 'SUCCEEDED' as const };
    });
  }
}

function newRef(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

function toCharge(row: Record<string, unknown>): SimulatedCharge {
  return {
    ref: String(row.ref),
    provider: String(row.provider),
    amount: Number(row.amount),
    currency: String(row.currency),
    status: row.status as SimulatedStatus,
    declineCode: (row.decline_code as string | null) ?? null,
    capturedAmount: Number(row.captured_amount),
    refundedAmount: Number(row.refunded_amount),
  };
}
