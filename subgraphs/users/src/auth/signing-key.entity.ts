import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { JsonWebKey } from 'node:crypto';

/** An RS256 key pair. The newest unretired key signs; every unretired key is published in the JWKS. */
@Entity({ name: 'signing_keys' })
export class SigningKeyEntity {
  @PrimaryColumn('text')
  kid!: string;

  @Column('text', { name: 'private_key_pem', select: false })
  privateKeyPem!: string;

  @Column('jsonb', { name: 'public_jwk' })
  publicJwk!: JsonWebKey;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'retired_at', nullable: true })
  retiredAt!: Date | null;
}
