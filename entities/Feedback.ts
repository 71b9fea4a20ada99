import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from './Node';

/** A participant's feedback on an engagement that accepts feedback (R-EN-4). */
@Entity({ name: 'feedback' })
@Index('IDX_feedback_engagement', ['engagementId', 'id'])
@Index('IDX_feedback_author', ['authorUserId', 'engagementId'])
@ObjectType({ implements: Node })
export class Feedback {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  engagementId!: number;

  @Column({ type: 'integer' })
  programId!: number;

  @Column({ type: 'integer' })
  hostOrganizationId!: number;

  @Column({ type: 'integer' })
  authorUserId!: number;

  @Field()
  @Column({ type: 'text' })
  body!: string;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Field()
  @Column({ type: 'datetime' })
  updatedAt!: Date;
}
