import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from './Node';

/** A person. Signs in through the identity provider; `subject` is the token's `sub`. */
@Entity({ name: 'user' })
@ObjectType({ implements: Node })
export class User {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 191, unique: true })
  subject!: string;

  @Field()
  @Column({ type: 'varchar', length: 191, unique: true })
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
}
