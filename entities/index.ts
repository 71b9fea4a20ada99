import { AccessReview } from './AccessReview';
import { AccessReviewItem } from './AccessReviewItem';
import { EventRecord, EventSequence } from './EventRecord';
import { InactivityNotice } from './InactivityNotice';
import { ScimExternalId } from './ScimExternalId';
import { ScimToken } from './ScimToken';
import { TeamJoinRequest } from './TeamJoinRequest';
import { IdempotencyRecord } from './IdempotencyRecord';
import { PermissionSet } from './PermissionSet';
import { AccessLink } from './AccessLink';
import { Notification } from './Notification';
import { Feedback } from './Feedback';
import { EngagementAudience } from './EngagementAudience';
import { ContentPackage } from './ContentPackage';
import { AccessRequest } from './AccessRequest';
import { AuditEvent } from './AuditEvent';
import { Engagement } from './Engagement';
import { GroupMembership } from './GroupMembership';
import { ManagedRelationship } from './ManagedRelationship';
import { Organization } from './Organization';
import { OrganizationDomain } from './OrganizationDomain';
import { OrganizationMember } from './OrganizationMember';
import { Program } from './Program';
import { Team } from './Team';
import { TeamMember } from './TeamMember';
import { User } from './User';

export {
  AccessReview,
  AccessReviewItem,
  EventRecord,
  EventSequence,
  InactivityNotice,
  ScimExternalId,
  ScimToken,
  TeamJoinRequest,
  IdempotencyRecord,
  PermissionSet,
  AccessLink,
  AccessRequest,
  ContentPackage,
  EngagementAudience,
  Feedback,
  Notification,
  AuditEvent,
  Engagement,
  GroupMembership,
  ManagedRelationship,
  Organization,
  OrganizationDomain,
  OrganizationMember,
  Program,
  Team,
  TeamMember,
  User,
};

export const ENTITIES = [
  AccessReview,
  AccessReviewItem,
  EventRecord,
  EventSequence,
  InactivityNotice,
  ScimExternalId,
  ScimToken,
  TeamJoinRequest,
  IdempotencyRecord,
  PermissionSet,
  AccessLink,
  AccessRequest,
  ContentPackage,
  EngagementAudience,
  Feedback,
  Notification,
  AuditEvent,
  Engagement,
  GroupMembership,
  ManagedRelationship,
  Organization,
  OrganizationDomain,
  OrganizationMember,
  Program,
  Team,
  TeamMember,
  User,
];
