import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An organization an engagement is offered to: its members discover the engagement and may join
 * or request access according to the join policy (R-EN-2, R-EN-3).
 */
@Entity({ name: 'engagement_audience' })
@Index('UQ_engagement_audience_pair', ['engagementId', 'organizationId'], { unique: true })
@Index('IDX_engagement_audience_org', ['organizationId'])
export class EngagementAudience {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  engagementId!: number;

  @Column({ type: 'integer' })
  organizationId!: number;

  @Column({ type: 'datetime' })
  createdAt!: Date;
}
