import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type QuoteStatus = 'QUOTED' | 'PAID' | 'FAILED' | 'CANCELLED';
export type CouponUseStatus = 'RESERVED' | 'CONFIRMED' | 'RELEASED';

/** What was quoted, so `order.paid` clears exactly that and no item added afterwards. */
export interface QuotedLine {
  productId: string;
  quantity: number;
}

/**
 * The cart as quoted to orders for one order, and the coupon use it holds. A coupon use is counted
 * against the coupon's limits while RESERVED (within the reservation TTL) or CONFIRMED.
 */
@Entity({ name: 'checkout_quotes' })
export class CheckoutQuoteEntity {
  @PrimaryColumn('text', { name: 'order_id' })
  orderId!: string;

  @Column('text', { name: 'buyer_id' })
  buyerId!: string;

  @Column('uuid', { name: 'cart_id' })
  cartId!: string;

  @Column('jsonb')
  lines!: QuotedLine[];

  @Column('text')
  status!: QuoteStatus;

  @Column('uuid', { name: 'coupon_id', nullable: true })
  couponId!: string | null;

  @Column('text', { name: 'coupon_status', nullable: true })
  couponStatus!: CouponUseStatus | null;

  @Column('int')
  discount!: number;

  @Column('timestamptz', { name: 'reserved_at', nullable: true })
  reservedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
