import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Money } from '@commerce/contracts';
import { AppError, badInput, conflict, ErrorCode, notFound } from '@commerce/errors';
import { entityFromRow, returningRows } from '@commerce/database';
import { actorOf, CallContext } from '../call-context';
import { PaymentEntity, PaymentMethodName, PaymentPurpose } from './payment.entity';
import { PaymentStatus } from './payment-state';

export interface AuthorizeInput {
  purpose: PaymentPurpose;
  orderId: string | null;
  buyerId: string;
  amount: Money;
  method: { type: PaymentMethodName; cardToken?: string };
  idempotencyKey: string;
}

/**
 * Payment rows as the idempotency machinery needs them: a key is claimed by inserting the PENDING row
 * (unique index), a replay finds it by key and must carry the same parameters, and an attempt whose
 * provider call never came back can be taken over by exactly one retry.
 */
export class PaymentStore {
  constructor(private readonly dataSource: DataSource) {}

  async get(id: string): Promise<PaymentEntity> {
    const payment = await this.dataSource.getRepository(PaymentEntity).findOneBy({ id });
    if (!payment) throw notFound('Payment');
    return payment;
  }

  /**
   * Claims the key with a PENDING row and its first audit row (the CREATE row PaymentRecorder.audit
   * would write), in one statement; null when the key is taken.
   */
  async claim(
    manager: EntityManager,
    ctx: CallContext,
    input: AuthorizeInput,
    provider: string,
  ): Promise<PaymentEntity | null> {
    const rows: Record<string, unknown>[] = await manager.query(
      `WITH claimed AS (
         INSERT INTO payments (id, purpose, order_id, buyer_id, method, provider, status, amount, currency,
           idempotency_key, request_fingerprint, method_token)
         VALUES ($1, $2, $3, $4, $5, $6, 'PENDING', $7, $8, $9, $10, $11)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING *
       ), audited AS (
         INSERT INTO payment_audit (payment_id, action, to_status, actor, amount, detail, request_id)
         SELECT id, 'CREATE', status, $12, amount, '{}'::jsonb, $13 FROM claimed
       )
       SELECT * FROM claimed`,
      [
        randomUUID(),
        input.purpose,
        input.orderId,
        input.buyerId,
        input.method.type,
        provider,
        input.amount.amount,
        input.amount.currency,
        input.idempotencyKey,
        fingerprintOf(input),
        input.method.cardToken ?? null,
        actorOf(ctx),
        ctx.requestId,
      ],
    );
    return rows.length === 0 ? null : entityFromRow(manager, PaymentEntity, rows[0]);
  }

  /** The payment that claimed `input`'s key; CONFLICT when the key was used for something else. */
  async existing(input: AuthorizeInput): Promise<PaymentEntity> {
    const payment = await this.dataSource
      .getRepository(PaymentEntity)
      .findOneByOrFail({ idempotencyKey: input.idempotencyKey });
    if (payment.requestFingerprint !== fingerprintOf(input)) {
      throw conflict('idempotencyKey was already used for a different payment', { field: 'idempotencyKey' });
    }
    return payment;
  }

  /** True for the one caller that takes over an attempt older than `staleMs` with no provider answer. */
  async takeOver(paymentId: string, staleMs: number): Promise<boolean> {
    const rows = await returningRows(
      this.dataSource,
      `UPDATE payments SET attempt_started_at = now()
       WHERE id = $1 AND status = 'PENDING' AND provider_ref IS NULL
         AND attempt_started_at < now() - make_interval(secs => $2::double precision / 1000)
       RETURNING id`,
      [paymentId, staleMs],
    );
    return rows.length > 0;
  }

  /** Marks the attempt as given up (provider unreachable), so the next retry takes over at once. */
  async abandonAttempt(paymentId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE payments SET attempt_started_at = '-infinity' WHERE id = $1 AND status = 'PENDING'`,
      [paymentId],
    );
  }

  /** The method token kept for replays (not selected with the entity). */
  async methodToken(paymentId: string): Promise<string | null> {
    const [row] = await this.dataSource.query('SELECT method_token FROM payments WHERE id = $1', [paymentId]);
    return row?.method_token ?? null;
  }
}

/** Row lock for the short transaction that applies a change. */
export async function lockPayment(manager: EntityManager, id: string): Promise<PaymentEntity> {
  const payment = await manager
    .getRepository(PaymentEntity)
    .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!payment) throw notFound('Payment');
  return payment;
}

/** A provider call is under way (or was abandoned) and nothing is known of its outcome yet. */
export function isInFlight(payment: PaymentEntity): boolean {
  return payment.status === PaymentStatus.PENDING && !payment.providerRef && payment.method !== 'WALLET';
}

/** PAYMENT_DECLINED for a FAILED payment, carrying the decline reason and the payment id. */
export function paymentDeclined(payment: Pick<PaymentEntity, 'id' | 'failureReason'>): AppError {
  return new AppError(ErrorCode.PAYMENT_DECLINED, 'The payment was declined', {
    reason: payment.failureReason ?? 'declined',
    paymentId: payment.id,
  });
}

/** `money` in minor units of the payment's currency; another currency is the caller's mistake. */
export function minorUnitsOf(payment: PaymentEntity, money: Money): number {
  if (money.currency !== payment.currency) {
    throw badInput(`amount.currency must be the payment's currency (${payment.currency})`, {
      field: 'amount.currency',
    });
  }
  return money.amount;
}

/** What must match for a replayed key to be the same request. */
function fingerprintOf(input: AuthorizeInput): string {
  const { amount, currency } = input.amount;
  return [input.purpose, input.orderId ?? '', input.buyerId, amount, currency, input.method.type].join('|');
}
