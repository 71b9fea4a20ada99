import {
  AccessLink,
  AccessReview,
  AccessRequest,
  ContentPackage,
  Engagement,
  Feedback,
  ManagedRelationship,
  Organization,
  Program,
  Team,
  User,
} from '../../entities';
import { AccessReviewKind, TeamInvitePolicy, TeamPrivacy } from '../../entities/enums';
import type { Grant, ResourceType } from './matrix';

/** Where a resource sits: the ids its grants are matched against. */
export interface ResourceScope {
  organizationId?: number;
  managerOrganizationId?: number;
  teamId?: number;
  programId?: number;
  engagementId?: number;
  userId?: number;
  /** The organization a record belongs to in an engagement (a member's or a requester's). */
  memberOrganizationId?: number;
  /** For teams: what `when` conditions of the matrix look at (R-DI-7, R-DI-2). */
  teamPrivacy?: TeamPrivacy;
  teamInvitePolicy?: TeamInvitePolicy;
  /** For access reviews: what the review covers (issue 21). */
  reviewKind?: AccessReviewKind;
}

/** Whether the resource at `scope` satisfies a grant's condition. */
export function conditionHolds(grant: Grant, scope: ResourceScope): boolean {
  const when = grant.when;
  if (!when) return true;
  if (when.teamPrivacy && (!scope.teamPrivacy || !when.teamPrivacy.includes(scope.teamPrivacy))) {
    return false;
  }
  if (
    when.teamInvitePolicy &&
    (!scope.teamInvitePolicy || !when.teamInvitePolicy.includes(scope.teamInvitePolicy))
  ) {
    return false;
  }
  if (when.reviewKind && (!scope.reviewKind || !when.reviewKind.includes(scope.reviewKind))) {
    return false;
  }
  return true;
}

export type ResourceEntity = {
  Organization: Organization;
  ManagedRelationship: ManagedRelationship;
  Team: Team;
  Program: Program;
  Engagement: Engagement;
  AccessRequest: AccessRequest;
  ContentPackage: ContentPackage;
  Feedback: Feedback;
  AccessLink: AccessLink;
  AccessReview: AccessReview;
  User: User;
};

export function scopeOf<R extends ResourceType>(type: R, entity: ResourceEntity[R]): ResourceScope {
  switch (type) {
    case 'Organization':
      return { organizationId: (entity as Organization).id };
    case 'ManagedRelationship': {
      const r = entity as ManagedRelationship;
      return {
        organizationId: r.clientOrganizationId,
        managerOrganizationId: r.managerOrganizationId,
      };
    }
    case 'Team': {
      const t = entity as Team;
      return {
        organizationId: t.organizationId,
        teamId: t.id,
        teamPrivacy: t.privacy,
        teamInvitePolicy: t.invitePolicy,
      };
    }
    case 'Program': {
      const p = entity as Program;
      return { organizationId: p.hostOrganizationId, programId: p.id };
    }
    case 'Engagement': {
      const e = entity as Engagement;
      return { organizationId: e.hostOrganizationId, programId: e.programId, engagementId: e.id };
    }
    case 'AccessRequest': {
      const r = entity as AccessRequest;
      return {
        organizationId: r.hostOrganizationId,
        programId: r.programId,
        engagementId: r.engagementId,
        userId: r.requesterUserId,
        memberOrganizationId: r.requesterOrganizationId,
      };
    }
    case 'ContentPackage': {
      const c = entity as ContentPackage;
      return {
        organizationId: c.hostOrganizationId,
        programId: c.programId,
        engagementId: c.engagementId,
      };
    }
    case 'Feedback': {
      const f = entity as Feedback;
      return {
        organizationId: f.hostOrganizationId,
        programId: f.programId,
        engagementId: f.engagementId,
        userId: f.authorUserId,
      };
    }
    case 'AccessLink': {
      const l = entity as AccessLink;
      return {
        organizationId: l.clientOrganizationId,
        managerOrganizationId: l.partnerOrganizationId,
        userId: l.employeeUserId,
      };
    }
    case 'AccessReview': {
      const r = entity as AccessReview;
      return {
        organizationId: r.organizationId,
        ...(r.programId === null ? {} : { programId: r.programId }),
        ...(r.engagementId === null ? {} : { engagementId: r.engagementId }),
        reviewKind: r.kind,
      };
    }
    case 'User':
      return { userId: (entity as User).id };
    default:
      throw new Error(`No scope for ${String(type)}`);
  }
}
