import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JoinPolicy } from './enums';
import { Node } from './Node';

/** An engagement of a program; `joinPolicy` decides join / request / neither (R-EN-3). */
@Entity({ name: 'engagement' })
@Index('IDX_engagement_program', ['programId'])
@Index('IDX_engagement_name', ['name'])
@ObjectType({ implements: Node })
export class Engagement {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  programId!: number;

  @Column({ type: 'integer' })
  hostOrganizationId!: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => JoinPolicy)
  @Column({ type: 'varchar', length: 20 })
  joinPolicy!: JoinPolicy;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  termsOfUse!: string | null;

  @Field()
  @Column({ type: 'boolean' })
  acceptsFeedback!: boolean;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;
}
