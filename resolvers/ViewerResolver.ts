import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AccessRequest, Engagement, Notification, Organization, User } from '../entities';
import { AccessRequestStatus } from '../entities/enums';
import type { Context } from '../src/context';
import type { Connection } from '../src/services/pagination';
import { idOf } from './ids';
import { PageArgs } from './types/args';
import {
  AccessRequestConnection,
  EngagementConnection,
  NotificationConnection,
  OrganizationConnection,
} from './types/connections';

@Resolver()
export class ViewerResolver {
  @Query(() => User, { description: 'The signed-in user.' })
  viewer(@Ctx() ctx: Context): User {
    return ctx.viewer!;
  }

  @Query(() => OrganizationConnection, {
    description: 'Organizations the viewer belongs to or manages as a provider or partner.',
  })
  organizations(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<Organization>> {
    return ctx.services.organizations.visibleToViewer(page);
  }

  @Query(() => EngagementConnection, {
    deprecationReason: 'Use `viewer { engagements }`; removed in the next release.',
    description:
      "The viewer's engagements or, with `available`, those offered to its organizations that it has not joined (R-EN-2); optionally by partial name.",
  })
  viewerEngagements(
    @Arg('available', { defaultValue: false }) available: boolean,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Engagement>> {
    return ctx.services.engagements.ofViewer(available, search?.slice(0, 200) ?? null, page);
  }

  @Query(() => AccessRequestConnection, {
    deprecationReason: 'Use `viewer { accessRequests }`; removed in the next release.',
    description: "The viewer's access requests, newest first, with their outcome (R-AR-1).",
  })
  viewerAccessRequests(
    @Arg('status', () => AccessRequestStatus, { nullable: true })
    status: AccessRequestStatus | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<AccessRequest>> {
    return ctx.services.accessRequests.ofViewer(status, page);
  }

  @Query(() => NotificationConnection, {
    deprecationReason: 'Use `viewer { notifications }`; removed in the next release.',
    description: "The viewer's notifications, newest first.",
  })
  viewerNotifications(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Notification>> {
    return ctx.services.notifications.ofViewer(page);
  }

  @Query(() => Organization, {
    nullable: true,
    description: 'One organization; null with a NOT_FOUND error when not visible.',
  })
  async organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Organization> {
    const [organization] = await ctx.access.require('organization.read', [
      idOf(id, 'Organization'),
    ]);
    return organization;
  }
}

/** The viewer's own lists, under `viewer`; on any other user they answer null and FORBIDDEN. */
@Resolver(() => User)
export class ViewerListsResolver {
  @FieldResolver(() => EngagementConnection, {
    nullable: true,
    description:
      'Your engagements or, with `available`, those offered to your organizations that you have not joined (R-EN-2); optionally by partial name. Only on `viewer`.',
  })
  engagements(
    @Root() _user: User,
    @Arg('available', { defaultValue: false }) available: boolean,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Engagement>> {
    return ctx.services.engagements.ofViewer(available, search?.slice(0, 200) ?? null, page);
  }

  @FieldResolver(() => AccessRequestConnection, {
    nullable: true,
    description:
      'Your access requests, newest first, with their outcome (R-AR-1). Only on `viewer`.',
  })
  accessRequests(
    @Root() _user: User,
    @Arg('status', () => AccessRequestStatus, { nullable: true })
    status: AccessRequestStatus | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<AccessRequest>> {
    return ctx.services.accessRequests.ofViewer(status, page);
  }

  @FieldResolver(() => NotificationConnection, {
    nullable: true,
    description: 'Your notifications, newest first. Only on `viewer`.',
  })
  notifications(
    @Root() _user: User,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Notification>> {
    return ctx.services.notifications.ofViewer(page);
  }
}
