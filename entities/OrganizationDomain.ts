import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A verified email domain of an organization (R-DI-1, R-PA-3). A domain belongs to one org. */
@Entity({ name: 'organization_domain' })
@Index('UQ_organization_domain_domain', ['domain'], { unique: true })
export class OrganizationDomain {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_organization_domain_org')
  @Column({ type: 'integer' })
  organizationId!: number;

  @Column({ type: 'varchar', length: 191 })
  domain!: string;
}
