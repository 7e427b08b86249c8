import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One product in a cart, with the price the buyer saw when adding it. */
@Entity({ name: 'cart_items' })
export class CartItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'cart_id' })
  cartId!: string;

  @Column('text', { name: 'product_id' })
  productId!: string;

  /** Copied from the catalog when added: seller-limited coupons need it without a catalog call. */
  @Column('text', { name: 'seller_id' })
  sellerId!: string;

  @Column('int')
  quantity!: number;

  /** Price snapshot in minor units, taken when the product was (last) added. */
  @Column('int', { name: 'unit_price' })
  unitPrice!: number;

  @Column('text')
  currency!: string;

  @Column('timestamptz', { name: 'added_at' })
  addedAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
