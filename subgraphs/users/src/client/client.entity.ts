import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

type ClientKind = 'FIRST_PARTY' | 'PARTNER';

/**
 * A registered API client. Only hashes of its keys are kept: the key itself is shown once, to the
 * ADMIN who registered or rotated it. During a rotation's grace the previous key still works.
 */
@Entity({ name: 'api_clients' })
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: ClientKind;

  @Column('text', { name: 'allowed_operations', array: true, nullable: true })
  allowedOperations!: string[] | null;

  @Column('int', { name: 'requests_per_minute' })
  requestsPerMinute!: number;

  @Column('int', { name: 'cost_points_per_minute' })
  costPointsPerMinute!: number;

  @Column('text', { name: 'key_hash', select: false })
  keyHash!: string;

  @Column('text', { name: 'previous_key_hash', nullable: true, select: false })
  previousKeyHash!: string | null;

  @Column('timestamptz', { name: 'previous_key_expires_at', nullable: true })
  previousKeyExpiresAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
