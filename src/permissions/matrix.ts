import { GroupKind, OrgRole, TeamRole } from '../../entities/enums';

/**
 * The permission matrix: for every action, the roles that grant it at each scope. It is data:
 * the shield tree, the record-level checks (`access.ts`) and the docs are derived from it, and
 * nothing else decides access.
 *
 * A grant matches a resource's scope (`ResourceScope`):
 * - `organization`: the viewer is an active member of the resource's organization in one role;
 * - `manager`: the viewer is an active member, in one role, of a provider or partner
 *   organization that manages the resource's organization (an active relationship);
 * - `managingOrganization`: the resource names a managing organization (a relationship) and the
 *   viewer is an active member of it in one role;
 * - `team`: the viewer is in the resource's team in one role;
 * - `program`: the viewer holds one group at the resource's program scope;
 * - `engagement`: the viewer holds one group in the resource's engagement (or, for a program,
 *   in any engagement of it). `ownOrganizationOnly` marks grants that reach only records of the
 *   viewer's own organization (Power Users, R-PU-1, R-PU-3);
 * - `self`: the resource is the viewer (or the viewer's own record).
 */
export type Grant =
  | { scope: 'organization'; roles: readonly OrgRole[] }
  | { scope: 'manager'; roles: readonly OrgRole[] }
  | { scope: 'managingOrganization'; roles: readonly OrgRole[] }
  | { scope: 'team'; roles: readonly TeamRole[] }
  | { scope: 'program'; groups: readonly GroupKind[] }
  | { scope: 'engagement'; groups: readonly GroupKind[]; ownOrganizationOnly?: boolean }
  | { scope: 'self' };

export type ResourceType =
  'Organization' | 'ManagedRelationship' | 'Team' | 'Program' | 'Engagement' | 'User';

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
    description: "Read the organization's event log (audit events).",
    rules: ['R-PR-3'],
    grants: [
      { scope: 'organization', roles: [ADMIN] },
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
  'team.read': {
    resource: 'Team',
    description: 'See the team and its members.',
    rules: ['R-DI-2', 'R-DI-7'],
    grants: [
      { scope: 'team', roles: [TeamRole.ADMIN, TeamRole.MEMBER] },
      { scope: 'organization', roles: [ADMIN, SERVICE_USER, PARTNER_ADMIN, MEMBER] },
      { scope: 'manager', roles: CLIENT_ADMINISTRATORS },
    ],
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
    description: 'See the engagement overview.',
    rules: ['R-EN-2', 'R-EN-4'],
    grants: [
      { scope: 'engagement', groups: [PARTICIPANT, POWER_USER, ENGAGEMENT_OWNER] },
      { scope: 'program', groups: HOST_GROUPS },
      { scope: 'organization', roles: [ADMIN] },
    ],
  },
  'engagement.readMembers': {
    resource: 'Engagement',
    description:
      "See the engagement's group members and their last access date; Power Users see their own organization's members only.",
    rules: ['R-IN-2', 'R-PU-1', 'R-PU-3'],
    grants: [
      { scope: 'engagement', groups: [ENGAGEMENT_OWNER] },
      { scope: 'engagement', groups: [POWER_USER], ownOrganizationOnly: true },
      { scope: 'program', groups: [PROGRAM_OWNER] },
    ],
  },
  'user.read': {
    resource: 'User',
    description:
      "See a user's profile: yourself, or a member of an organization whose members you may list.",
    rules: ['R-DI-6', 'R-PU-3'],
    grants: [{ scope: 'self' }],
  },
} as const satisfies Record<string, ActionDefinition>;

export type Action = keyof typeof MATRIX;

export const ACTIONS = Object.keys(MATRIX) as Action[];

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
  User: 'user.read',
};
