import { defineError } from '../../errors';
import { toGlobalId } from '../../globalId';

/**
 * The named failures of programs, engagements, their groups and access requests (`reason` in
 * `extensions`). Messages, `rule` and `field` are part of the API: tests check them.
 */

const userList = (ids: number[]) => ids.map((id) => toGlobalId('User', id)).join(', ');

// Group membership (R-PU-1, R-US-1, R-EN-1, R-MB-*).

export const powerUserOtherOrganization = defineError(
  'FORBIDDEN',
  'ENGAGEMENT_POWER_USER_OTHER_ORGANIZATION',
  "A Power User named or touched users of an organization that is not the Power User's own.",
  () => ({
    message: "Power Users manage only their own organization's participants (R-PU-1).",
    details: { rule: 'R-PU-1' },
  }),
);

export const memberOrganizationRequired = defineError(
  'BAD_USER_INPUT',
  'ENGAGEMENT_MEMBER_ORGANIZATION_REQUIRED',
  'An engagement owner changing members must name the organization whose users they are.',
  () => ({ message: 'organizationId is required.', details: { field: 'organizationId' } }),
);

export const ownerNotHostUser = defineError(
  'BAD_USER_INPUT',
  'ENGAGEMENT_OWNER_NOT_HOST_ORGANIZATION',
  'Engagement Owners can only be users of the host organization.',
  () => ({
    message: 'Engagement Owners are host-organization users (R-EN-1).',
    details: { field: 'organizationId' },
  }),
);

export const organizationNotInAudience = defineError(
  'BAD_USER_INPUT',
  'ENGAGEMENT_ORGANIZATION_NOT_IN_AUDIENCE',
  'The organization named is neither the host nor one the engagement is offered to.',
  () => ({
    message: 'The organization is neither the host nor one the engagement is offered to.',
    details: { field: 'organizationId' },
  }),
);

export const noUsersSelected = defineError(
  'BAD_USER_INPUT',
  'GROUP_MEMBERS_NONE_SELECTED',
  'An add of group members names no user (and no search matched one).',
  () => ({ message: 'Select at least one user.', details: { field: 'userIds' } }),
);

export const tooManyUsersToAdd = defineError(
  'BAD_USER_INPUT',
  'GROUP_MEMBERS_TOO_MANY_TO_ADD',
  'An add of group members names (or its search matches) more users than one call takes.',
  (max: number) => ({
    message: `At most ${max} users per call; narrow the search.`,
    details: { field: 'userIds' },
  }),
);

export const selectionOutOfBounds = defineError(
  'BAD_USER_INPUT',
  'GROUP_MEMBERS_SELECTION_OUT_OF_BOUNDS',
  'A removal or copy of group members names no user, or more than one call takes.',
  (max: number) => ({ message: `Select 1 to ${max} users.`, details: { field: 'userIds' } }),
);

export const notOrganizationUsers = defineError(
  'BAD_USER_INPUT',
  'GROUP_MEMBERS_NOT_IN_ORGANIZATION',
  "Some users to add are not active members of the organization's account.",
  (strangers: number[]) => ({
    message: `Only users of the organization's account can be added (R-US-1): ${userList(strangers)}.`,
    details: { field: 'userIds' },
  }),
);

export const notHostUsers = defineError(
  'BAD_USER_INPUT',
  'PROGRAM_GROUP_NOT_HOST_USERS',
  'Program-scope groups hold only users of the host organization.',
  () => ({
    message:
      'Only host-organization users can hold program and engagement management groups (R-EN-1).',
    details: { field: 'userIds' },
  }),
);

export const notSourceParticipants = defineError(
  'BAD_USER_INPUT',
  'ENGAGEMENT_COPY_NOT_SOURCE_PARTICIPANTS',
  'Some users to copy are not participants of the source engagement the viewer may see.',
  (missing: number[]) => ({
    message: `Not participants of the source engagement: ${userList(missing)}.`,
    details: { field: 'userIds' },
  }),
);

export const leftOrganization = defineError(
  'BAD_USER_INPUT',
  'ENGAGEMENT_COPY_USER_LEFT_ORGANIZATION',
  'A user to copy is no longer a member of the organization they participated for.',
  (userId: number, organizationName: string) => ({
    message: `${toGlobalId('User', userId)} is no longer a member of ${organizationName} (R-US-1).`,
    details: { field: 'userIds' },
  }),
);

export const membershipChangedConcurrently = defineError(
  'CONFLICT',
  'GROUP_MEMBERSHIP_CHANGED_CONCURRENTLY',
  'Concurrent adds of the same users kept colliding; the call can be repeated.',
  () => 'The membership changed concurrently; try again.',
);

