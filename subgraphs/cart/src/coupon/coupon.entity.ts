import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A discount code: platform-wide (created by an ADMIN) or limited to one seller's products. */
@Entity({ name: 'coupons' })
export class CouponEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored in capitals; buyers may type it in any case. */
  @Column('text')
  code!: string;

  @Column('text')
  kind!: 'PERCENT' | 'FIXED';

  /** Percent (1..100) or minor units of `currency`. */
  @Column('int')
  value!: number;

  /** Null: usable with any currency (a percentage without minimum). */
  @Column('text', { nullable: true })
  currency!: string | null;

  @Column('int', { name: 'min_subtotal', nullable: true })
  minSubtotal!: number | null;

  @Column('timestamptz', { name: 'starts_at', nullable: true })
  startsAt!: Date | null;

  @Column('timestamptz', { name: 'ends_at', nullable: true })
  endsAt!: Date | null;

  @Column('int', { name: 'usage_limit', nullable: true })
  usageLimit!: number | null;

  @Column('int', { name: 'per_user_limit', nullable: true })
  perUserLimit!: number | null;

  /** Null: platform-wide. Otherwise only this seller's lines are discounted. */
  @Column('text', { name: 'seller_id', nullable: true })
  sellerId!: string | null;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
