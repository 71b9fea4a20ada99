import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from './Node';

/**
 * A bearer token an identity provider uses to provision one organization through SCIM 2.0
 * (`/scim/v2`). Only the SHA-256 of the secret is stored: the secret is shown once, when created
 * (R-PA-10: super admins create and revoke them, never partner admins).
 */
@Entity({ name: 'scim_token' })
@Index('UQ_scim_token_hash', ['tokenHash'], { unique: true })
@Index('IDX_scim_token_org', ['organizationId', 'id'])
@ObjectType({
  implements: Node,
  description: 'A SCIM provisioning token of an organization (R-PA-10).',
})
export class ScimToken {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  organizationId!: number;

  @Field({ description: 'A label, e.g. the identity provider it was made for.' })
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** Hex SHA-256 of the secret; the secret itself is never stored. */
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Field({ description: 'The first characters of the secret, to recognise it.' })
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Column({ type: 'integer' })
  createdByUserId!: number;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'The last SCIM request it authorized.' })
  @Column({ type: 'datetime', nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set once revoked: it authorizes nothing.' })
  @Column({ type: 'datetime', nullable: true })
  revokedAt!: Date | null;
}
