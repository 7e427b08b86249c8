import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A category row; `ancestorIds` runs from the root to the parent. */
@Entity({ name: 'categories' })
export class CategoryEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Column('uuid', { name: 'ancestor_ids', array: true })
  ancestorIds!: string[];

  @Column('text')
  name!: string;

  @Column('text')
  slug!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
