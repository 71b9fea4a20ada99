/**
 * The mutations that change who may do what (memberships, groups, roles, licenses, seats,
 * partner relationships and permissions). Each takes `dryRun` and, with it, returns the payload
 * it would return while writing nothing (issue 21). `test/schema.test.ts` fails when one of them
 * lacks `dryRun`, and when a mutation of the schema is in neither list: a new mutation must be
 * classified here.
 */
export const ACCESS_CHANGING_MUTATIONS = [
  'acceptInvitation',
  'addEngagementMembers',
  'addOrganizationMember',
  'addPartnerEmployees',
  'addProgramMembers',
  'approveAccessLink',
  'approveAccessRequest',
  'approveTeamJoinRequest',
  'batchUpdateMembers',
  'changeClientSeats',
  'changeMemberLicense',
  'changeMemberRole',
  'changePartnerEmployeePermissions',
  'completeAccessReview',
  'copyEngagementParticipants',
  'createClientOrganization',
  'deactivateMember',
  'deactivatePartnerEmployees',
  'inviteToTeam',
  'joinEngagement',
  'joinTeam',
  'linkPartnerEmployee',
  'reactivateMember',
  'reactivateMyAccess',
  'reactivatePartnerEmployees',
  'removeEngagementMembers',
  'removeOrganizationMember',
  'removePartnerEmployees',
  'removeProgramMembers',
  'removeTeamMember',
  'renewRelationship',
  'revokeInvitation',
  'setMemberTeams',
  'setOrganizationMemberExpiry',
  'setPartnerReportsAccess',
  'setTeamMembers',
  'switchToPartnerAdmin',
] as const;

/**
 * Mutations that change content, settings, requests or credentials (export links, SCIM tokens)
 * but no one's access.
 */
export const OTHER_MUTATIONS = [
  'cancelAccessRequest',
  'createAccessLink',
  'createAccessReview',
  'createEngagement',
  'createExportLink',
  'createPermissionSet',
  'createProgram',
  'createScimToken',
  'createTeam',
  'decideAccessReviewItem',
  'decideAccessReviewItems',
  'denyAccessRequest',
  'denyTeamJoinRequest',
  'publishContentPackage',
  'rejectAccessLink',
  'requestEngagementAccess',
  'requestToJoinTeam',
  'resendInvitation',
  'revokeScimToken',
  'submitFeedback',
  'updateBillingInformation',
  'updateEngagement',
  'updateFeedback',
  'updateProgram',
  'updateTeam',
] as const;
