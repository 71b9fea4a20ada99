import { AccessReviewKind, EngagementGroup } from '../../entities/enums';
import { engagementGroupAction } from './groupActions';
import type { Action } from './matrix';
import { reviewCreateAction } from './reviewActions';

type Input = Record<string, unknown>;

/**
 * How one mutation is authorized, declared once. The shield checks it before the resolver runs,
 * and the command reads the same entry (`mutationAction`), so the two cannot drift.
 * - `action` on `on`: the viewer must hold the action on the object whose global id is
 *   `input[on]` (the action may depend on the input, e.g. the group being changed);
 * - `perItem`: the input names several objects, possibly of several parents; the command checks
 *   `action` on each (its per-item results say which were refused);
 * - `onRecord`: the input names a record whose parent is known only once it is read; the
 *   command checks `action` on that parent;
 * - `self`: the viewer acts on their own records only; nothing to check beyond sign-in.
 */
export type MutationCheck =
  | { action: Action; on: string }
  | { action: (input: Input) => Action; on: string | ((input: Input) => string) }
  | { perItem: Action; why: string }
  | { onRecord: Action; why: string }
  | { self: string };

/** An export link needs the permission of the export it is for (`createExportLink`). */
const directoryExport = (input: Input) => input.kind === 'ORGANIZATION_DIRECTORY';
function exportAction(input: Input): Action {
  return directoryExport(input) ? 'organization.exportDirectory' : 'engagement.exportParticipants';
}
function exportTarget(input: Input): string {
  return directoryExport(input) ? 'organizationId' : 'engagementId';
}

