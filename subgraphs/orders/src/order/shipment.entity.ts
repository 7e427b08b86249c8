import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ShipmentStatus = 'SHIPPED' | 'DELIVERED';

/** One tracking update of a parcel; `at` is an ISO timestamp. */
export interface TrackingEventRecord {
  status: string;
  description: string;
  at: string;
}

/**
 * The parcel one seller sends for its items of an order. A multi-seller order has one per seller; the
 * order is SHIPPED when every seller shipped and DELIVERED when every parcel arrived.
 */
@Entity({ name: 'shipments' })
export class ShipmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  @Column('uuid', { name: 'seller_id' })
  sellerId!: string;

  @Column('text')
  carrier!: string;

  @Column('text', { name: 'tracking_number' })
  trackingNumber!: string;

  @Column('text')
  status!: ShipmentStatus;

  @Column('jsonb')
  events!: TrackingEventRecord[];

  @Column('timestamptz', { name: 'shipped_at' })
  shippedAt!: Date;

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt!: Date | null;
}
