import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type CartStatus = 'ACTIVE' | 'ABANDONED';

/** A buyer's cart. One per buyer; the items live in `cart_items`. */
@Entity({ name: 'carts' })
export class CartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'buyer_id' })
  buyerId!: string;

  /** ABANDONED once the sweeper found it untouched; any change makes it ACTIVE again. */
  @Column('text')
  status!: CartStatus;

  @Column('uuid', { name: 'coupon_id', nullable: true })
  couponId!: string | null;

  /** Bumped by every change, so a checkout quote can tell the cart moved under it. */
  @Column('int')
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Last change by the buyer (or checkout); set by the service, not by TypeORM, so sweeps do not move it. */
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'abandoned_at', nullable: true })
  abandonedAt!: Date | null;
}
