import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReservationItem, ReservationRejection, ReservationStatus } from '../catalog-store';

/** A stock reservation made by the orders service; items are a small JSONB list. */
@Entity({ name: 'reservations' })
export class ReservationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'order_id', nullable: true })
  orderId!: string | null;

  @Column('text')
  status!: ReservationStatus;

  @Column('jsonb')
  items!: ReservationItem[];

  @Column('text', { name: 'request_hash' })
  requestHash!: string;

  @Column('jsonb', { nullable: true })
  rejection!: ReservationRejection | null;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
