import { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, IRules, rule, shield } from 'graphql-shield';
import type { Context } from '../context';
import { DomainError, ForbiddenError, UnauthenticatedError } from '../errors';
import { fromGlobalId } from '../globalId';
import { refusalOf } from './access';
import { scopeOf } from './scope';
import { Action, definitionOf } from './matrix';
import { MUTATIONS, MutationCheck } from './mutations';
import { VIEWER_CAN_RESOURCES, viewerCanFields } from './viewerCan';

const isAuthenticated = rule('isAuthenticated', { cache: 'contextual' })(
  (_parent, _args, ctx: Context) => (ctx.viewer ? true : new UnauthenticatedError()),
);

/** Allows a field of a User only on the viewer itself (its own lists). */
const isViewerSelf = rule('isViewerSelf', { cache: 'no_cache' })((
  parent: { id?: number },
  _args,
  ctx: Context,
) => {
  if (!ctx.viewer) return new UnauthenticatedError();
  if (parent?.id === ctx.viewer.id) return true;
  return new ForbiddenError("Not allowed: only the viewer's own lists (use `viewer`).");
});

/** Allows a relation field when the viewer holds `action` on the parent object. */
function onParent(action: Action) {
  const { resource } = definitionOf(action);
  return rule(`parent:${action}`, { cache: 'no_cache' })(async (parent, _args, ctx: Context) => {
    if (!ctx.viewer) return new UnauthenticatedError();
    if (await ctx.access.can(action, scopeOf(resource, parent))) return true;
    return refusalOf(action);
  });
}

const inputRules = new Map<string, ReturnType<ReturnType<typeof rule>>>();

/**
 * Allows a mutation when the viewer holds the action on the object named by `input[field]`;
 * the action may depend on the input (e.g. the group being changed).
 */
