import {
  AccessReviewKind,
  ClientPermission,
  GroupKind,
  OrganizationKind,
  OrgRole,
  TeamInvitePolicy,
  TeamPrivacy,
  TeamRole,
} from '../../entities/enums';

/**
 * A permission a member holds beyond its role: one of its permission set (partner admins,
 * R-PA-3), or BILLING, kept by a super admin who switched to partner admin (R-PA-8).
 */
export type MemberPermission = ClientPermission | 'BILLING';

/**
 * The permission matrix: for every action, the roles that grant it at each scope. It is data:
 * the shield tree, the record-level checks (`access.ts`) and the docs are derived from it, and
 * nothing else decides access.
 *
 * A grant matches a resource's scope (`ResourceScope`):
 * - `organization`: the viewer is an active member of the resource's organization in one role
 *   (and, with `permission`, holds that permission there);
 * - `manager`: the viewer is an active member, in one role, of a provider or partner
 *   organization that manages the resource's organization (a relationship not ended); with
 *   `managerKinds`, only managers of those kinds (billing is the provider's, not a partner's);
 * - `managingOrganization`: the resource names a managing organization (a relationship) and the
 *   viewer is an active member of it in one role;
 * - `team`: the viewer is in the resource's team in one role;
 * - `program`: the viewer holds one group at the resource's program scope;
 * - `engagement`: the viewer holds one group in the resource's engagement (or, for a program,
 *   in any engagement of it). `ownOrganizationOnly` marks grants that reach only records of the
 *   viewer's own organization (Power Users, R-PU-1, R-PU-3);
 * - `audience`: the viewer is an active member, in one role, of an organization the engagement is
 *   offered to (R-EN-2);
 * - `self`: the resource is the viewer (or the viewer's own record: its access request, its
 *   feedback).
 *
 * An `ownOrganizationOnly` grant matched against a record that belongs to an organization
 * (`memberOrganizationId`: a group member's or a requester's organization) holds only when that is
 * the viewer's organization in the engagement.
 */
/**
 * A condition on the resource itself (not on the holder): the grant applies only to teams of
 * that privacy or invite policy (R-DI-7, R-DI-2).
 */
export interface ResourceCondition {
  teamPrivacy?: readonly TeamPrivacy[];
  teamInvitePolicy?: readonly TeamInvitePolicy[];
  /** Access reviews of these kinds only (issue 21). */
  reviewKind?: readonly AccessReviewKind[];
}

export type Grant = (
  | { scope: 'organization'; roles: readonly OrgRole[]; permission?: MemberPermission }
  | { scope: 'manager'; roles: readonly OrgRole[]; managerKinds?: readonly OrganizationKind[] }
  | { scope: 'managingOrganization'; roles: readonly OrgRole[] }
  | { scope: 'team'; roles: readonly TeamRole[] }
  | { scope: 'program'; groups: readonly GroupKind[] }
  | { scope: 'engagement'; groups: readonly GroupKind[]; ownOrganizationOnly?: boolean }
  | { scope: 'audience'; roles: readonly OrgRole[] }
  | { scope: 'self' }
) & { when?: ResourceCondition };

export type ResourceType =
  | 'Organization'
  | 'ManagedRelationship'
  | 'Team'
  | 'Program'
  | 'Engagement'
  | 'AccessRequest'
  | 'ContentPackage'
  | 'Feedback'
  | 'AccessLink'
  | 'AccessReview'
  | 'User';

export interface ActionDefinition {
  resource: ResourceType;
  description: string;
  /** DOMAIN.md rule ids this action implements. */
  rules: readonly string[];
  grants: readonly Grant[];
}

const { ADMIN, SERVICE_USER, PARTNER_ADMIN, MEMBER, GUEST } = OrgRole;
const {
  PARTICIPANT,
  POWER_USER,
  ENGAGEMENT_OWNER,
  ENGAGEMENT_CREATOR,
  PACKAGE_PUBLISHER,
  PROGRAM_OWNER,
} = GroupKind;