/** Every mutation of the schema, with its check (a schema test fails for one missing here). */
export const MUTATIONS = {
  createClientOrganization: { action: 'organization.createClient', on: 'managerId' },
  changeClientSeats: { action: 'organization.changeSeats', on: 'organizationId' },
  addOrganizationMember: { action: 'organization.manageMembers', on: 'organizationId' },
  removeOrganizationMember: { action: 'organization.manageMembers', on: 'organizationId' },
  changeMemberRole: { action: 'organization.manageMembers', on: 'organizationId' },
  setOrganizationMemberExpiry: { action: 'organization.manageMembers', on: 'organizationId' },
  updateBillingInformation: { action: 'organization.updateBilling', on: 'organizationId' },
  batchUpdateMembers: { action: 'organization.batchUpdateMembers', on: 'organizationId' },
  resendInvitation: { action: 'organization.manageMembers', on: 'organizationId' },
  revokeInvitation: { action: 'organization.manageMembers', on: 'organizationId' },
  acceptInvitation: { self: "the viewer's own invitation only" },
  createTeam: { action: 'organization.createTeam', on: 'organizationId' },
  updateTeam: { action: 'team.update', on: 'teamId' },
  setTeamMembers: { action: 'team.manageMembers', on: 'teamId' },
  // Leaving needs only to see the team; removing someone else: team.manageMembers (TeamService).
  removeTeamMember: { action: 'team.read', on: 'teamId' },
  joinTeam: { action: 'team.join', on: 'teamId' },
  requestToJoinTeam: { action: 'team.requestJoin', on: 'teamId' },
  approveTeamJoinRequest: { onRecord: 'team.decideJoinRequests', why: "on the request's team" },
  denyTeamJoinRequest: { onRecord: 'team.decideJoinRequests', why: "on the request's team" },
  inviteToTeam: { action: 'team.invite', on: 'teamId' },
  changeMemberLicense: { action: 'organization.manageMembers', on: 'organizationId' },
  setMemberTeams: { action: 'organization.manageMembers', on: 'organizationId' },
  deactivateMember: { action: 'organization.manageMembers', on: 'organizationId' },
  reactivateMember: { action: 'organization.manageMembers', on: 'organizationId' },
  createProgram: { action: 'organization.createProgram', on: 'organizationId' },
  createPermissionSet: { action: 'organization.managePermissionSets', on: 'organizationId' },
  createAccessLink: { action: 'organization.requestPartnerAccess', on: 'clientOrganizationId' },
  approveAccessLink: { action: 'accessLink.decide', on: 'accessLinkId' },
  rejectAccessLink: { action: 'accessLink.decide', on: 'accessLinkId' },
  addPartnerEmployees: { action: 'organization.addPartnerEmployees', on: 'clientOrganizationId' },
  linkPartnerEmployee: { action: 'organization.addPartnerEmployees', on: 'clientOrganizationId' },
  changePartnerEmployeePermissions: {
    action: 'organization.addPartnerEmployees',
    on: 'clientOrganizationId',
  },
  removePartnerEmployees: {
    perItem: 'organization.removePartnerEmployees',
    why: 'one check per client of the several the input names',
  },
  deactivatePartnerEmployees: {
    action: 'organization.removePartnerEmployees',
    on: 'clientOrganizationId',
  },
  reactivatePartnerEmployees: {
    action: 'organization.addPartnerEmployees',
    on: 'clientOrganizationId',
  },
  switchToPartnerAdmin: { action: 'organization.switchToPartnerAdmin', on: 'organizationId' },
  renewRelationship: { action: 'relationship.renew', on: 'relationshipId' },
  setPartnerReportsAccess: {
    action: 'organization.manageReportsAccess',
    on: 'clientOrganizationId',
  },
  updateProgram: { action: 'program.update', on: 'programId' },
  addProgramMembers: { action: 'program.manageGroups', on: 'programId' },
  removeProgramMembers: { action: 'program.manageGroups', on: 'programId' },
  setProgramMemberExpiry: { action: 'program.manageGroups', on: 'programId' },
  createEngagement: { action: 'program.createEngagement', on: 'programId' },
  updateEngagement: { action: 'engagement.update', on: 'engagementId' },
  joinEngagement: { action: 'engagement.join', on: 'engagementId' },
  requestEngagementAccess: { action: 'engagement.requestAccess', on: 'engagementId' },
  approveAccessRequest: { action: 'accessRequest.decide', on: 'accessRequestId' },
  denyAccessRequest: { action: 'accessRequest.decide', on: 'accessRequestId' },
  cancelAccessRequest: { action: 'accessRequest.cancel', on: 'accessRequestId' },
  addEngagementMembers: {
    action: function addMembers(input: Input) {
      return engagementGroupAction(input.group as EngagementGroup, 'add');
    },
    on: 'engagementId',
  },
  removeEngagementMembers: {
    action: function removeMembers(input: Input) {
      return engagementGroupAction(input.group as EngagementGroup, 'remove');
    },
    on: 'engagementId',
  },
  setEngagementMemberExpiry: {
    action: function setMemberExpiry(input: Input) {
      return engagementGroupAction(input.group as EngagementGroup, 'add');
    },
    on: 'engagementId',
  },
  copyEngagementParticipants: { action: 'engagement.addParticipants', on: 'engagementId' },
  reactivateMyAccess: { self: "the viewer's own memberships only" },
  publishContentPackage: { action: 'engagement.publishContent', on: 'engagementId' },
  submitFeedback: { action: 'engagement.submitFeedback', on: 'engagementId' },
  updateFeedback: { action: 'feedback.update', on: 'feedbackId' },
  createExportLink: { action: exportAction, on: exportTarget },
  createAccessReview: {
    action: function createReview(input: Input) {
      return reviewCreateAction(input.kind as AccessReviewKind);
    },
    on: 'scopeId',
  },
  decideAccessReviewItem: { onRecord: 'accessReview.decide', why: "on the item's review" },
  decideAccessReviewItems: {
    perItem: 'accessReview.decide',
    why: "one check per item, on its review with the person's organization (R-PU-1)",
  },
  completeAccessReview: { action: 'accessReview.complete', on: 'accessReviewId' },
  createScimToken: { action: 'organization.manageScimTokens', on: 'organizationId' },
  revokeScimToken: {
    onRecord: 'organization.manageScimTokens',
    why: "on the token's organization",
  },
} satisfies Record<string, MutationCheck>;

export type MutationName = keyof typeof MUTATIONS;

/** The one fixed action a mutation's entry names (its `action`, `perItem` or `onRecord`). */
type FixedAction<M extends MutationName> = (typeof MUTATIONS)[M] extends { action: infer A }
  ? A extends Action
    ? A
    : never
  : (typeof MUTATIONS)[M] extends { perItem: infer A } | { onRecord: infer A }
    ? A extends Action
      ? A
      : never
    : never;

/** Mutations whose entry names one fixed action. */
type FixedActionMutation = {
  [M in MutationName]: FixedAction<M> extends never ? never : M;
}[MutationName];

/**
 * The action a command checks for `mutation`, read from its declaration: the one the shield
 * checked (`action`), or the one the command checks per item or on the record it reads. Typed
 * as that very action, so `access.require` returns the rows of its resource.
 */
export function mutationAction<M extends FixedActionMutation>(mutation: M): FixedAction<M> {
  const check: MutationCheck = MUTATIONS[mutation];
  if ('perItem' in check) return check.perItem as FixedAction<M>;
  if ('onRecord' in check) return check.onRecord as FixedAction<M>;
  if ('action' in check && typeof check.action === 'string') return check.action as FixedAction<M>;
  throw new Error(`${mutation} has no fixed action`);
}
