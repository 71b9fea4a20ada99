import { registerEnumType } from 'type-graphql';

/** What an organization is in the delegation graph (DOMAIN §1–4). */
export enum OrganizationKind {
  HOST = 'HOST',
  PROVIDER = 'PROVIDER',
  PARTNER = 'PARTNER',
  CLIENT = 'CLIENT',
  COMPANY = 'COMPANY',
}

export enum Plan {
  FREE = 'FREE',
  TEAMS = 'TEAMS',
  ENTERPRISE = 'ENTERPRISE',
}

/**
 * A member's role in one organization. ADMIN is the provider admin, the company admin or the
 * client's super admin (R-PA-1) depending on the organization's kind; PARTNER_ADMIN is a partner
 * employee working inside a client account.
 */
export enum OrgRole {
  ADMIN = 'ADMIN',
  SERVICE_USER = 'SERVICE_USER',
  PARTNER_ADMIN = 'PARTNER_ADMIN',
  MEMBER = 'MEMBER',
  GUEST = 'GUEST',
}

export enum License {
  FULL = 'FULL',
  FREE = 'FREE',
  RESTRICTED_FREE = 'RESTRICTED_FREE',
}

export enum MemberStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}

export enum RelationshipStatus {
  ACTIVE = 'ACTIVE',
  ENDING = 'ENDING',
  ENDED = 'ENDED',
}

export enum TeamRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}

export enum TeamPrivacy {
  PRIVATE = 'PRIVATE',
  DISCOVERABLE = 'DISCOVERABLE',
  OPEN = 'OPEN',
}

export enum JoinPolicy {
  OPEN = 'OPEN',
  APPROVAL = 'APPROVAL',
  CLOSED = 'CLOSED',
}

/** The six Collaborate groups (DOMAIN §2). */
export enum GroupKind {
  PARTICIPANT = 'PARTICIPANT',
  POWER_USER = 'POWER_USER',
  ENGAGEMENT_OWNER = 'ENGAGEMENT_OWNER',
  ENGAGEMENT_CREATOR = 'ENGAGEMENT_CREATOR',
  PACKAGE_PUBLISHER = 'PACKAGE_PUBLISHER',
  PROGRAM_OWNER = 'PROGRAM_OWNER',
}

/** The engagement-scope groups, as a GraphQL input enum (values of GroupKind). */
export enum EngagementGroup {
  PARTICIPANT = 'PARTICIPANT',
  POWER_USER = 'POWER_USER',
  ENGAGEMENT_OWNER = 'ENGAGEMENT_OWNER',
}

/** The program-scope groups, host-organization users only (R-EN-1); values of GroupKind. */
export enum ProgramGroup {
  ENGAGEMENT_CREATOR = 'ENGAGEMENT_CREATOR',
  PACKAGE_PUBLISHER = 'PACKAGE_PUBLISHER',
  PROGRAM_OWNER = 'PROGRAM_OWNER',
}

/** The kind of group of a group subset. */
export function groupKindOf(group: EngagementGroup | ProgramGroup): GroupKind {
  return group as unknown as GroupKind;
}

/** What a membership change did to one user (audited; CHANGED or UNCHANGED in the API). */
export enum MembershipOutcome {
  ADDED = 'ADDED',
  REACTIVATED = 'REACTIVATED',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  REMOVED = 'REMOVED',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  /** A member whose end date was set or cleared (issue 21). */
  END_DATE_SET = 'END_DATE_SET',
}

export enum GroupMembershipStatus {
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(Plan, { name: 'Plan' });
registerEnumType(OrgRole, { name: 'OrgRole' });
registerEnumType(License, { name: 'License' });
registerEnumType(MemberStatus, { name: 'MemberStatus' });
registerEnumType(RelationshipStatus, { name: 'RelationshipStatus' });
registerEnumType(TeamRole, { name: 'TeamRole' });
registerEnumType(TeamPrivacy, { name: 'TeamPrivacy' });
registerEnumType(JoinPolicy, { name: 'JoinPolicy' });
registerEnumType(GroupKind, { name: 'GroupKind' });
registerEnumType(GroupMembershipStatus, { name: 'GroupMembershipStatus' });
registerEnumType(EngagementGroup, { name: 'EngagementGroup' });
registerEnumType(ProgramGroup, { name: 'ProgramGroup' });

export enum AccessRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
  CANCELLED = 'CANCELLED',
}