/** Roles of a provider or partner organization that administer its clients (R-PR-3, R-PA-1). */
const CLIENT_ADMINISTRATORS = [ADMIN, SERVICE_USER] as const;
const ALL_ORG_ROLES = [ADMIN, SERVICE_USER, PARTNER_ADMIN, MEMBER, GUEST] as const;
const HOST_GROUPS = [ENGAGEMENT_CREATOR, PACKAGE_PUBLISHER, PROGRAM_OWNER] as const;
/** Members of an organization an engagement is offered to who may discover and join it. */
const AUDIENCE_ROLES = [ADMIN, SERVICE_USER, PARTNER_ADMIN, MEMBER] as const;

/** Who manages an engagement's participants: owners, and Power Users for their own organization. */
const PARTICIPANT_MANAGERS: readonly Grant[] = [
  { scope: 'engagement', groups: [ENGAGEMENT_OWNER] },
  { scope: 'engagement', groups: [POWER_USER], ownOrganizationOnly: true },
  { scope: 'program', groups: [PROGRAM_OWNER] },
];
/** Who manages every aspect of an engagement (R-EN-1): its owners and the program owners. */
const ENGAGEMENT_MANAGERS: readonly Grant[] = [
  { scope: 'engagement', groups: [ENGAGEMENT_OWNER] },
  { scope: 'program', groups: [PROGRAM_OWNER] },
];
const {
  ENGAGEMENT_PARTICIPANTS,
  PROGRAM_GROUPS,
  ORGANIZATION_PARTNER_ADMINS,
  ORGANIZATION_GUESTS,
} = AccessReviewKind;
/**
 * Who completes an access review early, or sees all of it (issue 21): who manages its scope. An
 * engagement's owners and the program owners; a program's owners; an organization's super admins
 * (a client's super admins review its partner admins).
 */
const REVIEW_MANAGERS: readonly Grant[] = [
  {
    scope: 'engagement',
    groups: [ENGAGEMENT_OWNER],
    when: { reviewKind: [ENGAGEMENT_PARTICIPANTS] },
  },
  {
    scope: 'program',
    groups: [PROGRAM_OWNER],
    when: { reviewKind: [ENGAGEMENT_PARTICIPANTS, PROGRAM_GROUPS] },
  },
  {
    scope: 'organization',
    roles: [ADMIN],
    when: { reviewKind: [ORGANIZATION_PARTNER_ADMINS, ORGANIZATION_GUESTS] },
  },
];
/** The reviewers: the managers, and Power Users for their own organization's participants (R-PU-1). */
const REVIEWERS: readonly Grant[] = [
  ...REVIEW_MANAGERS,
  {
    scope: 'engagement',
    groups: [POWER_USER],
    ownOrganizationOnly: true,
    when: { reviewKind: [ENGAGEMENT_PARTICIPANTS] },
  },
];

/** Who sees an engagement's content (R-EN-4): participants and the host groups. */
const CONTENT_READERS: readonly Grant[] = [
  { scope: 'engagement', groups: [PARTICIPANT, ENGAGEMENT_OWNER] },
  { scope: 'program', groups: HOST_GROUPS },
];

