import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A buyer's review of a product: one per author and product (unique index), rating 1..5. */
@Entity({ name: 'reviews' })
export class ReviewEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @Column('smallint')
  rating!: number;

  /** Plain text as the author typed it (trimmed); never HTML. Null when the author wrote none. */
  @Column('text', { nullable: true })
  comment!: string | null;

  /** True while the author has a delivered (not refunded) order containing the product. */
  @Column('boolean', { name: 'verified_purchase' })
  verifiedPurchase!: boolean;

  @Column('int', { name: 'helpful_count' })
  helpfulCount!: number;

  /** Reports no moderator has handled yet; > 0 puts the review in the moderation queue. */
  @Column('int', { name: 'open_reports' })
  openReports!: number;

  @Column('timestamptz', { name: 'first_open_report_at', nullable: true })
  firstOpenReportAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  /** Last change of rating or comment by the author (votes and reports do not move it). */
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
