import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A buyer's rating of the seller of a delivered order: one per (order, seller). */
@Entity({ name: 'seller_reviews' })
export class SellerReviewEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  @Column('uuid', { name: 'seller_id' })
  sellerId!: string;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @Column('smallint')
  rating!: number;

  /** Plain text, never HTML; null when the buyer wrote none. */
  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
