import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import {
  AccessLink,
  AccessRequest,
  AuditEvent,
  ContentPackage,
  Feedback,
  Notification,
  User,
  Engagement,
  GroupMembership,
  ManagedRelationship,
  Organization,
  OrganizationMember,
  Program,
  Team,
  TeamMember,
} from '../../entities';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** A Relay connection type for `NodeType`; `totalCount` is counted only when selected. */
function connectionOf<T extends object>(NodeType: ClassType<T>) {
  const name = NodeType.name;

  @ObjectType(`${name}Edge`)
  class Edge {
    @Field({ description: 'Opaque cursor for `after`.' })
    cursor!: string;

    @Field(() => NodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    // The service returns a lazy count that runs only when this field is selected.
    @Field(() => Int, { description: 'Total number of items, across all pages.' })
    totalCount!: number;
  }
  return Connection;
}

export const OrganizationConnection = connectionOf(Organization);
export const OrganizationMemberConnection = connectionOf(OrganizationMember);
export const ManagedRelationshipConnection = connectionOf(ManagedRelationship);
export const TeamConnection = connectionOf(Team);
export const TeamMemberConnection = connectionOf(TeamMember);
export const ProgramConnection = connectionOf(Program);
export const EngagementConnection = connectionOf(Engagement);
export const GroupMembershipConnection = connectionOf(GroupMembership);
export const AuditEventConnection = connectionOf(AuditEvent);
export const AccessRequestConnection = connectionOf(AccessRequest);
export const ContentPackageConnection = connectionOf(ContentPackage);
export const FeedbackConnection = connectionOf(Feedback);
export const NotificationConnection = connectionOf(Notification);
export const UserConnection = connectionOf(User);
export const AccessLinkConnection = connectionOf(AccessLink);
