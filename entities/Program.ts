import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from './Node';

/** A host organization's program (DOMAIN §2). */
@Entity({ name: 'program' })
@Index('IDX_program_host', ['hostOrganizationId'])
@ObjectType({ implements: Node })
export class Program {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  hostOrganizationId!: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field()
  @Column({ type: 'text' })
  description!: string;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;
}
