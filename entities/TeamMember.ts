import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TeamRole } from './enums';
import { Node } from './Node';

/** Team admin or member (R-DI-2). `organizationId` is the team's, kept for tenant-scoped queries. */
@Entity({ name: 'team_member' })
@Index('UQ_team_member_team_user', ['teamId', 'userId'], { unique: true })
@Index('IDX_team_member_user', ['userId'])
@Index('IDX_team_member_org_user', ['organizationId', 'userId'])
@ObjectType({ implements: Node })
export class TeamMember {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  teamId!: number;

  @Column({ type: 'integer' })
  userId!: number;

  @Column({ type: 'integer' })
  organizationId!: number;

  @Field(() => TeamRole)
  @Column({ type: 'varchar', length: 20 })
  role!: TeamRole;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;
}
