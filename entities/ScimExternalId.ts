import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The identity provider's `externalId` of a provisioned user or group (a team), per
 * organization: SCIM clients look resources up by it (RFC 7643 §3.1). Not exposed in GraphQL.
 */
@Entity({ name: 'scim_external_id' })
@Index('UQ_scim_external_id_resource', ['organizationId', 'resourceType', 'resourceId'], {
  unique: true,
})
@Index('IDX_scim_external_id_value', ['organizationId', 'resourceType', 'externalId'])
export class ScimExternalId {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  organizationId!: number;

  /** `User` (resourceId: the user) or `Group` (resourceId: the team). */
  @Column({ type: 'varchar', length: 10 })
  resourceType!: 'User' | 'Group';

  @Column({ type: 'integer' })
  resourceId!: number;

  @Column({ type: 'varchar', length: 191 })
  externalId!: string;
}