// Programs and engagements (R-EN-1).

export const programOutsideHost = defineError(
  'BAD_USER_INPUT',
  'PROGRAM_HOST_ORGANIZATION_ONLY',
  'Programs can only be created in host organizations.',
  () => ({
    message: 'Only host organizations run programs (R-EN-1).',
    details: { field: 'organizationId' },
  }),
);

export const audienceTooLarge = defineError(
  'BAD_USER_INPUT',
  'ENGAGEMENT_AUDIENCE_TOO_LARGE',
  'An engagement is offered to more organizations than allowed.',
  (max: number) => ({
    message: `At most ${max} audience organizations.`,
    details: { field: 'audienceOrganizationIds' },
  }),
);

export const audienceUnknown = defineError(
  'BAD_USER_INPUT',
  'ENGAGEMENT_AUDIENCE_UNKNOWN_ORGANIZATION',
  'An engagement is offered to an organization that does not exist.',
  () => ({
    message: 'Unknown organization in audienceOrganizationIds.',
    details: { field: 'audienceOrganizationIds' },
  }),
);

// Joining and access requests (R-EN-3, R-EN-4, R-AR-1).

export const termsNotAccepted = defineError(
  'BAD_USER_INPUT',
  'ENGAGEMENT_TERMS_NOT_ACCEPTED',
  'The engagement has terms of use and the viewer did not accept them.',
  () => ({
    message: 'Accept the terms of use of this engagement first (R-EN-3).',
    details: { field: 'acceptTerms' },
  }),
);

export const notOfferedToOrganization = defineError(
  'BAD_USER_INPUT',
  'ENGAGEMENT_NOT_OFFERED_TO_ORGANIZATION',
  'The engagement is not offered to the organization of the viewer named.',
  () => ({
    message: 'The engagement is not offered to that organization of yours.',
    details: { field: 'organizationId' },
  }),
);

export const viewerOrganizationAmbiguous = defineError(
  'BAD_USER_INPUT',
  'ENGAGEMENT_VIEWER_ORGANIZATION_AMBIGUOUS',
  'The viewer belongs to several organizations the engagement is offered to and named none.',
  () => ({
    message:
      'You belong to several organizations this engagement is offered to: name one with organizationId.',
    details: { field: 'organizationId' },
  }),
);

export const engagementClosed = defineError(
  'FORBIDDEN',
  'ENGAGEMENT_CLOSED',
  'The engagement accepts neither joins nor access requests.',
  () => ({
    message:
      'This engagement accepts neither joins nor access requests; ask its administrators through other channels (R-EN-3).',
    details: { rule: 'R-EN-3' },
  }),
);

export const engagementIsOpen = defineError(
  'BAD_USER_INPUT',
  'ENGAGEMENT_OPEN_JOIN_DIRECTLY',
  'An access request to an open engagement: join it instead.',
  () => ({
    message: 'This engagement is open: join it directly with joinEngagement (R-EN-3).',
    details: { field: 'engagementId' },
  }),
);

export const engagementNeedsApproval = defineError(
  'BAD_USER_INPUT',
  'ENGAGEMENT_APPROVAL_REQUIRED',
  'A join of an engagement that asks for approval: request access instead.',
  () => ({
    message:
      'This engagement asks for approval: use requestEngagementAccess with a justification (R-EN-3).',
    details: { field: 'engagementId' },
  }),
);

export const feedbackClosed = defineError(
  'FORBIDDEN',
  'ENGAGEMENT_FEEDBACK_CLOSED',
  'The engagement does not accept feedback.',
  () => ({
    message: 'This engagement does not accept feedback (R-EN-4).',
    details: { rule: 'R-EN-4' },
  }),
);

export const alreadyParticipant = defineError(
  'CONFLICT',
  'ENGAGEMENT_ALREADY_PARTICIPANT',
  'The viewer already participates in the engagement it asks to join or request.',
  () => 'You already participate in this engagement.',
);

export const requestAlreadyPending = defineError(
  'CONFLICT',
  'ACCESS_REQUEST_ALREADY_PENDING',
  "The viewer's earlier request for the engagement still waits for a decision.",
  () => 'You already have a pending request for this engagement.',
);

export const requestNotPending = defineError(
  'CONFLICT',
  'ACCESS_REQUEST_NOT_PENDING',
  'The access request was already decided or cancelled.',
  () => 'The request is no longer pending: it was already decided or cancelled.',
);