export const MATRIX = {
  'organization.read': {
    resource: 'Organization',
    description: 'See the organization: name, kind, plan.',
    rules: ['R-PR-1', 'R-PR-3', 'R-PA-1'],
    grants: [
      { scope: 'organization', roles: ALL_ORG_ROLES },
      { scope: 'manager', roles: CLIENT_ADMINISTRATORS },
    ],
  },
  'organization.readSeats': {
    resource: 'Organization',
    description: 'See seats assigned, used and remaining.',
    rules: ['R-PR-1', 'R-PR-4'],
    grants: [
      { scope: 'organization', roles: [ADMIN, PARTNER_ADMIN] },
      { scope: 'manager', roles: CLIENT_ADMINISTRATORS },
    ],
  },
  'organization.readMembers': {
    resource: 'Organization',
    description: "List the organization's members with role, license, status and last activity.",
    rules: ['R-PR-3', 'R-DI-3', 'R-PA-1', 'R-PU-3'],
    grants: [
      { scope: 'organization', roles: [ADMIN, SERVICE_USER, PARTNER_ADMIN, MEMBER] },
      { scope: 'manager', roles: CLIENT_ADMINISTRATORS },
    ],
  },
  'organization.readTeams': {
    resource: 'Organization',
    description: "List the organization's teams.",
    rules: ['R-DI-2', 'R-DI-7'],
    grants: [
      { scope: 'organization', roles: [ADMIN, SERVICE_USER, PARTNER_ADMIN, MEMBER] },
      { scope: 'manager', roles: CLIENT_ADMINISTRATORS },
    ],
  },
  'organization.readClients': {
    resource: 'Organization',
    description: 'List the client organizations this provider or partner manages.',
    rules: ['R-PR-1', 'R-PA-1'],
    grants: [{ scope: 'organization', roles: CLIENT_ADMINISTRATORS }],
  },
  'organization.readManagers': {
    resource: 'Organization',
    description: 'See which providers or partners manage this organization.',
    rules: ['R-PA-7', 'R-PA-8'],
    grants: [
      { scope: 'organization', roles: [ADMIN, PARTNER_ADMIN] },
      { scope: 'manager', roles: CLIENT_ADMINISTRATORS },
    ],
  },
  'organization.readPrograms': {
    resource: 'Organization',
    description: "List a host organization's programs.",
    rules: ['R-EN-1'],
    grants: [{ scope: 'organization', roles: [ADMIN, MEMBER] }],
  },
  'organization.readEventLog': {
    resource: 'Organization',
    description:
      "Read the organization's event log (audit events); partner admins with reports access (R-PA-9).",
    rules: ['R-PR-3', 'R-PA-9'],
    grants: [
      { scope: 'organization', roles: [ADMIN] },
      {
        scope: 'organization',
        roles: [PARTNER_ADMIN],
        permission: ClientPermission.REPORTS_VIEW,
      },
      { scope: 'manager', roles: CLIENT_ADMINISTRATORS },
    ],
  },
  'organization.createClient': {
    resource: 'Organization',
    description: 'Create a client organization managed by this provider or partner.',
    rules: ['R-PR-2'],
    grants: [{ scope: 'organization', roles: [ADMIN] }],
  },
  'organization.changeSeats': {
    resource: 'Organization',
    description: "Add or remove a client organization's assigned seats (never below used).",
    rules: ['R-PR-3', 'R-PR-4'],
    grants: [{ scope: 'manager', roles: CLIENT_ADMINISTRATORS }],
  },
  'relationship.read': {
    resource: 'ManagedRelationship',
    description: 'See a managed relationship between a provider or partner and a client.',
    rules: ['R-PR-1', 'R-PA-7'],
    grants: [
      { scope: 'organization', roles: [ADMIN, PARTNER_ADMIN] },
      { scope: 'managingOrganization', roles: CLIENT_ADMINISTRATORS },
    ],
  },
  'relationship.renew': {
    resource: 'ManagedRelationship',
    description:
      "Set or move a relationship's expiry, at most MAX_RELATIONSHIP_DAYS ahead (the client's super admins).",
    rules: ['R-PA-1', 'R-PA-7'],
    grants: [{ scope: 'organization', roles: [ADMIN] }],
  },
  'team.read': {
    resource: 'Team',
    description:
      'See the team and its members; private teams only their members and company admins.',
    rules: ['R-DI-2', 'R-DI-7'],
    grants: [
      { scope: 'team', roles: [TeamRole.ADMIN, TeamRole.MEMBER] },
      { scope: 'organization', roles: [ADMIN] },
      {
        scope: 'organization',
        roles: [SERVICE_USER, PARTNER_ADMIN, MEMBER],
        when: { teamPrivacy: [TeamPrivacy.DISCOVERABLE, TeamPrivacy.OPEN] },
      },
      { scope: 'manager', roles: CLIENT_ADMINISTRATORS },
    ],
  },
  'team.update': {
    resource: 'Team',
    description: "Change the team's name, privacy and invite settings.",
    rules: ['R-DI-2', 'R-DI-7'],
    grants: [
      { scope: 'team', roles: [TeamRole.ADMIN] },
      { scope: 'organization', roles: [ADMIN] },
    ],
  },
  'team.manageMembers': {
    resource: 'Team',
    description: 'Add and remove team members, promote and revoke team admins.',
    rules: ['R-DI-2', 'R-DI-6'],
    grants: [
      { scope: 'team', roles: [TeamRole.ADMIN] },
      { scope: 'organization', roles: [ADMIN] },
    ],
  },
  'team.invite': {
    resource: 'Team',
    description: 'Invite new people into the team (members too, when the invite settings allow).',
    rules: ['R-DI-2'],
    grants: [
      { scope: 'team', roles: [TeamRole.ADMIN] },
      {
        scope: 'team',
        roles: [TeamRole.MEMBER],
        when: { teamInvitePolicy: [TeamInvitePolicy.MEMBERS] },
      },
      { scope: 'organization', roles: [ADMIN] },
    ],
  },
  'team.join': {
    resource: 'Team',
    description: 'Join an open team without approval.',
    rules: ['R-DI-7'],
    grants: [
      { scope: 'organization', roles: [ADMIN, MEMBER], when: { teamPrivacy: [TeamPrivacy.OPEN] } },
    ],
  },
  'team.requestJoin': {
    resource: 'Team',
    description: 'Ask to join a discoverable team.',
    rules: ['R-DI-7'],
    grants: [
      {
        scope: 'organization',
        roles: [ADMIN, MEMBER],
        when: { teamPrivacy: [TeamPrivacy.DISCOVERABLE] },
      },
    ],
  },
  'team.decideJoinRequests': {
    resource: 'Team',
    description: 'Approve or deny requests to join the team.',
    rules: ['R-DI-7'],
    grants: [
      { scope: 'team', roles: [TeamRole.ADMIN] },
      { scope: 'organization', roles: [ADMIN] },
    ],
  },
  'organization.createTeam': {
    resource: 'Organization',
    description: 'Create a team in the organization.',
    rules: ['R-DI-2', 'R-DI-7'],
    grants: [{ scope: 'organization', roles: [ADMIN, MEMBER] }],
  },
  'program.read': {
    resource: 'Program',
    description: 'See the program overview.',
    rules: ['R-EN-1', 'R-EN-4'],
    grants: [
      { scope: 'program', groups: HOST_GROUPS },
      { scope: 'engagement', groups: [PARTICIPANT, POWER_USER, ENGAGEMENT_OWNER] },
      { scope: 'organization', roles: [ADMIN] },
    ],
  },
  'program.readEngagements': {
    resource: 'Program',
    description: "List all of a program's engagements.",
    rules: ['R-EN-1'],
    grants: [
      { scope: 'program', groups: HOST_GROUPS },
      { scope: 'organization', roles: [ADMIN] },
    ],
  },
  'program.readMembers': {
    resource: 'Program',
    description:
      'See the program-level group members (Engagement Creators, Package Publishers, Program Owners) and their last access date.',
    rules: ['R-IN-2'],
    grants: [
      { scope: 'program', groups: [PROGRAM_OWNER] },
      { scope: 'organization', roles: [ADMIN] },
    ],
  },
  'engagement.read': {
    resource: 'Engagement',
    description:
      'See the engagement overview: its members, the host organization, and the organizations it is offered to.',
    rules: ['R-EN-2', 'R-EN-4'],
    grants: [
      { scope: 'engagement', groups: [PARTICIPANT, POWER_USER, ENGAGEMENT_OWNER] },
      { scope: 'program', groups: HOST_GROUPS },
      { scope: 'organization', roles: [ADMIN] },
      { scope: 'audience', roles: AUDIENCE_ROLES },
    ],
  },
  'engagement.readMembers': {
    resource: 'Engagement',
    description:
      "See the engagement's group members and their last access date; Power Users see their own organization's members only.",
    rules: ['R-IN-2', 'R-PU-1', 'R-PU-3'],
    grants: PARTICIPANT_MANAGERS,
  },
  'engagement.update': {
    resource: 'Engagement',
    description: 'Change the engagement: name, join policy, terms of use, feedback, audience.',
    rules: ['R-EN-1', 'R-EN-3'],
    grants: ENGAGEMENT_MANAGERS,
  },
  'engagement.join': {
    resource: 'Engagement',
    description: 'Join an open engagement offered to your organization, accepting its terms.',
    rules: ['R-EN-3'],
    grants: [{ scope: 'audience', roles: AUDIENCE_ROLES }],
  },
  'engagement.requestAccess': {
    resource: 'Engagement',
    description:
      'Request access to an engagement offered to your organization, with a justification.',
    rules: ['R-EN-3', 'R-AR-1'],
    grants: [{ scope: 'audience', roles: AUDIENCE_ROLES }],
  },
  'engagement.readAccessRequests': {
    resource: 'Engagement',
    description:
      "List the engagement's access requests; Power Users see their own organization's requests only.",
    rules: ['R-AR-1', 'R-PU-1'],
    grants: PARTICIPANT_MANAGERS,
  },
  'engagement.addParticipants': {
    resource: 'Engagement',
    description:
      "Search users and add them as participants; Power Users only their own organization's users.",
    rules: ['R-PU-1', 'R-PU-3', 'R-MB-1', 'R-MB-4', 'R-US-1'],
    grants: PARTICIPANT_MANAGERS,
  },
  'engagement.removeParticipants': {
    resource: 'Engagement',
    description: "Remove participants; Power Users only their own organization's participants.",
    rules: ['R-PU-1', 'R-MB-2'],
    grants: PARTICIPANT_MANAGERS,
  },
  'engagement.addPowerUsers': {
    resource: 'Engagement',
    description: 'Add Power Users for an organization.',
    rules: ['R-PU-2'],
    grants: ENGAGEMENT_MANAGERS,
  },
  'engagement.removePowerUsers': {
    resource: 'Engagement',
    description: 'Remove Power Users.',
    rules: ['R-PU-2'],
    grants: ENGAGEMENT_MANAGERS,
  },
  'engagement.manageOwners': {
    resource: 'Engagement',
    description: 'Add and remove Engagement Owners (host-organization users only).',
    rules: ['R-EN-1'],
    grants: ENGAGEMENT_MANAGERS,
  },
  'engagement.exportParticipants': {
    resource: 'Engagement',
    description:
      "Export the participant list as CSV; Power Users export their own organization's participants.",
    rules: ['R-MB-3', 'R-PU-1'],
    grants: PARTICIPANT_MANAGERS,
  },
  'engagement.readContent': {
    resource: 'Engagement',
    description: "List and download the engagement's content.",
    rules: ['R-EN-4'],
    grants: CONTENT_READERS,
  },
  'engagement.publishContent': {
    resource: 'Engagement',
    description: 'Publish a content package to the engagement.',
    rules: ['R-EN-1'],
    grants: [{ scope: 'program', groups: [PACKAGE_PUBLISHER, PROGRAM_OWNER] }],
  },
  'engagement.submitFeedback': {
    resource: 'Engagement',
    description: 'Submit feedback, where the engagement accepts feedback.',
    rules: ['R-EN-4'],
    grants: [{ scope: 'engagement', groups: [PARTICIPANT] }],
  },
  'engagement.readFeedback': {
    resource: 'Engagement',
    description: "Read all of the engagement's feedback.",
    rules: ['R-EN-1', 'R-EN-4'],
    grants: ENGAGEMENT_MANAGERS,
  },
  'organization.manageMembers': {
    resource: 'Organization',
    description:
      "Onboard (add or invite) and offboard the organization's users and change their roles and licenses.",
    rules: ['R-PR-3', 'R-PA-1', 'R-DI-5'],
    grants: [
      { scope: 'organization', roles: [ADMIN] },
      { scope: 'organization', roles: [PARTNER_ADMIN], permission: ClientPermission.USERS_MANAGE },
      { scope: 'manager', roles: CLIENT_ADMINISTRATORS },
    ],
  },
  'organization.readDirectory': {
    resource: 'Organization',
    description:
      'Read the user directory: role, license, teams, last activity and status, filtered (company admins).',
    rules: ['R-DI-3', 'R-DI-4', 'R-BK-2'],
    grants: [
      { scope: 'organization', roles: [ADMIN] },
      { scope: 'organization', roles: [PARTNER_ADMIN], permission: ClientPermission.USERS_MANAGE },
      { scope: 'manager', roles: CLIENT_ADMINISTRATORS },
    ],
  },
  'organization.exportDirectory': {
    resource: 'Organization',
    description: 'Download the filtered directory as CSV, with last login (company admins only).',
    rules: ['R-DI-3'],
    grants: [{ scope: 'organization', roles: [ADMIN] }],
  },
  'organization.batchUpdateMembers': {
    resource: 'Organization',
    description: 'Bulk changes on at most 50 users: teams, license, deactivation (company admins).',
    rules: ['R-BK-1', 'R-BK-2', 'R-DI-5'],
    grants: [
      { scope: 'organization', roles: [ADMIN] },
      { scope: 'organization', roles: [PARTNER_ADMIN], permission: ClientPermission.USERS_MANAGE },
      { scope: 'manager', roles: CLIENT_ADMINISTRATORS },
    ],
  },
  'organization.manageSuperAdmins': {
    resource: 'Organization',
    description: 'Add, remove, promote or demote super admins (never the last one).',
    rules: ['R-PA-1', 'R-PA-8'],
    grants: [
      { scope: 'organization', roles: [ADMIN] },
      { scope: 'manager', roles: CLIENT_ADMINISTRATORS },
    ],
  },
  'organization.manageScimTokens': {
    resource: 'Organization',
    description:
      'Create, list and revoke the SCIM provisioning tokens of the organization (super admins only, never partner admins).',
    rules: ['R-PA-10', 'R-DI-1'],
    grants: [{ scope: 'organization', roles: [ADMIN] }],
  },
  'organization.readBilling': {
    resource: 'Organization',
    description: 'See the billing information.',
    rules: ['R-PR-3', 'R-PA-1', 'R-PA-8'],
    grants: [
      { scope: 'organization', roles: [ADMIN] },
      { scope: 'organization', roles: [PARTNER_ADMIN], permission: 'BILLING' },
      {
        scope: 'manager',
        roles: CLIENT_ADMINISTRATORS,
        managerKinds: [OrganizationKind.PROVIDER],
      },
    ],
  },
  'organization.updateBilling': {
    resource: 'Organization',
    description:
      'Update the billing information (provider admins, super admins, partner admins who kept billing).',
    rules: ['R-PR-3', 'R-PA-1', 'R-PA-8'],
    grants: [
      { scope: 'organization', roles: [ADMIN] },
      { scope: 'organization', roles: [PARTNER_ADMIN], permission: 'BILLING' },
      { scope: 'manager', roles: [ADMIN], managerKinds: [OrganizationKind.PROVIDER] },
    ],
  },
  'organization.readPermissionSets': {
    resource: 'Organization',
    description: "List the client account's permission sets.",
    rules: ['R-PA-3'],
    grants: [
      { scope: 'organization', roles: [ADMIN, PARTNER_ADMIN] },
      { scope: 'manager', roles: CLIENT_ADMINISTRATORS },
    ],
  },
  'organization.managePermissionSets': {
    resource: 'Organization',
    description:
      'Create permission sets; a partner admin only with permissions it holds itself (R-PA-5).',
    rules: ['R-PA-3', 'R-PA-5'],
    grants: [
      { scope: 'organization', roles: [ADMIN] },
      {
        scope: 'organization',
        roles: [PARTNER_ADMIN],
        permission: ClientPermission.PARTNER_EMPLOYEES_MANAGE,
      },
    ],
  },
  'organization.readAccessLinks': {
    resource: 'Organization',
    description: 'List the access links sent to the client account.',
    rules: ['R-PA-2'],
    grants: [{ scope: 'organization', roles: [ADMIN] }],
  },
  'organization.requestPartnerAccess': {
    resource: 'Organization',
    description: 'Send a client an access link to become its partner admin (any partner employee).',
    rules: ['R-PA-2'],
    grants: [{ scope: 'manager', roles: [ADMIN, SERVICE_USER, MEMBER] }],
  },
  'organization.addPartnerEmployees': {
    resource: 'Organization',
    description:
      "Add partner employees with a permission set, link existing users, send links on an employee's behalf, change permission sets and reactivate employees (partner admins only).",
    rules: ['R-PA-2', 'R-PA-3', 'R-PA-4', 'R-PA-5', 'R-PA-7'],
    grants: [{ scope: 'organization', roles: [PARTNER_ADMIN] }],
  },
  'organization.removePartnerEmployees': {
    resource: 'Organization',
    description:
      'Deactivate or remove partner employees (super admins, partner admins who manage partner employees, the partner’s admins).',
    rules: ['R-PA-6', 'R-PA-7'],
    grants: [
      { scope: 'organization', roles: [ADMIN] },
      {
        scope: 'organization',
        roles: [PARTNER_ADMIN],
        permission: ClientPermission.PARTNER_EMPLOYEES_MANAGE,
      },
      { scope: 'manager', roles: [ADMIN] },
    ],
  },
  'organization.manageReportsAccess': {
    resource: 'Organization',
    description:
      'Give or take away a partner employee’s reports access; no permission set grants it (client super admins).',
    rules: ['R-PA-9', 'R-PA-1'],
    grants: [{ scope: 'organization', roles: [ADMIN] }],
  },
  'organization.switchToPartnerAdmin': {
    resource: 'Organization',
    description: 'Switch yourself from super admin to partner admin, optionally keeping billing.',
    rules: ['R-PA-8'],
    grants: [{ scope: 'organization', roles: [ADMIN] }],
  },
  'accessLink.read': {
    resource: 'AccessLink',
    description: 'See an access link: your own, or one to or from your organization.',
    rules: ['R-PA-2'],
    grants: [
      { scope: 'self' },
      { scope: 'organization', roles: [ADMIN] },
      { scope: 'managingOrganization', roles: [ADMIN] },
    ],
  },
  'accessLink.decide': {
    resource: 'AccessLink',
    description: 'Approve or reject an access link (client super admins).',
    rules: ['R-PA-2'],
    grants: [{ scope: 'organization', roles: [ADMIN] }],
  },
  'program.update': {
    resource: 'Program',
    description: "Change the program's name and description.",
    rules: ['R-EN-1'],
    grants: [{ scope: 'program', groups: [PROGRAM_OWNER] }],
  },
  'program.createEngagement': {
    resource: 'Program',
    description: 'Create an engagement in the program.',
    rules: ['R-EN-1'],
    grants: [{ scope: 'program', groups: [ENGAGEMENT_CREATOR, PROGRAM_OWNER] }],
  },
  'program.manageGroups': {
    resource: 'Program',
    description:
      'Add and remove Program Owners, Engagement Creators and Package Publishers (host-organization users only).',
    rules: ['R-EN-1'],
    grants: [{ scope: 'program', groups: [PROGRAM_OWNER] }],
  },
  'organization.createProgram': {
    resource: 'Organization',
    description: 'Create a program in a host organization.',
    rules: ['R-EN-1'],
    grants: [{ scope: 'organization', roles: [ADMIN] }],
  },
  'accessRequest.read': {
    resource: 'AccessRequest',
    description:
      'See an access request: your own, or one you may decide (Power Users: their own organization).',
    rules: ['R-AR-1', 'R-PU-1'],
    grants: [{ scope: 'self' }, ...PARTICIPANT_MANAGERS],
  },
  'accessRequest.decide': {
    resource: 'AccessRequest',
    description:
      "Approve or deny an access request; Power Users only their own organization's requests.",
    rules: ['R-AR-1', 'R-PU-1'],
    grants: PARTICIPANT_MANAGERS,
  },
  'accessRequest.cancel': {
    resource: 'AccessRequest',
    description: 'Cancel your own pending access request.',
    rules: ['R-AR-1'],
    grants: [{ scope: 'self' }],
  },
  'contentPackage.read': {
    resource: 'ContentPackage',
    description: 'See and download a content package.',
    rules: ['R-EN-4'],
    grants: CONTENT_READERS,
  },
  'feedback.read': {
    resource: 'Feedback',
    description: 'See feedback: your own, or all of an engagement you manage.',
    rules: ['R-EN-4'],
    grants: [{ scope: 'self' }, ...ENGAGEMENT_MANAGERS],
  },
  'feedback.update': {
    resource: 'Feedback',
    description: 'Edit your own feedback while you are a participant.',
    rules: ['R-EN-4'],
    grants: [{ scope: 'self' }],
  },
  'engagement.createAccessReview': {
    resource: 'Engagement',
    description:
      "Open an access review of the engagement's participants, with a due date (owners; issue 21).",
    rules: ['R-EN-1', 'R-MB-2', 'R-IN-2'],
    grants: ENGAGEMENT_MANAGERS,
  },
  'program.createAccessReview': {
    resource: 'Program',
    description: "Open an access review of the program's groups, with a due date (program owners).",
    rules: ['R-EN-1', 'R-IN-2'],
    grants: [{ scope: 'program', groups: [PROGRAM_OWNER] }],
  },
  'organization.createAccessReview': {
    resource: 'Organization',
    description:
      "Open an access review of the organization's partner admins or guests (super admins, company admins).",
    rules: ['R-PA-1', 'R-PA-7', 'R-DI-5'],
    grants: [{ scope: 'organization', roles: [ADMIN] }],
  },
  'accessReview.read': {
    resource: 'AccessReview',
    description:
      'See an access review and the items you may decide (Power Users: their own organization’s).',
    rules: ['R-IN-2', 'R-PU-1'],
    grants: REVIEWERS,
  },
  'accessReview.decide': {
    resource: 'AccessReview',
    description:
      "Approve or remove a person's access in a review, with a justification; Power Users only their own organization's participants.",
    rules: ['R-PU-1', 'R-MB-2', 'R-PA-1'],
    grants: REVIEWERS,
  },
  'accessReview.complete': {
    resource: 'AccessReview',
    description:
      'Complete a review before its due date: its decisions apply at once (who manages the scope).',
    rules: ['R-MB-2', 'R-PA-7', 'R-EN-1'],
    grants: REVIEW_MANAGERS,
  },
  'user.read': {
    resource: 'User',
    description:
      "See a user's profile: yourself, or a member of an organization whose members you may list " +
      '(an existing user invited there shows its profile only once it accepts).',
    rules: ['R-DI-6', 'R-PU-3'],
    grants: [{ scope: 'self' }],
  },
} as const satisfies Record<string, ActionDefinition>;

