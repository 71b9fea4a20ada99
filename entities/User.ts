import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from './Node';

/** A person. Signs in through the identity provider; `subject` is the token's `sub`. */
@Entity({ name: 'user' })
@Index('UQ_user_subject', ['subject'], { unique: true })
@Index('UQ_user_email', ['email'], { unique: true })
@ObjectType({ implements: Node })
export class User {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Opaque, compared exactly: binary collation on MariaDB (migration 1700000005100). */
  @Column({ type: 'varchar', length: 191 })
  subject!: string;

  @Field()
  @Column({ type: 'varchar', length: 191 })
  email!: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  photoUrl!: string | null;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;

  /**
   * When a token first linked this user to its `subject` (README "Sign-in"); null while the user
   * never signed in through the identity provider (invited or provisioned by email, `subject`
   * still the email). Set once, by a conditional update (migration 1700000007000).
   */
  @Column({ type: 'datetime', nullable: true })
  linkedAt!: Date | null;
}