/** What a notification tells its recipient; each kind has one template (jobs issue). */
export enum NotificationKind {
  ACCESS_REQUESTED = 'ACCESS_REQUESTED',
  ACCESS_GRANTED = 'ACCESS_GRANTED',
  ACCESS_DENIED = 'ACCESS_DENIED',
  ENGAGEMENT_INVITATION = 'ENGAGEMENT_INVITATION',
  ORGANIZATION_INVITATION = 'ORGANIZATION_INVITATION',
  ACCESS_LINK_APPROVED = 'ACCESS_LINK_APPROVED',
  INACTIVITY_WARNING = 'INACTIVITY_WARNING',
  INACTIVITY_DEACTIVATED = 'INACTIVITY_DEACTIVATED',
  RELATIONSHIP_EXPIRING = 'RELATIONSHIP_EXPIRING',
  ACCESS_REVIEW_REMINDER = 'ACCESS_REVIEW_REMINDER',
  MEMBERSHIP_EXPIRING = 'MEMBERSHIP_EXPIRING',
}

export enum NotificationStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

registerEnumType(AccessRequestStatus, { name: 'AccessRequestStatus' });
registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(NotificationStatus, { name: 'NotificationStatus' });

/**
 * What a permission set may grant a partner admin in a client account (R-PA-3, R-PA-5). Super
 * admin management and billing are never in a set (R-PA-1).
 */
export enum ClientPermission {
  USERS_MANAGE = 'USERS_MANAGE',
  PARTNER_EMPLOYEES_MANAGE = 'PARTNER_EMPLOYEES_MANAGE',
  CONTACTS_EDIT = 'CONTACTS_EDIT',
  REPORTS_VIEW = 'REPORTS_VIEW',
  SETTINGS_EDIT = 'SETTINGS_EDIT',
}

export enum AccessLinkStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(ClientPermission, { name: 'ClientPermission' });
registerEnumType(AccessLinkStatus, { name: 'AccessLinkStatus' });

export enum TeamInvitePolicy {
  ADMINS = 'ADMINS',
  MEMBERS = 'MEMBERS',
}

export enum JoinRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
}

registerEnumType(TeamInvitePolicy, { name: 'TeamInvitePolicy' });
registerEnumType(JoinRequestStatus, { name: 'JoinRequestStatus' });

/** What an access review covers (issue 21). */
export enum AccessReviewKind {
  /** The participants of one engagement. */
  ENGAGEMENT_PARTICIPANTS = 'ENGAGEMENT_PARTICIPANTS',
  /** The program-scope groups of a program (owners, creators, publishers). */
  PROGRAM_GROUPS = 'PROGRAM_GROUPS',
  /** The partner admins of a client organization. */
  ORGANIZATION_PARTNER_ADMINS = 'ORGANIZATION_PARTNER_ADMINS',
  /** The guests of an organization. */
  ORGANIZATION_GUESTS = 'ORGANIZATION_GUESTS',
}

export enum AccessReviewStatus {
  OPEN = 'OPEN',
  APPLIED = 'APPLIED',
}

/** A reviewer's decision on one item. */
export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REMOVE = 'REMOVE',
}

/** What happens at the end to the items no reviewer decided. */
export enum UndecidedOutcome {
  KEEP = 'KEEP',
  REMOVE = 'REMOVE',
}

/** What applying a review did to one item. */
export enum ReviewItemOutcome {
  KEPT = 'KEPT',
  REMOVED = 'REMOVED',
  /** The access was already gone when the review applied. */
  ALREADY_GONE = 'ALREADY_GONE',
}

registerEnumType(AccessReviewKind, { name: 'AccessReviewKind' });
registerEnumType(AccessReviewStatus, { name: 'AccessReviewStatus' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });
registerEnumType(UndecidedOutcome, { name: 'UndecidedOutcome' });
registerEnumType(ReviewItemOutcome, { name: 'ReviewItemOutcome' });
