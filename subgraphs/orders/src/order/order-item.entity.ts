import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One line of an order, priced as the cart quoted it at checkout (never re-priced afterwards). */
@Entity({ name: 'order_items' })
export class OrderItemEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  /** Order of the lines as the cart listed them. */
  @Column('int')
  position!: number;

  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @Column('uuid', { name: 'seller_id' })
  sellerId!: string;

  /** Product name at checkout, so the order reads the same after the product is renamed or deleted. */
  @Column('text')
  name!: string;

  @Column('int')
  quantity!: number;

  @Column('int', { name: 'unit_price' })
  unitPrice!: number;

  @Column('int', { name: 'line_total' })
  lineTotal!: number;

  @Column('char', { length: 3 })
  currency!: string;
}
