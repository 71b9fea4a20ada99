import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TeamPrivacy } from './enums';
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

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;
}
