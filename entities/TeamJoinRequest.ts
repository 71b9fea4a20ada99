import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JoinRequestStatus } from './enums';
import { Node } from './Node';

/** A request to join a discoverable team, decided by its admins (R-DI-7). */
@Entity({ name: 'team_join_request' })
@Index('UQ_team_join_request_pending', ['pendingKey'], { unique: true })
@Index('IDX_team_join_request_team', ['teamId', 'status', 'id'])
@ObjectType({ implements: Node })
export class TeamJoinRequest {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  teamId!: number;

  @Column({ type: 'integer' })
  organizationId!: number;

  @Column({ type: 'integer' })
  userId!: number;

  @Field(() => JoinRequestStatus)
  @Column({ type: 'varchar', length: 20 })
  status!: JoinRequestStatus;

  @Column({ type: 'varchar', length: 40, nullable: true })
  pendingKey!: string | null;

  @Column({ type: 'integer', nullable: true })
  decidedByUserId!: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  decidedAt!: Date | null;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;
}
