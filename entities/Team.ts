import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TeamInvitePolicy, TeamPrivacy } from './enums';
import { Node } from './Node';

@Entity({ name: 'team' })
@Index('UQ_team_org_name', ['organizationId', 'name'], { unique: true })
@ObjectType({ implements: Node })
export class Team {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  organizationId!: number;

  @Field()
  @Column({ type: 'varchar', length: 191 })
  name!: string;

  @Field(() => TeamPrivacy)
  @Column({ type: 'varchar', length: 20 })
  privacy!: TeamPrivacy;

  /** Who may invite new members to the team (R-DI-2): team admins only, or every member. */
  @Field(() => TeamInvitePolicy)
  @Column({ type: 'varchar', length: 20, default: TeamInvitePolicy.ADMINS })
  invitePolicy!: TeamInvitePolicy;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;
}
