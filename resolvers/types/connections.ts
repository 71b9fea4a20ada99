import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import {
  TeamJoinRequest,
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
export function connectionOfType<T extends object>(NodeType: ClassType<T>, name = NodeType.name) {
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
    @Field(() => Int, { simple: false, description: 'Total number of items, across all pages.' })
    totalCount!: number;
  }
  return Connection;
}

export const OrganizationConnection = connectionOfType(Organization);
export const OrganizationMemberConnection = connectionOfType(OrganizationMember);
export const ManagedRelationshipConnection = connectionOfType(ManagedRelationship);
export const TeamConnection = connectionOfType(Team);
export const TeamMemberConnection = connectionOfType(TeamMember);
export const ProgramConnection = connectionOfType(Program);
export const EngagementConnection = connectionOfType(Engagement);
export const GroupMembershipConnection = connectionOfType(GroupMembership);
export const AuditEventConnection = connectionOfType(AuditEvent);
export const AccessRequestConnection = connectionOfType(AccessRequest);
export const ContentPackageConnection = connectionOfType(ContentPackage);
export const FeedbackConnection = connectionOfType(Feedback);
export const NotificationConnection = connectionOfType(Notification);
export const UserConnection = connectionOfType(User);
export const AccessLinkConnection = connectionOfType(AccessLink);
export const TeamJoinRequestConnection = connectionOfType(TeamJoinRequest);
