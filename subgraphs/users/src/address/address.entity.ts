import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A postal address of one user (shipping destination at checkout). */
@Entity({ name: 'addresses' })
export class AddressEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  line1!: string;

  @Column('text', { nullable: true })
  line2!: string | null;

  @Column('text')
  city!: string;

  @Column('text', { name: 'postal_code' })
  postalCode!: string;

  @Column('char', { length: 2 })
  country!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
