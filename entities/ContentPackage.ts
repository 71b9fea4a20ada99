import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from './Node';

/** Content a Package Publisher published to an engagement; participants download it (R-EN-4). */
@Entity({ name: 'content_package' })
@Index('IDX_content_package_engagement', ['engagementId', 'id'])
@ObjectType({ implements: Node })
export class ContentPackage {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  engagementId!: number;

  @Column({ type: 'integer' })
  programId!: number;

  @Column({ type: 'integer' })
  hostOrganizationId!: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field({ description: 'The package content (the download).' })
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'integer' })
  publishedByUserId!: number;

  @Field()
  @Column({ type: 'datetime' })
  publishedAt!: Date;
}
