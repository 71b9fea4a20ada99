import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ClientPermission } from './enums';
import { Node } from './Node';

/** A named set of permissions a partner admin holds in one client account (R-PA-3). */
@Entity({ name: 'permission_set' })
@Index('UQ_permission_set_client_name', ['clientOrganizationId', 'name'], { unique: true })
@ObjectType({ implements: Node })
export class PermissionSet {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  clientOrganizationId!: number;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Field(() => [ClientPermission])
  @Column({ type: 'simple-json' })
  permissions!: ClientPermission[];

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;
}
