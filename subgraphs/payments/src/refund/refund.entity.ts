import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type RefundStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED';
/** ORIGINAL: back to the method that paid (card refund or wallet credit); WALLET: as wallet credit. */
export type RefundDestination = 'ORIGINAL' | 'WALLET';

/** Money given back from a captured payment. */
@Entity({ name: 'refunds' })
export class RefundEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'payment_id' })
  paymentId!: string;

  @Column('uuid', { name: 'order_id', nullable: true })
  orderId!: string | null;

  @Column('integer')
  amount!: number;

  @Column('char', { length: 3 })
  currency!: string;

  @Column('text')
  status!: RefundStatus;

  @Column('text')
  destination!: RefundDestination;

  @Column('text')
  reason!: string;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey!: string;

  /** The provider's refund id, or the ledger posting for wallet refunds. */
  @Column('text', { name: 'provider_ref', nullable: true })
  providerRef!: string | null;

  @Column('text', { name: 'failure_reason', nullable: true })
  failureReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
