import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One step of one inactivity period of a user (R-IN-1): the 30-, 14- and 1-day warnings and the
 * deactivation. `noticeKey` (`<userId>:<period start>:<stage>`) is unique, so however often the
 * job runs, each step happens once per period; a new access starts a new period.
 */
@Entity({ name: 'inactivity_notice' })
@Index('UQ_inactivity_notice_key', ['noticeKey'], { unique: true })
@Index('IDX_inactivity_notice_user', ['userId'])
export class InactivityNotice {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 80 })
  noticeKey!: string;

  @Column({ type: 'integer' })
  userId!: number;

  /** The last access the period counts from. */
  @Column({ type: 'datetime' })
  periodStart!: Date;

  /** WARNING_30, WARNING_14, WARNING_1 or DEACTIVATED. */
  @Column({ type: 'varchar', length: 20 })
  stage!: string;

  @Column({ type: 'datetime' })
  createdAt!: Date;
}
