import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PaymentStatus } from './payment-state';

export type PaymentMethodName = 'CARD' | 'WALLET' | 'PAYPAL';
/** An order's payment, or a card charge that tops up the buyer's wallet (no order). */
export type PaymentPurpose = 'ORDER' | 'WALLET_TOP_UP';

/** One payment attempt. `orderId` and `buyerId` are plain ids owned by other services. */
@Entity({ name: 'payments' })
export class PaymentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  purpose!: PaymentPurpose;

  @Column('uuid', { name: 'order_id', nullable: true })
  orderId!: string | null;

  @Column('uuid', { name: 'buyer_id' })
  buyerId!: string;

  @Column('text')
  method!: PaymentMethodName;

  /** The adapter that authorized it (simulator, stripe, redirect-simulator, wallet). */
  @Column('text')
  provider!: string;

  @Column('text')
  status!: PaymentStatus;

  @Column('integer')
  amount!: number;

  @Column('char', { length: 3 })
  currency!: string;

  @Column('integer', { name: 'captured_amount' })
  capturedAmount!: number;

  /** Sum of refunds that succeeded or are on their way (failed ones free their amount again). */
  @Column('integer', { name: 'refunded_amount' })
  refundedAmount!: number;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey!: string;

  @Column('text', { name: 'request_fingerprint' })
  requestFingerprint!: string;

  /** The method's provider token (tok_/pm_), so an abandoned attempt can be replayed; never a card number. */
  @Column('text', { name: 'method_token', nullable: true, select: false })
  methodToken!: string | null;

  /** The provider's transaction reference (PaymentIntent id, simulator charge id, ledger hold). */
  @Column('text', { name: 'provider_ref', nullable: true })
  providerRef!: string | null;

  @Column('text', { name: 'redirect_url', nullable: true })
  redirectUrl!: string | null;

  @Column('text', { name: 'failure_reason', nullable: true })
  failureReason!: string | null;

  /** When the current attempt to reach the provider began; a stale PENDING attempt may be taken over. */
  @Column('timestamptz', { name: 'attempt_started_at' })
  attemptStartedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