export type Action = keyof typeof MATRIX;

export const ACTIONS = Object.keys(MATRIX) as Action[];

/** The actions on one resource type. */
export type ActionOn<R extends ResourceType> = {
  [A in Action]: (typeof MATRIX)[A]['resource'] extends R ? A : never;
}[Action];

export function definitionOf(action: Action): ActionDefinition {
  return MATRIX[action];
}

/** The action that decides whether a resource is visible at all (else NOT_FOUND). */
export const READ_ACTION: Record<ResourceType, Action> = {
  Organization: 'organization.read',
  ManagedRelationship: 'relationship.read',
  Team: 'team.read',
  Program: 'program.read',
  Engagement: 'engagement.read',
  AccessRequest: 'accessRequest.read',
  ContentPackage: 'contentPackage.read',
  Feedback: 'feedback.read',
  AccessLink: 'accessLink.read',
  AccessReview: 'accessReview.read',
  User: 'user.read',
};

/**
 * Who administers a resource for the explain queries: holders may ask `explainAccess` about
 * anyone they can see and `whoCan` about the resource (DESIGN §3.2: derived, not a new rule).
 */
export const ADMIN_ACTION: Partial<Record<ResourceType, Action>> = {
  Organization: 'organization.manageMembers',
  Team: 'team.read',
  Program: 'program.readMembers',
  Engagement: 'engagement.update',
  AccessReview: 'accessReview.complete',
};
