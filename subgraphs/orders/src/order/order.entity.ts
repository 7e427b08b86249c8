import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrderStatus } from './order-state-machine';

/** One entry of an order's status history; `at` is an ISO timestamp, `actorId` null for the system. */
export interface StatusChangeRecord {
  status: OrderStatus;
  reason: string | null;
  code: string | null;
  at: string;
  actorId: string | null;
}

/** The shipping address as it was at checkout: a copy, so later address-book edits change nothing. */
export interface AddressSnapshot {
  addressId: string;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  country: string;
}

/**
 * An order. Its id is derived from (buyer, idempotency key), so a retried checkout lands on the same
 * row. Foreign ids (buyer, sellers, cart, payment) are plain columns: other services own them.
 */
@Entity({ name: 'orders' })
export class OrderEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'buyer_id' })
  buyerId!: string;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey!: string;

  /** Hash of what was bought and how: a reused key with another cart is refused. */
  @Column('text', { name: 'checkout_fingerprint' })
  checkoutFingerprint!: string;

  @Column('text')
  status!: OrderStatus;

  @Column('char', { length: 3 })
  currency!: string;

  @Column('int')
  subtotal!: number;

  @Column('int')
  discount!: number;

  @Column('int')
  total!: number;

  @Column('text', { name: 'coupon_code', nullable: true })
  couponCode!: string | null;

  @Column('text', { name: 'cart_id', nullable: true })
  cartId!: string | null;

  /** Distinct sellers of the items: who may see and ship this order. */
  @Column('uuid', { name: 'seller_ids', array: true })
  sellerIds!: string[];

  @Column('jsonb', { name: 'shipping_address', nullable: true })
  shippingAddress!: AddressSnapshot | null;

  @Column('text', { name: 'payment_method' })
  paymentMethod!: string;

  @Column('text', { name: 'payment_id', nullable: true })
  paymentId!: string | null;

  @Column('jsonb', { name: 'status_history' })
  statusHistory!: StatusChangeRecord[];

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
