import { Arg, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { AuditEvent } from '../entities';
import type { Context } from '../src/context';
import type { LiveEvent } from '../src/pubsub/bus';
import { idOf } from './ids';
import { AFTER } from './SubscriptionResolver';
import { CURSOR } from './types/events';
import { AuditEventFilter } from './types/organization';

@ObjectType({ description: 'An entry written to an organization’s event log.' })
export class AuditLogEvent {
  @Field({ description: CURSOR })
  cursor!: string;

  @Field(() => AuditEvent)
  event!: AuditEvent;
}

interface Args {
  organizationId: string;
  filter?: AuditEventFilter | null;
  after?: string | null;
}

type Data = SubscribeResolverData<unknown, Args, Context>;

/** The live event log (issue 19); authorized in AuditStreamService. */
@Resolver()
export class AuditSubscriptionResolver {
  @Subscription(() => AuditLogEvent, {
    description:
      'Entries of an organization’s event log as they are written, for those who may read it (R-PR-3), with the filters of `Organization.auditEvents`.',
    subscribe: ({ args, context }: Data) =>
      context.services.auditStream.auditEvents(
        idOf(args.organizationId, 'Organization'),
        {
          action: args.filter?.action,
          actorUserId: args.filter?.actorId ? idOf(args.filter.actorId, 'User') : null,
          since: args.filter?.since,
          until: args.filter?.until,
        },
        args.after,
      ),
  })
  auditEvents(
    @Root() payload: LiveEvent<'AUDIT'>,
    @Arg('organizationId', () => ID) _organizationId: string,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) _filter?: AuditEventFilter,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after?: string,
  ): AuditLogEvent {
    const { cursor, ...row } = payload;
    return {
      cursor,
      event: Object.assign(new AuditEvent(), { ...row, createdAt: new Date(row.createdAt) }),
    };
  }
}
