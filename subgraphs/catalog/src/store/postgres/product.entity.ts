import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ProductRecord, ProductStatus } from '../catalog-store';

/** The descriptive part of a product, stored as one JSONB document. */
export type ProductDocument = Pick<
  ProductRecord,
  'name' | 'description' | 'brand' | 'price' | 'images' | 'attributes'
>;

/**
 * A product row: the JSONB document plus the fields that are filtered, sorted or constrained
 * (seller, category path, status, stock, timestamps), kept as columns for indexes and CHECKs.
 */
@Entity({ name: 'products' })
export class ProductEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'seller_id' })
  sellerId!: string;

  @Column('uuid', { name: 'category_id' })
  categoryId!: string;

  @Column('uuid', { name: 'category_ids', array: true })
  categoryIds!: string[];

  @Column('text')
  status!: ProductStatus;

  @Column('integer', { name: 'stock_available' })
  stockAvailable!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('integer')
  version!: number;

  @Column('jsonb')
  document!: ProductDocument;
}