function onInput(
  actionOf: Action | ((input: Record<string, unknown>) => Action),
  fieldOf: string | ((input: Record<string, unknown>) => string),
) {
  const field = typeof fieldOf === 'string' ? fieldOf : fieldOf.name;
  const name = `input:${typeof actionOf === 'string' ? actionOf : actionOf.name}:${field}`;
  // graphql-shield wants one instance per rule name, shared by the mutations that use it.
  const existing = inputRules.get(name);
  if (existing) return existing;
  const created = rule(name, { cache: 'no_cache' })(async (_parent, args, ctx: Context) => {
    if (!ctx.viewer) return new UnauthenticatedError();
    const action = typeof actionOf === 'string' ? actionOf : actionOf(args?.input ?? {});
    const target = typeof fieldOf === 'string' ? fieldOf : fieldOf(args?.input ?? {});
    const parsed = fromGlobalId(args?.input?.[target]);
    if (!parsed || parsed.type !== definitionOf(action).resource) return true; // the resolver answers NOT_FOUND
    try {
      await ctx.access.require(action, [parsed.id]);
      return true;
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
  });
  inputRules.set(name, created);
  return created;
}

/** The shield rule of one mutation's declaration (src/permissions/mutations.ts). */
function ruleOf(check: MutationCheck) {
  return 'on' in check ? onInput(check.action, check.on) : isAuthenticated;
}

function mutationRules() {
  return Object.fromEntries(
    Object.entries(MUTATIONS).map(([name, check]) => [name, ruleOf(check)]),
  ) as Record<keyof typeof MUTATIONS, ReturnType<typeof ruleOf>>;
}

/**
 * Every field of the schema is either here, with its rule, or in VISIBLE_WITH_PARENT. Fields
 * listed in neither are denied at run time (fallback) and fail the schema coverage test.
 */
export const FIELD_RULES = {
  Query: {
    viewer: isAuthenticated,
    node: isAuthenticated,
    nodes: isAuthenticated,
    organizations: isAuthenticated,
    organization: isAuthenticated,
    viewerEngagements: isAuthenticated,
    viewerAccessRequests: isAuthenticated,
    viewerNotifications: isAuthenticated,
    explainAccess: isAuthenticated, // resource and subject checked in ExplainService
    whoCan: isAuthenticated, // admins of the resource only, checked in ExplainService
    permissionMatrix: isAuthenticated,
    accessReviews: isAuthenticated, // the scope and each review checked in AccessReviewService
  },
  Mutation: mutationRules(),
  Subscription: {
    accessRequestEvents: isAuthenticated,
    membershipEvents: isAuthenticated,
    auditEvents: isAuthenticated,
    accessReviewEvents: isAuthenticated,
  },
  Organization: {
    seats: onParent('organization.readSeats'),
    members: onParent('organization.readMembers'),
    teams: onParent('organization.readTeams'),
    clients: onParent('organization.readClients'),
    managedBy: onParent('organization.readManagers'),
    programs: onParent('organization.readPrograms'),
    auditEvents: onParent('organization.readEventLog'),
    billing: onParent('organization.readBilling'),
    scimTokens: onParent('organization.manageScimTokens'),
    directory: onParent('organization.readDirectory'),
    permissionSets: onParent('organization.readPermissionSets'),
    accessLinks: onParent('organization.readAccessLinks'),
  },
  Program: {
    engagements: onParent('program.readEngagements'),
    members: onParent('program.readMembers'),
  },
  Team: {
    joinRequests: onParent('team.decideJoinRequests'),
  },
  User: {
    engagements: isViewerSelf,
    accessRequests: isViewerSelf,
    notifications: isViewerSelf,
  },
  Engagement: {
    members: onParent('engagement.readMembers'),
    audience: onParent('engagement.update'),
    accessRequests: onParent('engagement.readAccessRequests'),
    participantCandidates: onParent('engagement.addParticipants'),
    contentPackages: onParent('engagement.readContent'),
    feedback: onParent('engagement.readFeedback'),
  },
} satisfies IRules;

/**
 * Fields any viewer who may see the parent object may read. The parent was authorized when it
 * was loaded (a root field, `node`, or a relation that filters through `Access`), and relation
 * fields listed here resolve only objects the viewer may see (or null). Left unwrapped, so
 * long lists do not pay a middleware per scalar.
 */
const viewerCanTypes = Object.fromEntries(
  VIEWER_CAN_RESOURCES.map((r) => [`${r}ViewerCan`, viewerCanFields(r).map((f) => f.field)]),
);

/** The fields of `BulkItemResult` on every bulk item type: the item's own result. */
const BULK_ITEM = ['id', 'outcome', 'error'];

export const VISIBLE_WITH_PARENT: Record<string, readonly string[]> = {
  // `viewerCan` answers about the viewer itself, computed by the same checks that enforce.
  ...viewerCanTypes,
  OrganizationMemberViewerCan: [
    'changeRole',
    'remove',
    'changePermissions',
    'switchToPartnerAdmin',
  ],
  GroupMembershipViewerCan: ['remove'],
  AccessReviewItemViewerCan: ['decide'],
  // Access reviews (issue 21): loaded through `accessReview.read`; items only the viewer reviews.
  AccessReview: [
    'viewerCan',
    'id',
    'kind',
    'name',
    'dueAt',
    'undecided',
    'status',
    'appliedAt',
    'createdAt',
    'organization',
    'program',
    'engagement',
    'createdBy',
    'items',
  ],
  AccessReviewItem: [
    'viewerCan',
    'id',
    'group',
    'role',
    'lastAccessAt',
    'decision',
    'justification',
    'decidedAt',
    'outcome',
    'user',
    'memberOrganization',
    'decidedBy',
  ],
  AccessReviewPayload: ['accessReview'],
  AccessReviewItemPayload: ['item'],
  DecideAccessReviewItemsPayload: ['results'],
  AccessReviewDecisionResult: [...BULK_ITEM, 'item'],
  BulkItemError: ['code', 'reason', 'rule', 'message'],
  CompleteAccessReviewPayload: ['accessReview', 'items'],
  AccessReviewEvent: [
    'cursor',
    'type',
    'accessReviewId',
    'status',
    'itemCount',
    'occurredAt',
    'accessReview',
  ],
  AccessExplanation: ['action', 'allowed', 'rule', 'reason', 'paths'],
  GrantPathInfo: ['scope', 'description'],
  AccessHolder: ['user', 'paths'],
  PermissionMatrixRow: ['action', 'resource', 'description', 'rules', 'grants'],
  PermissionGrant: [
    'scope',
    'holders',
    'permission',
    'managerKinds',
    'ownOrganizationOnly',
    'text',
  ],
  User: ['id', 'email', 'name', 'photoUrl', 'createdAt', 'memberships', 'teams', 'groups'],
  Organization: ['viewerCan', 'id', 'name', 'kind', 'plan', 'defaultLicense', 'createdAt'],
  Seats: ['assigned', 'used', 'remaining'],
  Billing: ['email', 'address'],
  PermissionSet: ['id', 'name', 'permissions', 'createdAt'],
  AccessLink: [
    'id',
    'status',
    'expiresAt',
    'decidedAt',
    'createdAt',
    'employee',
    'client',
    'partner',
    'permissionSet',
  ],
  PermissionSetPayload: ['permissionSet'],
  BatchUpdateMembersPayload: ['applied', 'dryRun', 'atomic', 'failed', 'createdTeam', 'results'],
  BatchMemberResult: [...BULK_ITEM, 'user', 'ok'],
  AccessLinkPayload: ['accessLink'],
  RelationshipPayload: ['relationship'],
  PartnerEmployeesPayload: ['results', 'members'],
  PartnerEmployeeResult: [...BULK_ITEM, 'member'],
  PartnerEmployeePayload: ['member'],
  RemovePartnerEmployeesPayload: ['dryRun', 'clients'],
  PartnerRemovalClient: ['client', 'employees', 'endsRelationship'],
  PartnerEmployeeAssets: [
    ...BULK_ITEM,
    'user',
    'status',
    'teamsAdministered',
    'engagementGroups',
    'pendingAccessLinks',
  ],
  OrganizationMember: [
    'viewerCan',
    'id',
    'role',
    'license',
    'status',
    'lastActivityAt',
    'createdAt',
    'user',
    'organization',
    'verified',
    'billingPermission',
    'reportsAccess',
    'invitedAt',
    'expiresAt',
    'teamCount',
    'permissionSet',
    'partnerOrganization',
  ],
  ManagedRelationship: [
    'id',
    'status',
    'expiresAt',
    'lastPartnerActivityAt',
    'endsAt',
    'createdAt',
    'client',
    'manager',
    'managerName',
  ],
  Team: [
    'viewerCan',
    'id',
    'name',
    'privacy',
    'invitePolicy',
    'createdAt',
    'members',
    'organization',
  ],
  TeamJoinRequest: ['id', 'status', 'decidedAt', 'createdAt', 'user'],
  TeamPayload: ['team'],
  TeamMembersPayload: ['results', 'members'],
  TeamMemberResult: [...BULK_ITEM, 'member'],
  TeamMemberPayload: ['member'],
  TeamJoinRequestPayload: ['request'],
  RemovedPayload: ['removed'],
  TeamMember: ['id', 'role', 'createdAt', 'user', 'team'],
  Program: ['viewerCan', 'id', 'name', 'description', 'createdAt', 'hostOrganization'],
  Engagement: [
    'viewerCan',
    'id',
    'name',
    'joinPolicy',
    'termsOfUse',
    'acceptsFeedback',
    'createdAt',
    'program',
    'viewerGroups',
    'viewerAccessRequest',
    'viewerFeedback',
  ],
  GroupMembership: [
    'viewerCan',
    'id',
    'group',
    'status',
    'lastAccessAt',
    'createdAt',
    'user',
    'organizationName',
    'program',
    'engagement',
    'termsAcceptedAt',
    'expiresAt',
  ],
  AccessRequest: [
    'id',
    'justification',
    'status',
    'termsAcceptedAt',
    'decisionNote',
    'decidedAt',
    'createdAt',
    'engagement',
    'requester',
    'requesterOrganization',
    'decidedBy',
  ],
  ContentPackage: ['id', 'title', 'body', 'publishedAt'],
  Feedback: ['id', 'body', 'createdAt', 'updatedAt', 'author'],
  Notification: ['id', 'kind', 'status', 'sentAt', 'createdAt'],
  UserRef: ['id', 'name', 'email'],
  OrganizationRef: ['id', 'name'],
  AccessRequestEvent: [
    'cursor',
    'type',
    'accessRequestId',
    'occurredAt',
    'accessRequest',
    'engagement',
    'requester',
    'requesterOrganization',
  ],
  MembershipEvent: [
    'cursor',
    'type',
    'membershipId',
    'group',
    'occurredAt',
    'membership',
    'user',
    'memberOrganization',
    'program',
    'engagement',
  ],
  AuditLogEvent: ['cursor', 'event'],
  MembershipChangeResult: [...BULK_ITEM, 'user', 'membership'],
  AuditEvent: ['id', 'action', 'targetType', 'targetId', 'metadata', 'createdAt', 'actor'],
  PageInfo: ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'],
  CreateClientOrganizationPayload: ['organization', 'relationship'],
  ChangeClientSeatsPayload: ['organization'],
  // Listed to super admins of the token's organization only (Organization.scimTokens, R-PA-10).
  ScimToken: ['id', 'name', 'prefix', 'createdAt', 'lastUsedAt', 'revokedAt'],
  CreateScimTokenPayload: ['scimToken', 'secret'],
  RevokeScimTokenPayload: ['scimToken'],
  ProgramPayload: ['program'],
  OrganizationMemberPayload: ['member'],
  RemoveOrganizationMemberPayload: ['removedUserId', 'organization'],
  UpdateBillingInformationPayload: ['organization'],
  EngagementPayload: ['engagement'],
  JoinEngagementPayload: ['membership'],
  AccessRequestPayload: ['accessRequest'],
  MembershipChangesPayload: ['results'],
  ContentPackagePayload: ['contentPackage'],
  FeedbackPayload: ['feedback'],
  CreateExportLinkPayload: ['url', 'expiresAt'],
  ReactivateMyAccessPayload: ['memberships'],
};

/** Connection and edge types carry no data of their own: their nodes were authorized. */
export function structuralFields(typeName: string): readonly string[] {
  if (typeName.endsWith('Connection')) return ['edges', 'pageInfo', 'totalCount'];
  if (typeName.endsWith('Edge')) return ['cursor', 'node'];
  return [];
}

export function isVisibleWithParent(typeName: string, field: string): boolean {
  return (
    (VISIBLE_WITH_PARENT[typeName] ?? []).includes(field) ||
    structuralFields(typeName).includes(field)
  );
}

/** Applies graphql-shield, deny by default, to every field except those visible with their parent. */
export function applyPermissions(schema: GraphQLSchema): GraphQLSchema {
  const generator = shield(FIELD_RULES as IRules, {
    fallbackRule: deny,
    fallbackError: () => new ForbiddenError('Not allowed: no permission rule covers this field.'),
    allowExternalErrors: true,
  });
  const typeMap = generator.generate(schema) as Record<string, Record<string, unknown>>;
  const wrapped: Record<string, Record<string, unknown>> = {};
  for (const [typeName, fields] of Object.entries(typeMap)) {
    const kept = Object.entries(fields).filter(([field]) => !isVisibleWithParent(typeName, field));
    if (kept.length) wrapped[typeName] = Object.fromEntries(kept);
  }
  return applyMiddleware(schema, wrapped as never);
}
