import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

export type AcceptInvitationInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  organizationId: Scalars['ID']['input'];
};

/** Whether a user may do an action on a resource, and why. */
export type AccessExplanation = {
  __typename?: 'AccessExplanation';
  action: PermissionAction;
  allowed: Scalars['Boolean']['output'];
  paths: Array<GrantPathInfo>;
  reason: Scalars['String']['output'];
  /** When denied: the DOMAIN.md rule. */
  rule?: Maybe<Scalars['String']['output']>;
};

/** A user who holds the action, with its grant paths. */
export type AccessHolder = {
  __typename?: 'AccessHolder';
  paths: Array<GrantPathInfo>;
  user: UserRef;
};

export type AccessHolderConnection = {
  __typename?: 'AccessHolderConnection';
  edges: Array<AccessHolderEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AccessHolderEdge = {
  __typename?: 'AccessHolderEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: AccessHolder;
};

export type AccessLink = Node & {
  __typename?: 'AccessLink';
  client: OrganizationRef;
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  employee: UserRef;
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  partner: OrganizationRef;
  permissionSet: PermissionSet;
  status: AccessLinkStatus;
};

export type AccessLinkConnection = {
  __typename?: 'AccessLinkConnection';
  edges: Array<AccessLinkEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AccessLinkEdge = {
  __typename?: 'AccessLinkEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: AccessLink;
};

export type AccessLinkPayload = {
  __typename?: 'AccessLinkPayload';
  accessLink: AccessLink;
};

export type AccessLinkStatus =
  | 'APPROVED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REJECTED';

export type AccessRequest = Node & {
  __typename?: 'AccessRequest';
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who decided or cancelled. */
  decidedBy?: Maybe<UserRef>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** Null when the viewer may no longer see the engagement. */
  engagement?: Maybe<Engagement>;
  id: Scalars['ID']['output'];
  justification: Scalars['String']['output'];
  /** Who asked: shown to whoever may decide. */
  requester: UserRef;
  /** The organization the requester acts for. */
  requesterOrganization: OrganizationRef;
  status: AccessRequestStatus;
  /** When the requester accepted the terms. */
  termsAcceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type AccessRequestConnection = {
  __typename?: 'AccessRequestConnection';
  edges: Array<AccessRequestEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AccessRequestEdge = {
  __typename?: 'AccessRequestEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: AccessRequest;
};

/** An access request was created, approved, denied or cancelled. The object fields are the Node types of queries, resolved and authorized as a query would: a normalized cache merges them. */
export type AccessRequestEvent = {
  __typename?: 'AccessRequestEvent';
  /** The request as it is now; null when the subscriber may no longer see it. */
  accessRequest?: Maybe<AccessRequest>;
  /** Global id of the AccessRequest. */
  accessRequestId: Scalars['ID']['output'];
  /** Where this event stands in the stream: pass it as `after` when subscribing again to receive what followed it. */
  cursor: Scalars['String']['output'];
  /** Null when the subscriber may no longer see the engagement. */
  engagement?: Maybe<Engagement>;
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Null when the subscriber may not read the user (as `node(id)`); deciders see name and email on `accessRequest.requester`. */
  requester?: Maybe<User>;
  /** The organization the requester acts for; null when not visible. */
  requesterOrganization?: Maybe<Organization>;
  type: AccessRequestEventType;
};

export type AccessRequestEventType =
  | 'APPROVED'
  | 'CANCELLED'
  | 'CREATED'
  | 'DENIED';

export type AccessRequestPayload = {
  __typename?: 'AccessRequestPayload';
  accessRequest: AccessRequest;
};

export type AccessRequestStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'DENIED'
  | 'PENDING';

export type AccessReview = Node & {
  __typename?: 'AccessReview';
  appliedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy?: Maybe<User>;
  /** When the decisions apply, undecided items as `undecided` says. */
  dueAt: Scalars['DateTimeISO']['output'];
  engagement?: Maybe<Engagement>;
  id: Scalars['ID']['output'];
  /** The items you review, with each person's last access date (R-IN-2; Power Users: their own organization's, R-PU-1). */
  items: AccessReviewItemConnection;
  kind: AccessReviewKind;
  name: Scalars['String']['output'];
  /** The host or the organization reviewed. */
  organization?: Maybe<Organization>;
  program?: Maybe<Program>;
  status: AccessReviewStatus;
  /** What happens to items nobody decided. */
  undecided: UndecidedOutcome;
  /** What you may do here: one Boolean per action of the permission matrix. */
  viewerCan: AccessReviewViewerCan;
};


export type AccessReviewItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  undecidedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AccessReviewConnection = {
  __typename?: 'AccessReviewConnection';
  edges: Array<AccessReviewEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AccessReviewDecisionInput = {
  decision: ReviewDecision;
  /** An AccessReviewItem. */
  itemId: Scalars['ID']['input'];
  /** Why: 1 to 500 characters. */
  justification: Scalars['String']['input'];
};

/** One decision: `id` is the AccessReviewItem. A decision is final: a second one is FAILED with CONFLICT REVIEW_ITEM_DECIDED, one on an applied review CONFLICT REVIEW_CLOSED. */
export type AccessReviewDecisionResult = BulkItemResult & {
  __typename?: 'AccessReviewDecisionResult';
  /** Set when the outcome is FAILED. */
  error?: Maybe<BulkItemError>;
  /** The global id of the item as sent. */
  id: Scalars['ID']['output'];
  /** The item as it stands; null when not visible. */
  item?: Maybe<AccessReviewItem>;
  outcome: BulkOutcome;
};

export type AccessReviewEdge = {
  __typename?: 'AccessReviewEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: AccessReview;
};

/** An access review was opened, decided on or applied (issue 21). */
export type AccessReviewEvent = {
  __typename?: 'AccessReviewEvent';
  /** The review as it is now; null when the subscriber may no longer see it. */
  accessReview?: Maybe<AccessReview>;
  accessReviewId: Scalars['ID']['output'];
  /** Where this event stands in the stream: pass it as `after` when subscribing again to receive what followed it. */
  cursor: Scalars['String']['output'];
  /** Items decided (DECIDED) or removed (APPLIED) by this change. */
  itemCount: Scalars['Int']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  status: AccessReviewStatus;
  type: AccessReviewEventType;
};

export type AccessReviewEventType =
  | 'APPLIED'
  | 'CREATED'
  | 'DECIDED';

export type AccessReviewItem = Node & {
  __typename?: 'AccessReviewItem';
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  decidedBy?: Maybe<User>;
  decision?: Maybe<ReviewDecision>;
  group?: Maybe<GroupKind>;
  id: Scalars['ID']['output'];
  justification?: Maybe<Scalars['String']['output']>;
  /** The person's last access when the review opened (R-IN-2). */
  lastAccessAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The organization they act for. */
  memberOrganization?: Maybe<Organization>;
  /** Set when the review applied. */
  outcome?: Maybe<ReviewItemOutcome>;
  role?: Maybe<OrgRole>;
  /** The person whose access is reviewed: shown to its reviewers also once the access is gone. */
  user: User;
  viewerCan: AccessReviewItemViewerCan;
};

export type AccessReviewItemConnection = {
  __typename?: 'AccessReviewItemConnection';
  edges: Array<AccessReviewItemEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AccessReviewItemEdge = {
  __typename?: 'AccessReviewItemEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: AccessReviewItem;
};

export type AccessReviewItemPayload = {
  __typename?: 'AccessReviewItemPayload';
  item: AccessReviewItem;
};

/** What the viewer may do on this review item. */
export type AccessReviewItemViewerCan = {
  __typename?: 'AccessReviewItemViewerCan';
  /** Decide it now: open review, not yet decided, yours to review (R-PU-1). */
  decide: Scalars['Boolean']['output'];
};

export type AccessReviewKind =
  | 'ENGAGEMENT_PARTICIPANTS'
  | 'ORGANIZATION_GUESTS'
  | 'ORGANIZATION_PARTNER_ADMINS'
  | 'PROGRAM_GROUPS';

export type AccessReviewPayload = {
  __typename?: 'AccessReviewPayload';
  accessReview: AccessReview;
};

export type AccessReviewStatus =
  | 'APPLIED'
  | 'OPEN';

/** What the viewer may do on this accessreview, from the permission matrix; on an engagement a field is true only when its mutation would not refuse (join policy, feedback accepted, already participating or waiting for a decision). */
export type AccessReviewViewerCan = {
  __typename?: 'AccessReviewViewerCan';
  /** Complete a review before its due date: its decisions apply at once (who manages the scope). (R-MB-2, R-PA-7, R-EN-1) */
  complete: Scalars['Boolean']['output'];
  /** Approve or remove a person's access in a review, with a justification; Power Users only their own organization's participants. (R-PU-1, R-MB-2, R-PA-1) */
  decide: Scalars['Boolean']['output'];
  /** See an access review and the items you may decide (Power Users: their own organization’s). (R-IN-2, R-PU-1) */
  read: Scalars['Boolean']['output'];
};

export type ActivityWindow =
  | 'LAST_30_DAYS'
  | 'LAST_60_DAYS'
  | 'LAST_90_DAYS'
  | 'LAST_180_DAYS';

export type AddEngagementMembersInput = {
  /** Also add every user of the organization matching this search ("select all"). */
  allMatching?: InputMaybe<Scalars['String']['input']>;
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  engagementId: Scalars['ID']['input'];
  /** When the new memberships end, at most MAX_MEMBERSHIP_DAYS ahead (issue 21). */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  group: EngagementGroup;
  /** The users' organization. Power Users: their own (the default). Owners: the host or an audience organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Email each added user the engagement link. */
  sendInvitation?: Scalars['Boolean']['input'];
  /** Users picked from a search. */
  userIds?: Array<Scalars['ID']['input']>;
};

export type AddOrganizationMemberInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  email: Scalars['String']['input'];
  /** When the membership ends, at most MAX_MEMBERSHIP_DAYS ahead; a guest gets GUEST_MEMBERSHIP_DAYS when unset (issue 21). */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Invite (status INVITED, an email is sent, it expires after 30 days) instead of adding as active. */
  invite?: Scalars['Boolean']['input'];
  /** Default: full for members, free for guests (guests never hold a full one). */
  license?: InputMaybe<License>;
  name: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  role?: OrgRole;
  /** Teams of the organization to join. */
  teamIds?: Array<Scalars['ID']['input']>;
};

export type AddPartnerEmployeesInput = {
  clientOrganizationId: Scalars['ID']['input'];
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  permissionSetId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};

export type AddProgramMembersInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** When the new memberships end, at most MAX_MEMBERSHIP_DAYS ahead (issue 21). */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  group: ProgramGroup;
  programId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};

export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  /** What happened, e.g. `organization.seats.changed`. */
  action: Scalars['String']['output'];
  /** Who acted; null for the system actor. Whoever may read the event log sees who acted in it, a provider or partner user included, as `filter.actorId` matches it. */
  actor?: Maybe<User>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Event details as JSON text. */
  metadata: Scalars['String']['output'];
  /** Global id of the object the event is about. */
  targetId: Scalars['String']['output'];
  targetType: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventFilter = {
  /** Exact action, e.g. `organization.seats.changed`. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only events by this user. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Events at or after this time. */
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Events before this time. */
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** An entry written to an organization’s event log. */
export type AuditLogEvent = {
  __typename?: 'AuditLogEvent';
  /** Where this event stands in the stream: pass it as `after` when subscribing again to receive what followed it. */
  cursor: Scalars['String']['output'];
  event: AuditEvent;
};

/** What the batch did, or would do, to one user (`id`). */
export type BatchMemberResult = BulkItemResult & {
  __typename?: 'BatchMemberResult';
  /** Set when the outcome is FAILED. */
  error?: Maybe<BulkItemError>;
  /** The global id of the item as sent. */
  id: Scalars['ID']['output'];
  /** Whether the change was applied (in a dry run: would be). */
  ok: Scalars['Boolean']['output'];
  outcome: BulkOutcome;
  /** Null when you may not see the user. */
  user?: Maybe<User>;
};

export type BatchOperation =
  | 'ADD_TO_NEW_TEAM'
  | 'ADD_TO_TEAMS'
  | 'DEACTIVATE'
  | 'REACTIVATE'
  | 'REMOVE_FROM_TEAM'
  | 'SWITCH_LICENSE';

export type BatchUpdateMembersInput = {
  /** All or nothing (true), or apply to every user that can take it (false). */
  atomic?: Scalars['Boolean']['input'];
  /** Report what would happen; write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** Retries with the same key and input get the first result; another input is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** SWITCH_LICENSE: the switch. */
  license?: InputMaybe<LicenseSwitch>;
  /** ADD_TO_NEW_TEAM: the team to create. */
  newTeamName?: InputMaybe<Scalars['String']['input']>;
  operation: BatchOperation;
  organizationId: Scalars['ID']['input'];
  /** ADD_TO_TEAMS: also leave every other team. */
  removeFromCurrentTeams?: Scalars['Boolean']['input'];
  /** REMOVE_FROM_TEAM: the team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** ADD_TO_TEAMS: the teams. */
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At most 50 users (R-BK-1). */
  userIds: Array<Scalars['ID']['input']>;
};

export type BatchUpdateMembersPayload = {
  __typename?: 'BatchUpdateMembersPayload';
  /** Whether anything was written. */
  applied: Scalars['Boolean']['output'];
  atomic: Scalars['Boolean']['output'];
  /** The team ADD_TO_NEW_TEAM created. */
  createdTeam?: Maybe<Team>;
  dryRun: Scalars['Boolean']['output'];
  failed: Scalars['Int']['output'];
  results: Array<BatchMemberResult>;
};

/** Billing information (R-PR-3, R-PA-1). */
export type Billing = {
  __typename?: 'Billing';
  address?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
};

/** Why one item failed: the error the same change on that item alone would raise, as data. */
export type BulkItemError = {
  __typename?: 'BulkItemError';
  /** The machine code (NOT_FOUND, FORBIDDEN, CONFLICT …). */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The named error's stable reason (README error table); null if none. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The DOMAIN.md rule that refuses. */
  rule?: Maybe<Scalars['String']['output']>;
};

/** One item of a bulk mutation's result, in input order: every bulk payload's item type implements it (docs/architecture.md, Bulk results). */
export type BulkItemResult = {
  /** Set when the outcome is FAILED. */
  error?: Maybe<BulkItemError>;
  /** The global id of the item as sent. */
  id: Scalars['ID']['output'];
  outcome: BulkOutcome;
};

/** What a bulk mutation did to one item. CHANGED or UNCHANGED: what was done (in a dry run: what would be); FAILED: the item was refused (see `error`); NOT_APPLIED: nothing was done to it because an atomic batch was refused for another item. */
export type BulkOutcome =
  | 'CHANGED'
  | 'FAILED'
  | 'NOT_APPLIED'
  | 'UNCHANGED';

export type CancelAccessRequestInput = {
  accessRequestId: Scalars['ID']['input'];
};

export type ChangeClientSeatsInput = {
  /** New number of assigned seats; never below the seats in use. */
  assigned: Scalars['Int']['input'];
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  organizationId: Scalars['ID']['input'];
};

export type ChangeClientSeatsPayload = {
  __typename?: 'ChangeClientSeatsPayload';
  organization: Organization;
};

export type ChangeMemberLicenseInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  license: LicenseSwitch;
  organizationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type ChangeMemberRoleInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  organizationId: Scalars['ID']['input'];
  role: OrgRole;
  userId: Scalars['ID']['input'];
};

/** Sort of the clients list by one of its columns (R-PR-1). */
export type ClientOrder = {
  direction?: SortDirection;
  field: ClientSortField;
};

export type ClientPermission =
  | 'CONTACTS_EDIT'
  | 'PARTNER_EMPLOYEES_MANAGE'
  | 'REPORTS_VIEW'
  | 'SETTINGS_EDIT'
  | 'USERS_MANAGE';

export type ClientSortField =
  | 'ASSIGNED'
  | 'NAME'
  | 'PLAN'
  | 'REMAINING'
  | 'USED';

export type CompleteAccessReviewInput = {
  accessReviewId: Scalars['ID']['input'];
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
};

export type CompleteAccessReviewPayload = {
  __typename?: 'CompleteAccessReviewPayload';
  accessReview: AccessReview;
  /** Every item, with what applying did to it. */
  items: Array<AccessReviewItem>;
};

export type ContentPackage = Node & {
  __typename?: 'ContentPackage';
  /** The package content (the download). */
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  publishedAt: Scalars['DateTimeISO']['output'];
  title: Scalars['String']['output'];
};

export type ContentPackageConnection = {
  __typename?: 'ContentPackageConnection';
  edges: Array<ContentPackageEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ContentPackageEdge = {
  __typename?: 'ContentPackageEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: ContentPackage;
};

export type ContentPackagePayload = {
  __typename?: 'ContentPackagePayload';
  contentPackage: ContentPackage;
};

export type CopyEngagementParticipantsInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** The engagement to add the participants to. */
  engagementId: Scalars['ID']['input'];
  /** The engagement to copy from (find it by name). */
  sourceEngagementId: Scalars['ID']['input'];
  /** Participants of the source to copy. */
  userIds: Array<Scalars['ID']['input']>;
};

export type CreateAccessLinkInput = {
  clientOrganizationId: Scalars['ID']['input'];
  /** Another employee, when a partner admin sends the link on their behalf. */
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Your partner, if you work for several. */
  partnerOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The permission set asked for. */
  permissionSetId: Scalars['ID']['input'];
};

export type CreateAccessReviewInput = {
  /** When the decisions apply (at most 365 days ahead). */
  dueAt: Scalars['DateTimeISO']['input'];
  kind: AccessReviewKind;
  /** Defaults to the scope and kind. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** What the kind covers: an Engagement (ENGAGEMENT_PARTICIPANTS), a Program (PROGRAM_GROUPS) or an Organization. */
  scopeId: Scalars['ID']['input'];
  /** What happens at the due date to items nobody decided. */
  undecided?: UndecidedOutcome;
};

export type CreateClientOrganizationInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** The provider or partner organization that will manage the client. */
  managerId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  plan: Plan;
  /** Seats assigned to the client. */
  seats: Scalars['Int']['input'];
};

export type CreateClientOrganizationPayload = {
  __typename?: 'CreateClientOrganizationPayload';
  organization: Organization;
  relationship: ManagedRelationship;
};

export type CreateEngagementInput = {
  acceptsFeedback?: Scalars['Boolean']['input'];
  /** Organizations the engagement is offered to (R-EN-2). */
  audienceOrganizationIds?: Array<Scalars['ID']['input']>;
  /** Join directly, request access, or neither (R-EN-3). */
  joinPolicy: JoinPolicy;
  name: Scalars['String']['input'];
  programId: Scalars['ID']['input'];
  /** Terms accepted on joining. */
  termsOfUse?: InputMaybe<Scalars['String']['input']>;
};

export type CreateExportLinkInput = {
  /** For ENGAGEMENT_PARTICIPANTS. */
  engagementId?: InputMaybe<Scalars['ID']['input']>;
  /** The directory filter (ORGANIZATION_DIRECTORY only), fixed into the link. */
  filter?: InputMaybe<DirectoryFilterInput>;
  kind: ExportKind;
  /** For ORGANIZATION_DIRECTORY. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateExportLinkPayload = {
  __typename?: 'CreateExportLinkPayload';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** GET it without an Authorization header (a plain link): the CSV, as an attachment. Works for this viewer, this export and these filters only, until expiresAt. */
  url: Scalars['String']['output'];
};

export type CreatePermissionSetInput = {
  name: Scalars['String']['input'];
  /** The client account. */
  organizationId: Scalars['ID']['input'];
  permissions: Array<ClientPermission>;
};

export type CreateProgramInput = {
  description?: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** The host organization. */
  organizationId: Scalars['ID']['input'];
};

export type CreateScimTokenInput = {
  /** A label, e.g. the identity provider (at most 100 characters). */
  name: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};

export type CreateScimTokenPayload = {
  __typename?: 'CreateScimTokenPayload';
  scimToken: ScimToken;
  /** The bearer secret for /scim/v2, shown this once: only its hash is stored. Put it into the identity provider now. */
  secret: Scalars['String']['output'];
};

export type CreateTeamInput = {
  invitePolicy?: TeamInvitePolicy;
  name: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  privacy?: TeamPrivacy;
};

export type DecideAccessLinkInput = {
  accessLinkId: Scalars['ID']['input'];
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** On approval: when the relationship ends unless renewed (at most MAX_RELATIONSHIP_DAYS ahead; issue 21). */
  relationshipExpiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type DecideAccessRequestInput = {
  accessRequestId: Scalars['ID']['input'];
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** Optional note to the requester. */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type DecideAccessReviewItemsInput = {
  /** 1 to 50 decisions. */
  decisions: Array<AccessReviewDecisionInput>;
};

export type DecideAccessReviewItemsPayload = {
  __typename?: 'DecideAccessReviewItemsPayload';
  /** One per decision, in input order. */
  results: Array<AccessReviewDecisionResult>;
};

export type DecideTeamJoinRequestInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  requestId: Scalars['ID']['input'];
};

/** Directory filters (R-DI-4). */
export type DirectoryFilterInput = {
  /** With a window or date: true for active in it (default), false for inactive. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Activity in the last 30 to 180 days. */
  activity?: InputMaybe<ActivityWindow>;
  /** Activity since a date (instead of a window). */
  activitySince?: InputMaybe<Scalars['DateTimeISO']['input']>;
  hideInvited?: InputMaybe<Scalars['Boolean']['input']>;
  licenses?: InputMaybe<Array<License>>;
  roles?: InputMaybe<Array<OrgRole>>;
  /** Partial name or email. */
  search?: InputMaybe<Scalars['String']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type Engagement = Node & {
  __typename?: 'Engagement';
  acceptsFeedback: Scalars['Boolean']['output'];
  /** Access requests, newest first; Power Users see their own organization's (R-AR-1, R-PU-1). */
  accessRequests?: Maybe<AccessRequestConnection>;
  /** Organizations the engagement is offered to (engagement managers). */
  audience?: Maybe<Array<OrganizationRef>>;
  /** Published content, newest first (R-EN-4). */
  contentPackages?: Maybe<ContentPackageConnection>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** All feedback (engagement managers). */
  feedback?: Maybe<FeedbackConnection>;
  id: Scalars['ID']['output'];
  joinPolicy: JoinPolicy;
  /** Group members with last access date (R-IN-2); Power Users see their own organization only. */
  members?: Maybe<GroupMembershipConnection>;
  name: Scalars['String']['output'];
  /** Users of one organization matching a partial name or email, to add as participants (R-MB-1). Power Users search their own organization only (R-PU-3). */
  participantCandidates?: Maybe<UserConnection>;
  program: Program;
  termsOfUse?: Maybe<Scalars['String']['output']>;
  /** The viewer's latest access request here, with its outcome (R-AR-1). */
  viewerAccessRequest?: Maybe<AccessRequest>;
  /** What you may do here: one Boolean per action of the permission matrix. */
  viewerCan: EngagementViewerCan;
  /** The viewer's own feedback. */
  viewerFeedback: FeedbackConnection;
  /** The viewer's groups in this engagement. */
  viewerGroups: Array<GroupKind>;
};


export type EngagementAccessRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AccessRequestStatus>;
};


export type EngagementContentPackagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type EngagementFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type EngagementMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<GroupKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type EngagementParticipantCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  search: Scalars['String']['input'];
};


export type EngagementViewerFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type EngagementConnection = {
  __typename?: 'EngagementConnection';
  edges: Array<EngagementEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EngagementEdge = {
  __typename?: 'EngagementEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: Engagement;
};

export type EngagementGroup =
  | 'ENGAGEMENT_OWNER'
  | 'PARTICIPANT'
  | 'POWER_USER';

export type EngagementPayload = {
  __typename?: 'EngagementPayload';
  engagement: Engagement;
};

/** What the viewer may do on this engagement, from the permission matrix; on an engagement a field is true only when its mutation would not refuse (join policy, feedback accepted, already participating or waiting for a decision). */
export type EngagementViewerCan = {
  __typename?: 'EngagementViewerCan';
  /** Search users and add them as participants; Power Users only their own organization's users. (R-PU-1, R-PU-3, R-MB-1, R-MB-4, R-US-1) */
  addParticipants: Scalars['Boolean']['output'];
  /** Add Power Users for an organization. (R-PU-2) */
  addPowerUsers: Scalars['Boolean']['output'];
  /** Open an access review of the engagement's participants, with a due date (owners; issue 21). (R-EN-1, R-MB-2, R-IN-2) */
  createAccessReview: Scalars['Boolean']['output'];
  /** Approve or deny an access request; Power Users only their own organization's requests. (R-AR-1, R-PU-1) */
  decideAccessRequests: Scalars['Boolean']['output'];
  /** Export the participant list as CSV; Power Users export their own organization's participants. (R-MB-3, R-PU-1) */
  exportParticipants: Scalars['Boolean']['output'];
  /** Join an open engagement offered to your organization, accepting its terms. (R-EN-3) */
  join: Scalars['Boolean']['output'];
  /** Add and remove Engagement Owners (host-organization users only). (R-EN-1) */
  manageOwners: Scalars['Boolean']['output'];
  /** Publish a content package to the engagement. (R-EN-1) */
  publishContent: Scalars['Boolean']['output'];
  /** See the engagement overview: its members, the host organization, and the organizations it is offered to. (R-EN-2, R-EN-4) */
  read: Scalars['Boolean']['output'];
  /** List the engagement's access requests; Power Users see their own organization's requests only. (R-AR-1, R-PU-1) */
  readAccessRequests: Scalars['Boolean']['output'];
  /** List and download the engagement's content. (R-EN-4) */
  readContent: Scalars['Boolean']['output'];
  /** Read all of the engagement's feedback. (R-EN-1, R-EN-4) */
  readFeedback: Scalars['Boolean']['output'];
  /** See the engagement's group members and their last access date; Power Users see their own organization's members only. (R-IN-2, R-PU-1, R-PU-3) */
  readMembers: Scalars['Boolean']['output'];
  /** Remove participants; Power Users only their own organization's participants. (R-PU-1, R-MB-2) */
  removeParticipants: Scalars['Boolean']['output'];
  /** Remove Power Users. (R-PU-2) */
  removePowerUsers: Scalars['Boolean']['output'];
  /** Request access to an engagement offered to your organization, with a justification. (R-EN-3, R-AR-1) */
  requestAccess: Scalars['Boolean']['output'];
  /** Submit feedback, where the engagement accepts feedback. (R-EN-4) */
  submitFeedback: Scalars['Boolean']['output'];
  /** Change the engagement: name, join policy, terms of use, feedback, audience. (R-EN-1, R-EN-3) */
  update: Scalars['Boolean']['output'];
};

/** ORGANIZATION_DIRECTORY: the filtered user directory (R-DI-3); ENGAGEMENT_PARTICIPANTS: the participant list (R-MB-3). */
export type ExportKind =
  | 'ENGAGEMENT_PARTICIPANTS'
  | 'ORGANIZATION_DIRECTORY';

export type Feedback = Node & {
  __typename?: 'Feedback';
  author: UserRef;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type FeedbackConnection = {
  __typename?: 'FeedbackConnection';
  edges: Array<FeedbackEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type FeedbackEdge = {
  __typename?: 'FeedbackEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: Feedback;
};

export type FeedbackPayload = {
  __typename?: 'FeedbackPayload';
  feedback: Feedback;
};

/** One way a user holds an action: its grant path. */
export type GrantPathInfo = {
  __typename?: 'GrantPathInfo';
  /** The holding, in words with names. */
  description: Scalars['String']['output'];
  /** The matrix scope that matched: organization, manager, engagement, ... */
  scope: Scalars['String']['output'];
};

export type GroupKind =
  | 'ENGAGEMENT_CREATOR'
  | 'ENGAGEMENT_OWNER'
  | 'PACKAGE_PUBLISHER'
  | 'PARTICIPANT'
  | 'POWER_USER'
  | 'PROGRAM_OWNER';

export type GroupMembership = Node & {
  __typename?: 'GroupMembership';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Null for program-scope groups. */
  engagement?: Maybe<Engagement>;
  /** When the membership ends unless renewed (a guest after GUEST_MEMBERSHIP_DAYS; issue 21). */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  group: GroupKind;
  id: Scalars['ID']['output'];
  /** Last access to the portal (R-IN-2). */
  lastAccessAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The organization the member acts for. */
  organizationName: Scalars['String']['output'];
  program: Program;
  status: GroupMembershipStatus;
  /** When the member accepted the terms of use on joining (R-EN-3). */
  termsAcceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  user: User;
  /** What you may do here: one Boolean per action of the permission matrix. */
  viewerCan: GroupMembershipViewerCan;
};

export type GroupMembershipConnection = {
  __typename?: 'GroupMembershipConnection';
  edges: Array<GroupMembershipEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type GroupMembershipEdge = {
  __typename?: 'GroupMembershipEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: GroupMembership;
};

export type GroupMembershipStatus =
  | 'ACTIVE'
  | 'DEACTIVATED';

/** What the viewer may do on this group membership. */
export type GroupMembershipViewerCan = {
  __typename?: 'GroupMembershipViewerCan';
  /** Remove it (R-PU-1, R-PU-2, R-EN-1). */
  remove: Scalars['Boolean']['output'];
};

export type InviteToTeamInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
};

export type JoinEngagementInput = {
  /** Required true when the engagement has terms of use (R-EN-3). */
  acceptTerms: Scalars['Boolean']['input'];
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  engagementId: Scalars['ID']['input'];
  /** Which of your organizations you act for, when several are in the audience. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

export type JoinEngagementPayload = {
  __typename?: 'JoinEngagementPayload';
  membership: GroupMembership;
};

export type JoinPolicy =
  | 'APPROVAL'
  | 'CLOSED'
  | 'OPEN';

export type JoinRequestStatus =
  | 'APPROVED'
  | 'DENIED'
  | 'PENDING';

export type License =
  | 'FREE'
  | 'FULL'
  | 'RESTRICTED_FREE';

/** A license change (R-DI-5, R-BK-1), named TO_ or REVOKE_ followed by the License or OrgRole value it leads to or takes away: TO_FULL gives a FULL license (a GUEST becomes a MEMBER); TO_GUEST makes a GUEST with a FREE license; TO_RESTRICTED_FREE changes the license only; REVOKE_RESTRICTED_FREE gives back the license the role allows (FULL for a member, FREE for a guest). */
export type LicenseSwitch =
  | 'REVOKE_RESTRICTED_FREE'
  | 'TO_FULL'
  | 'TO_GUEST'
  | 'TO_RESTRICTED_FREE';

export type ManagedRelationship = Node & {
  __typename?: 'ManagedRelationship';
  /** Null when the viewer may not see the client. */
  client?: Maybe<Organization>;
  createdAt: Scalars['DateTimeISO']['output'];
  endsAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the relationship ends unless the client's super admin renews it (set at approval; issue 21). */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  lastPartnerActivityAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Null when the viewer may not see the manager. */
  manager?: Maybe<Organization>;
  /** The managing organization's name, shown to the client. */
  managerName: Scalars['String']['output'];
  status: RelationshipStatus;
};

export type ManagedRelationshipConnection = {
  __typename?: 'ManagedRelationshipConnection';
  edges: Array<ManagedRelationshipEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ManagedRelationshipEdge = {
  __typename?: 'ManagedRelationshipEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: ManagedRelationship;
};

export type MemberStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'INVITED';

/** What happened to one user (`id`) of a membership change: CHANGED (added, reactivated or removed) or UNCHANGED (already a member, or not one). */
export type MembershipChangeResult = BulkItemResult & {
  __typename?: 'MembershipChangeResult';
  /** Set when the outcome is FAILED. */
  error?: Maybe<BulkItemError>;
  /** The global id of the item as sent. */
  id: Scalars['ID']['output'];
  membership?: Maybe<GroupMembership>;
  outcome: BulkOutcome;
  user: User;
};

export type MembershipChangesPayload = {
  __typename?: 'MembershipChangesPayload';
  /** One per user, in input order. */
  results: Array<MembershipChangeResult>;
};

/** A program or engagement group membership changed. The object fields are the Node types of queries, resolved and authorized as a query would. */
export type MembershipEvent = {
  __typename?: 'MembershipEvent';
  /** Where this event stands in the stream: pass it as `after` when subscribing again to receive what followed it. */
  cursor: Scalars['String']['output'];
  /** Null for program-scope groups. */
  engagement?: Maybe<Engagement>;
  group: GroupKind;
  /** The organization the member acts for; null when not visible. */
  memberOrganization?: Maybe<Organization>;
  /** The membership as it is now; null once removed. */
  membership?: Maybe<GroupMembership>;
  /** Global id of the GroupMembership, also after REMOVED (then `membership` is null): a cache evicts `GroupMembership:<id>`. */
  membershipId: Scalars['ID']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  program: Program;
  type: MembershipEventType;
  user: User;
};

export type MembershipEventType =
  | 'ADDED'
  | 'DEACTIVATED'
  | 'EXPIRY_CHANGED'
  | 'REMOVED'
  | 'ROLE_CHANGED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Accept your own invitation within 30 days: you become an active member. */
  acceptInvitation: OrganizationMemberPayload;
  /** Add users of one organization to an engagement group: participants (owners, and Power Users for their own organization, R-PU-1), Power Users (owners only, R-PU-2) or owners (host users, R-EN-1). */
  addEngagementMembers: MembershipChangesPayload;
  /** Onboard a user by email: add as active or invite; occupies a seat (R-PR-3, R-PR-4). */
  addOrganizationMember: OrganizationMemberPayload;
  /** Add partner employees to a client account with a permission set you fully hold (R-PA-3, R-PA-5). */
  addPartnerEmployees: PartnerEmployeesPayload;
  /** Add host-organization users to a program group (Program Owners only, R-EN-1). */
  addProgramMembers: MembershipChangesPayload;
  /** Approve an access link: the employee becomes partner admin (client super admins). */
  approveAccessLink: AccessLinkPayload;
  /** Approve a pending request: the requester becomes a participant (R-AR-1). */
  approveAccessRequest: AccessRequestPayload;
  /** Approve a join request. */
  approveTeamJoinRequest: TeamJoinRequestPayload;
  /** Bulk change of at most 50 users (R-BK-1): one result per user, dryRun, atomic, idempotencyKey. */
  batchUpdateMembers: BatchUpdateMembersPayload;
  /** Cancel your own pending request. */
  cancelAccessRequest: AccessRequestPayload;
  /** Change a client's assigned seats, never below used (R-PR-3, R-PR-4). */
  changeClientSeats: ChangeClientSeatsPayload;
  /** Switch one member's license (R-DI-5). */
  changeMemberLicense: OrganizationMemberPayload;
  /** Change a member's role (R-PR-3); never demotes the last super admin (R-PA-8). */
  changeMemberRole: OrganizationMemberPayload;
  /** Change a partner employee's permission set; you add and remove only permissions you hold (R-PA-5). */
  changePartnerEmployeePermissions: PartnerEmployeePayload;
  /** Complete a review now: its decisions (undecided items as the review says) apply in one audited step; dryRun shows what would change (issue 21). */
  completeAccessReview: CompleteAccessReviewPayload;
  /** Copy participants from another engagement (R-MB-4). */
  copyEngagementParticipants: MembershipChangesPayload;
  /** Send a client an access link to become its partner admin, for yourself or (as a partner admin) for another employee (R-PA-2). */
  createAccessLink: AccessLinkPayload;
  /** Open an access review of a scope you manage, with a due date and what happens to undecided items (issue 21). */
  createAccessReview: AccessReviewPayload;
  /** Create a client organization managed by a provider or partner (R-PR-2). */
  createClientOrganization: CreateClientOrganizationPayload;
  /** Create an engagement in a program; you become its Engagement Owner (R-EN-1). */
  createEngagement: EngagementPayload;
  /** A link that downloads a CSV export in a browser without an Authorization header (issue 16): the same permission as the export, checked now and again when the link is followed; valid 5 minutes. */
  createExportLink: CreateExportLinkPayload;
  /** Create a permission set in a client account (R-PA-3, R-PA-5). */
  createPermissionSet: PermissionSetPayload;
  /** Create a program in a host organization; you become its Program Owner. */
  createProgram: ProgramPayload;
  /** A bearer token for SCIM 2.0 provisioning of the organization at /scim/v2 (super admins only, never partner admins: R-PA-10). The secret is returned once. */
  createScimToken: CreateScimTokenPayload;
  /** Create a team; you become its admin. */
  createTeam: TeamPayload;
  /** Deactivate a member: frees its seat, keeps its history (R-DI-5). */
  deactivateMember: OrganizationMemberPayload;
  /** Deactivate partner employees; the relationship stays (R-PA-7). */
  deactivatePartnerEmployees: PartnerEmployeesPayload;
  /** Decide one item: APPROVE or REMOVE, with a justification; final (issue 21). */
  decideAccessReviewItem: AccessReviewItemPayload;
  /** Decide 1 to 50 items at once; one result per item (issue 21). */
  decideAccessReviewItems: DecideAccessReviewItemsPayload;
  /** Deny a pending request (R-AR-1). */
  denyAccessRequest: AccessRequestPayload;
  /** Deny a join request. */
  denyTeamJoinRequest: TeamJoinRequestPayload;
  /** Invite a new person into the organization and this team (team admins; members when the invite settings allow, R-DI-2). */
  inviteToTeam: OrganizationMemberPayload;
  /** Join an open engagement offered to your organization, accepting its terms (R-EN-3). */
  joinEngagement: JoinEngagementPayload;
  /** Join an open team (R-DI-7). */
  joinTeam: TeamMemberPayload;
  /** Link an existing user of the client account to your partner (R-PA-4). */
  linkPartnerEmployee: PartnerEmployeePayload;
  /** Publish a content package to an engagement (Package Publishers, R-EN-1). */
  publishContentPackage: ContentPackagePayload;
  /** Reactivate a member: takes a seat (R-DI-5, R-PR-4). */
  reactivateMember: OrganizationMemberPayload;
  /** Restore your own program and engagement access that was deactivated after 180 days without access (R-IN-1). */
  reactivateMyAccess: ReactivateMyAccessPayload;
  /** Reactivate partner employees (partner admins only, R-PA-7). */
  reactivatePartnerEmployees: PartnerEmployeesPayload;
  /** Reject an access link. */
  rejectAccessLink: AccessLinkPayload;
  /** Remove users from an engagement group; their accounts and other engagements are untouched (R-MB-2). */
  removeEngagementMembers: MembershipChangesPayload;
  /** Offboard a user; frees its seat. Never the last super admin (R-PA-8). */
  removeOrganizationMember: RemoveOrganizationMemberPayload;
  /** Remove partner employees from one or several client accounts; dryRun first shows every client and the assets involved (R-PA-6, R-PA-7). */
  removePartnerEmployees: RemovePartnerEmployeesPayload;
  /** Remove users from a program group (Program Owners only). */
  removeProgramMembers: MembershipChangesPayload;
  /** Remove a user from a team (or leave it). */
  removeTeamMember: RemovedPayload;
  /** Renew a partner or provider relationship before it expires (the client's super admins; issue 21). */
  renewRelationship: RelationshipPayload;
  /** Request access to an engagement that asks for approval, with a justification (R-EN-3, R-AR-1). */
  requestEngagementAccess: AccessRequestPayload;
  /** Ask to join a discoverable team (R-DI-7). */
  requestToJoinTeam: TeamJoinRequestPayload;
  /** Send an invitation again; its 30 days start over (R-BK-2). */
  resendInvitation: OrganizationMemberPayload;
  /** Revoke a pending invitation; frees its seat. */
  revokeInvitation: RemoveOrganizationMemberPayload;
  /** Revokes a SCIM token: it authorizes nothing from now on (R-PA-10). */
  revokeScimToken: RevokeScimTokenPayload;
  /** Set or clear the end of engagement group memberships (issue 21), with the rights of adding to the group (Power Users: own participants, R-PU-1). */
  setEngagementMemberExpiry: MembershipChangesPayload;
  /** Set one member's teams (R-DI-5). */
  setMemberTeams: OrganizationMemberPayload;
  /** Set or clear the end of a membership (issue 21); the warnings start again. Same rights as changing the member's role. */
  setOrganizationMemberExpiry: OrganizationMemberPayload;
  /** Give or take away a partner employee's reports access; no permission set grants it (R-PA-9). */
  setPartnerReportsAccess: PartnerEmployeePayload;
  /** Set or clear the end of program group memberships (Program Owners; issue 21). */
  setProgramMemberExpiry: MembershipChangesPayload;
  /** Add users to a team, or promote / revoke team admins (R-DI-2). */
  setTeamMembers: TeamMembersPayload;
  /** Submit feedback as a participant, where the engagement accepts it (R-EN-4). */
  submitFeedback: FeedbackPayload;
  /** Switch yourself from super admin to partner admin, optionally keeping billing; never the last super admin (R-PA-8). */
  switchToPartnerAdmin: PartnerEmployeePayload;
  /** Update billing information (R-PR-3, R-PA-1). */
  updateBillingInformation: UpdateBillingInformationPayload;
  /** Change an engagement's settings, join policy, terms, feedback or audience. */
  updateEngagement: EngagementPayload;
  /** Edit your own feedback (R-EN-4). */
  updateFeedback: FeedbackPayload;
  /** Change a program's name or description. */
  updateProgram: ProgramPayload;
  /** Change name, privacy (R-DI-7) or who may invite (R-DI-2). */
  updateTeam: TeamPayload;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddEngagementMembersArgs = {
  input: AddEngagementMembersInput;
};


export type MutationAddOrganizationMemberArgs = {
  input: AddOrganizationMemberInput;
};


export type MutationAddPartnerEmployeesArgs = {
  input: AddPartnerEmployeesInput;
};


export type MutationAddProgramMembersArgs = {
  input: AddProgramMembersInput;
};


export type MutationApproveAccessLinkArgs = {
  input: DecideAccessLinkInput;
};


export type MutationApproveAccessRequestArgs = {
  input: DecideAccessRequestInput;
};


export type MutationApproveTeamJoinRequestArgs = {
  input: DecideTeamJoinRequestInput;
};


export type MutationBatchUpdateMembersArgs = {
  input: BatchUpdateMembersInput;
};


export type MutationCancelAccessRequestArgs = {
  input: CancelAccessRequestInput;
};


export type MutationChangeClientSeatsArgs = {
  input: ChangeClientSeatsInput;
};


export type MutationChangeMemberLicenseArgs = {
  input: ChangeMemberLicenseInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationChangePartnerEmployeePermissionsArgs = {
  input: PartnerEmployeeInput;
};


export type MutationCompleteAccessReviewArgs = {
  input: CompleteAccessReviewInput;
};


export type MutationCopyEngagementParticipantsArgs = {
  input: CopyEngagementParticipantsInput;
};


export type MutationCreateAccessLinkArgs = {
  input: CreateAccessLinkInput;
};


export type MutationCreateAccessReviewArgs = {
  input: CreateAccessReviewInput;
};


export type MutationCreateClientOrganizationArgs = {
  input: CreateClientOrganizationInput;
};


export type MutationCreateEngagementArgs = {
  input: CreateEngagementInput;
};


export type MutationCreateExportLinkArgs = {
  input: CreateExportLinkInput;
};


export type MutationCreatePermissionSetArgs = {
  input: CreatePermissionSetInput;
};


export type MutationCreateProgramArgs = {
  input: CreateProgramInput;
};


export type MutationCreateScimTokenArgs = {
  input: CreateScimTokenInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationDeactivateMemberArgs = {
  input: OrganizationMemberRefInput;
};


export type MutationDeactivatePartnerEmployeesArgs = {
  input: PartnerEmployeesInput;
};


export type MutationDecideAccessReviewItemArgs = {
  input: AccessReviewDecisionInput;
};


export type MutationDecideAccessReviewItemsArgs = {
  input: DecideAccessReviewItemsInput;
};


export type MutationDenyAccessRequestArgs = {
  input: DecideAccessRequestInput;
};


export type MutationDenyTeamJoinRequestArgs = {
  input: DecideTeamJoinRequestInput;
};


export type MutationInviteToTeamArgs = {
  input: InviteToTeamInput;
};


export type MutationJoinEngagementArgs = {
  input: JoinEngagementInput;
};


export type MutationJoinTeamArgs = {
  input: TeamRefInput;
};


export type MutationLinkPartnerEmployeeArgs = {
  input: PartnerEmployeeInput;
};


export type MutationPublishContentPackageArgs = {
  input: PublishContentPackageInput;
};


export type MutationReactivateMemberArgs = {
  input: OrganizationMemberRefInput;
};


export type MutationReactivateMyAccessArgs = {
  dryRun?: Scalars['Boolean']['input'];
};


export type MutationReactivatePartnerEmployeesArgs = {
  input: PartnerEmployeesInput;
};


export type MutationRejectAccessLinkArgs = {
  input: DecideAccessLinkInput;
};


export type MutationRemoveEngagementMembersArgs = {
  input: RemoveEngagementMembersInput;
};


export type MutationRemoveOrganizationMemberArgs = {
  input: OrganizationMemberRefInput;
};


export type MutationRemovePartnerEmployeesArgs = {
  input: RemovePartnerEmployeesInput;
};


export type MutationRemoveProgramMembersArgs = {
  input: RemoveProgramMembersInput;
};


export type MutationRemoveTeamMemberArgs = {
  input: TeamUserInput;
};


export type MutationRenewRelationshipArgs = {
  input: RenewRelationshipInput;
};


export type MutationRequestEngagementAccessArgs = {
  input: RequestEngagementAccessInput;
};


export type MutationRequestToJoinTeamArgs = {
  input: TeamRefInput;
};


export type MutationResendInvitationArgs = {
  input: OrganizationMemberRefInput;
};


export type MutationRevokeInvitationArgs = {
  input: OrganizationMemberRefInput;
};


export type MutationRevokeScimTokenArgs = {
  input: RevokeScimTokenInput;
};


export type MutationSetEngagementMemberExpiryArgs = {
  input: SetEngagementMemberExpiryInput;
};


export type MutationSetMemberTeamsArgs = {
  input: SetMemberTeamsInput;
};


export type MutationSetOrganizationMemberExpiryArgs = {
  input: SetOrganizationMemberExpiryInput;
};


export type MutationSetPartnerReportsAccessArgs = {
  input: SetReportsAccessInput;
};


export type MutationSetProgramMemberExpiryArgs = {
  input: SetProgramMemberExpiryInput;
};


export type MutationSetTeamMembersArgs = {
  input: SetTeamMembersInput;
};


export type MutationSubmitFeedbackArgs = {
  input: SubmitFeedbackInput;
};


export type MutationSwitchToPartnerAdminArgs = {
  input: SwitchToPartnerAdminInput;
};


export type MutationUpdateBillingInformationArgs = {
  input: UpdateBillingInformationInput;
};


export type MutationUpdateEngagementArgs = {
  input: UpdateEngagementInput;
};


export type MutationUpdateFeedbackArgs = {
  input: UpdateFeedbackInput;
};


export type MutationUpdateProgramArgs = {
  input: UpdateProgramInput;
};


export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};

/** An object with an opaque, globally unique id. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type Notification = Node & {
  __typename?: 'Notification';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: NotificationStatus;
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationKind =
  | 'ACCESS_DENIED'
  | 'ACCESS_GRANTED'
  | 'ACCESS_LINK_APPROVED'
  | 'ACCESS_REQUESTED'
  | 'ACCESS_REVIEW_REMINDER'
  | 'ENGAGEMENT_INVITATION'
  | 'INACTIVITY_DEACTIVATED'
  | 'INACTIVITY_WARNING'
  | 'MEMBERSHIP_EXPIRING'
  | 'ORGANIZATION_INVITATION'
  | 'RELATIONSHIP_EXPIRING';

export type NotificationStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENDING'
  | 'SENT';

export type OrgRole =
  | 'ADMIN'
  | 'GUEST'
  | 'MEMBER'
  | 'PARTNER_ADMIN'
  | 'SERVICE_USER';

export type Organization = Node & {
  __typename?: 'Organization';
  /** Access links sent to this client account, newest first (R-PA-2). */
  accessLinks?: Maybe<AccessLinkConnection>;
  /** The event log, newest first (R-PR-3). */
  auditEvents?: Maybe<AuditEventConnection>;
  /** Billing information (R-PR-3). */
  billing?: Maybe<Billing>;
  /** Client organizations this provider or partner manages (R-PR-1). */
  clients?: Maybe<OrganizationConnection>;
  createdAt: Scalars['DateTimeISO']['output'];
  defaultLicense: License;
  /** The user directory (R-DI-3, R-DI-4): filtered, active and deactivated members first, then invited users (R-BK-2). Also as CSV: GET /exports/organizations/<id>/directory.csv. */
  directory?: Maybe<OrganizationMemberConnection>;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  /** Providers and partners managing this organization. */
  managedBy?: Maybe<ManagedRelationshipConnection>;
  members?: Maybe<OrganizationMemberConnection>;
  name: Scalars['String']['output'];
  /** The client account's permission sets. */
  permissionSets?: Maybe<Array<PermissionSet>>;
  plan: Plan;
  /** A host organization's programs. */
  programs?: Maybe<ProgramConnection>;
  /** SCIM provisioning tokens, newest first, without their secrets (R-PA-10). */
  scimTokens?: Maybe<ScimTokenConnection>;
  seats?: Maybe<Seats>;
  teams?: Maybe<TeamConnection>;
  /** What you may do here: one Boolean per action of the permission matrix. */
  viewerCan: OrganizationViewerCan;
};


export type OrganizationAccessLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AccessLinkStatus>;
};


export type OrganizationAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ClientOrder>;
};


export type OrganizationDirectoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DirectoryFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationManagedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationScimTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationKind =
  | 'CLIENT'
  | 'COMPANY'
  | 'HOST'
  | 'PARTNER'
  | 'PROVIDER';

export type OrganizationMember = Node & {
  __typename?: 'OrganizationMember';
  /** A partner admin who kept billing permission when it switched (R-PA-8). */
  billingPermission: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the membership ends unless renewed (a guest after GUEST_MEMBERSHIP_DAYS; issue 21). */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  invitedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  lastActivityAt?: Maybe<Scalars['DateTimeISO']['output']>;
  license: License;
  /** Null when the viewer may not see the organization. */
  organization?: Maybe<Organization>;
  /** For a partner employee: the partner it works for. */
  partnerOrganization?: Maybe<OrganizationRef>;
  /** A partner admin's permission set (R-PA-3). */
  permissionSet?: Maybe<PermissionSet>;
  /** Holds reports access (REPORTS_VIEW) in this client account. A permission set never grants it; a super admin does, and a change of set keeps it (R-PA-9). */
  reportsAccess: Scalars['Boolean']['output'];
  role: OrgRole;
  status: MemberStatus;
  /** Number of teams in the organization (R-DI-3). */
  teamCount: Scalars['Int']['output'];
  /** While an existing user has not accepted the invitation, only the email and the name the inviting admin typed: their own profile stays private until they consent. */
  user: User;
  /** A partner employee with the partner's verified email domain (R-PA-3). */
  verified: Scalars['Boolean']['output'];
  /** What you may do here: one Boolean per action of the permission matrix. */
  viewerCan: OrganizationMemberViewerCan;
};

export type OrganizationMemberConnection = {
  __typename?: 'OrganizationMemberConnection';
  edges: Array<OrganizationMemberEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OrganizationMemberEdge = {
  __typename?: 'OrganizationMemberEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: OrganizationMember;
};

export type OrganizationMemberPayload = {
  __typename?: 'OrganizationMemberPayload';
  member: OrganizationMember;
};

export type OrganizationMemberRefInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  organizationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

/** What the viewer may do on this organization member. */
export type OrganizationMemberViewerCan = {
  __typename?: 'OrganizationMemberViewerCan';
  /** Change a partner employee's permission set (R-PA-5). */
  changePermissions: Scalars['Boolean']['output'];
  /** Change the role (R-PR-3; super admins: R-PA-1). */
  changeRole: Scalars['Boolean']['output'];
  /** Offboard the member, or remove the partner employee (R-PA-7). */
  remove: Scalars['Boolean']['output'];
  /** Switch yourself to partner admin (R-PA-8). */
  switchToPartnerAdmin: Scalars['Boolean']['output'];
};

/** An organization as shown on a record: id and name. */
export type OrganizationRef = {
  __typename?: 'OrganizationRef';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** What the viewer may do on this organization, from the permission matrix; on an engagement a field is true only when its mutation would not refuse (join policy, feedback accepted, already participating or waiting for a decision). */
export type OrganizationViewerCan = {
  __typename?: 'OrganizationViewerCan';
  /** Add partner employees with a permission set, link existing users, send links on an employee's behalf, change permission sets and reactivate employees (partner admins only). (R-PA-2, R-PA-3, R-PA-4, R-PA-5, R-PA-7) */
  addPartnerEmployees: Scalars['Boolean']['output'];
  /** Bulk changes on at most 50 users: teams, license, deactivation (company admins). (R-BK-1, R-BK-2, R-DI-5) */
  batchUpdateMembers: Scalars['Boolean']['output'];
  /** Add or remove a client organization's assigned seats (never below used). (R-PR-3, R-PR-4) */
  changeSeats: Scalars['Boolean']['output'];
  /** Open an access review of the organization's partner admins or guests (super admins, company admins). (R-PA-1, R-PA-7, R-DI-5) */
  createAccessReview: Scalars['Boolean']['output'];
  /** Create a client organization managed by this provider or partner. (R-PR-2) */
  createClient: Scalars['Boolean']['output'];
  /** Create a program in a host organization. (R-EN-1) */
  createProgram: Scalars['Boolean']['output'];
  /** Create a team in the organization. (R-DI-2, R-DI-7) */
  createTeam: Scalars['Boolean']['output'];
  /** Download the filtered directory as CSV, with last login (company admins only). (R-DI-3) */
  exportDirectory: Scalars['Boolean']['output'];
  /** Onboard (add or invite) and offboard the organization's users and change their roles and licenses. (R-PR-3, R-PA-1, R-DI-5) */
  manageMembers: Scalars['Boolean']['output'];
  /** Create permission sets; a partner admin only with permissions it holds itself (R-PA-5). (R-PA-3, R-PA-5) */
  managePermissionSets: Scalars['Boolean']['output'];
  /** Give or take away a partner employee’s reports access; no permission set grants it (client super admins). (R-PA-9, R-PA-1) */
  manageReportsAccess: Scalars['Boolean']['output'];
  /** Create, list and revoke the SCIM provisioning tokens of the organization (super admins only, never partner admins). (R-PA-10, R-DI-1) */
  manageScimTokens: Scalars['Boolean']['output'];
  /** Add, remove, promote or demote super admins (never the last one). (R-PA-1, R-PA-8) */
  manageSuperAdmins: Scalars['Boolean']['output'];
  /** See the organization: name, kind, plan. (R-PR-1, R-PR-3, R-PA-1) */
  read: Scalars['Boolean']['output'];
  /** List the access links sent to the client account. (R-PA-2) */
  readAccessLinks: Scalars['Boolean']['output'];
  /** See the billing information. (R-PR-3, R-PA-1, R-PA-8) */
  readBilling: Scalars['Boolean']['output'];
  /** List the client organizations this provider or partner manages. (R-PR-1, R-PA-1) */
  readClients: Scalars['Boolean']['output'];
  /** Read the user directory: role, license, teams, last activity and status, filtered (company admins). (R-DI-3, R-DI-4, R-BK-2) */
  readDirectory: Scalars['Boolean']['output'];
  /** Read the organization's event log (audit events); partner admins with reports access (R-PA-9). (R-PR-3, R-PA-9) */
  readEventLog: Scalars['Boolean']['output'];
  /** See which providers or partners manage this organization. (R-PA-7, R-PA-8) */
  readManagers: Scalars['Boolean']['output'];
  /** List the organization's members with role, license, status and last activity. (R-PR-3, R-DI-3, R-PA-1, R-PU-3) */
  readMembers: Scalars['Boolean']['output'];
  /** List the client account's permission sets. (R-PA-3) */
  readPermissionSets: Scalars['Boolean']['output'];
  /** List a host organization's programs. (R-EN-1) */
  readPrograms: Scalars['Boolean']['output'];
  /** See seats assigned, used and remaining. (R-PR-1, R-PR-4) */
  readSeats: Scalars['Boolean']['output'];
  /** List the organization's teams. (R-DI-2, R-DI-7) */
  readTeams: Scalars['Boolean']['output'];
  /** Deactivate or remove partner employees (super admins, partner admins who manage partner employees, the partner’s admins). (R-PA-6, R-PA-7) */
  removePartnerEmployees: Scalars['Boolean']['output'];
  /** Send a client an access link to become its partner admin (any partner employee). (R-PA-2) */
  requestPartnerAccess: Scalars['Boolean']['output'];
  /** Switch yourself from super admin to partner admin, optionally keeping billing. (R-PA-8) */
  switchToPartnerAdmin: Scalars['Boolean']['output'];
  /** Update the billing information (provider admins, super admins, partner admins who kept billing). (R-PR-3, R-PA-1, R-PA-8) */
  updateBilling: Scalars['Boolean']['output'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A partner employee (`id`, a User) in one client account and what it owns there: CHANGED, removed (in a dry run: would be). */
export type PartnerEmployeeAssets = BulkItemResult & {
  __typename?: 'PartnerEmployeeAssets';
  /** Engagement and program groups held for the client. */
  engagementGroups: Scalars['Int']['output'];
  /** Set when the outcome is FAILED. */
  error?: Maybe<BulkItemError>;
  /** The global id of the item as sent. */
  id: Scalars['ID']['output'];
  outcome: BulkOutcome;
  /** Access links it sent that are still pending. */
  pendingAccessLinks: Scalars['Int']['output'];
  status: MemberStatus;
  /** Teams of the client the employee administers. */
  teamsAdministered: Array<Scalars['String']['output']>;
  user: UserRef;
};

export type PartnerEmployeeInput = {
  clientOrganizationId: Scalars['ID']['input'];
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  permissionSetId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type PartnerEmployeePayload = {
  __typename?: 'PartnerEmployeePayload';
  member: OrganizationMember;
};

/** What the change did to one employee (`id`, a User): the change is all or nothing. */
export type PartnerEmployeeResult = BulkItemResult & {
  __typename?: 'PartnerEmployeeResult';
  /** Set when the outcome is FAILED. */
  error?: Maybe<BulkItemError>;
  /** The global id of the item as sent. */
  id: Scalars['ID']['output'];
  /** The membership as the change left it. */
  member: OrganizationMember;
  outcome: BulkOutcome;
};

export type PartnerEmployeesInput = {
  clientOrganizationId: Scalars['ID']['input'];
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  userIds: Array<Scalars['ID']['input']>;
};

export type PartnerEmployeesPayload = {
  __typename?: 'PartnerEmployeesPayload';
  /** @deprecated Use `results { member }`. */
  members: Array<OrganizationMember>;
  /** One per user, in input order. */
  results: Array<PartnerEmployeeResult>;
};

export type PartnerRemovalClient = {
  __typename?: 'PartnerRemovalClient';
  client: OrganizationRef;
  employees: Array<PartnerEmployeeAssets>;
  /** No employee of the partner would remain: the relationship ends in 60 days. */
  endsRelationship: Scalars['Boolean']['output'];
};

/** An action of the permission matrix (docs/permissions.md): `organization.changeSeats` is ORGANIZATION_CHANGE_SEATS. */
export type PermissionAction =
  /** accessLink.decide: Approve or reject an access link (client super admins). */
  | 'ACCESS_LINK_DECIDE'
  /** accessLink.read: See an access link: your own, or one to or from your organization. */
  | 'ACCESS_LINK_READ'
  /** accessRequest.cancel: Cancel your own pending access request. */
  | 'ACCESS_REQUEST_CANCEL'
  /** accessRequest.decide: Approve or deny an access request; Power Users only their own organization's requests. */
  | 'ACCESS_REQUEST_DECIDE'
  /** accessRequest.read: See an access request: your own, or one you may decide (Power Users: their own organization). */
  | 'ACCESS_REQUEST_READ'
  /** accessReview.complete: Complete a review before its due date: its decisions apply at once (who manages the scope). */
  | 'ACCESS_REVIEW_COMPLETE'
  /** accessReview.decide: Approve or remove a person's access in a review, with a justification; Power Users only their own organization's participants. */
  | 'ACCESS_REVIEW_DECIDE'
  /** accessReview.read: See an access review and the items you may decide (Power Users: their own organization’s). */
  | 'ACCESS_REVIEW_READ'
  /** contentPackage.read: See and download a content package. */
  | 'CONTENT_PACKAGE_READ'
  /** engagement.addParticipants: Search users and add them as participants; Power Users only their own organization's users. */
  | 'ENGAGEMENT_ADD_PARTICIPANTS'
  /** engagement.addPowerUsers: Add Power Users for an organization. */
  | 'ENGAGEMENT_ADD_POWER_USERS'
  /** engagement.createAccessReview: Open an access review of the engagement's participants, with a due date (owners; issue 21). */
  | 'ENGAGEMENT_CREATE_ACCESS_REVIEW'
  /** engagement.exportParticipants: Export the participant list as CSV; Power Users export their own organization's participants. */
  | 'ENGAGEMENT_EXPORT_PARTICIPANTS'
  /** engagement.join: Join an open engagement offered to your organization, accepting its terms. */
  | 'ENGAGEMENT_JOIN'
  /** engagement.manageOwners: Add and remove Engagement Owners (host-organization users only). */
  | 'ENGAGEMENT_MANAGE_OWNERS'
  /** engagement.publishContent: Publish a content package to the engagement. */
  | 'ENGAGEMENT_PUBLISH_CONTENT'
  /** engagement.read: See the engagement overview: its members, the host organization, and the organizations it is offered to. */
  | 'ENGAGEMENT_READ'
  /** engagement.readAccessRequests: List the engagement's access requests; Power Users see their own organization's requests only. */
  | 'ENGAGEMENT_READ_ACCESS_REQUESTS'
  /** engagement.readContent: List and download the engagement's content. */
  | 'ENGAGEMENT_READ_CONTENT'
  /** engagement.readFeedback: Read all of the engagement's feedback. */
  | 'ENGAGEMENT_READ_FEEDBACK'
  /** engagement.readMembers: See the engagement's group members and their last access date; Power Users see their own organization's members only. */
  | 'ENGAGEMENT_READ_MEMBERS'
  /** engagement.removeParticipants: Remove participants; Power Users only their own organization's participants. */
  | 'ENGAGEMENT_REMOVE_PARTICIPANTS'
  /** engagement.removePowerUsers: Remove Power Users. */
  | 'ENGAGEMENT_REMOVE_POWER_USERS'
  /** engagement.requestAccess: Request access to an engagement offered to your organization, with a justification. */
  | 'ENGAGEMENT_REQUEST_ACCESS'
  /** engagement.submitFeedback: Submit feedback, where the engagement accepts feedback. */
  | 'ENGAGEMENT_SUBMIT_FEEDBACK'
  /** engagement.update: Change the engagement: name, join policy, terms of use, feedback, audience. */
  | 'ENGAGEMENT_UPDATE'
  /** feedback.read: See feedback: your own, or all of an engagement you manage. */
  | 'FEEDBACK_READ'
  /** feedback.update: Edit your own feedback while you are a participant. */
  | 'FEEDBACK_UPDATE'
  /** organization.addPartnerEmployees: Add partner employees with a permission set, link existing users, send links on an employee's behalf, change permission sets and reactivate employees (partner admins only). */
  | 'ORGANIZATION_ADD_PARTNER_EMPLOYEES'
  /** organization.batchUpdateMembers: Bulk changes on at most 50 users: teams, license, deactivation (company admins). */
  | 'ORGANIZATION_BATCH_UPDATE_MEMBERS'
  /** organization.changeSeats: Add or remove a client organization's assigned seats (never below used). */
  | 'ORGANIZATION_CHANGE_SEATS'
  /** organization.createAccessReview: Open an access review of the organization's partner admins or guests (super admins, company admins). */
  | 'ORGANIZATION_CREATE_ACCESS_REVIEW'
  /** organization.createClient: Create a client organization managed by this provider or partner. */
  | 'ORGANIZATION_CREATE_CLIENT'
  /** organization.createProgram: Create a program in a host organization. */
  | 'ORGANIZATION_CREATE_PROGRAM'
  /** organization.createTeam: Create a team in the organization. */
  | 'ORGANIZATION_CREATE_TEAM'
  /** organization.exportDirectory: Download the filtered directory as CSV, with last login (company admins only). */
  | 'ORGANIZATION_EXPORT_DIRECTORY'
  /** organization.manageMembers: Onboard (add or invite) and offboard the organization's users and change their roles and licenses. */
  | 'ORGANIZATION_MANAGE_MEMBERS'
  /** organization.managePermissionSets: Create permission sets; a partner admin only with permissions it holds itself (R-PA-5). */
  | 'ORGANIZATION_MANAGE_PERMISSION_SETS'
  /** organization.manageReportsAccess: Give or take away a partner employee’s reports access; no permission set grants it (client super admins). */
  | 'ORGANIZATION_MANAGE_REPORTS_ACCESS'
  /** organization.manageScimTokens: Create, list and revoke the SCIM provisioning tokens of the organization (super admins only, never partner admins). */
  | 'ORGANIZATION_MANAGE_SCIM_TOKENS'
  /** organization.manageSuperAdmins: Add, remove, promote or demote super admins (never the last one). */
  | 'ORGANIZATION_MANAGE_SUPER_ADMINS'
  /** organization.read: See the organization: name, kind, plan. */
  | 'ORGANIZATION_READ'
  /** organization.readAccessLinks: List the access links sent to the client account. */
  | 'ORGANIZATION_READ_ACCESS_LINKS'
  /** organization.readBilling: See the billing information. */
  | 'ORGANIZATION_READ_BILLING'
  /** organization.readClients: List the client organizations this provider or partner manages. */
  | 'ORGANIZATION_READ_CLIENTS'
  /** organization.readDirectory: Read the user directory: role, license, teams, last activity and status, filtered (company admins). */
  | 'ORGANIZATION_READ_DIRECTORY'
  /** organization.readEventLog: Read the organization's event log (audit events); partner admins with reports access (R-PA-9). */
  | 'ORGANIZATION_READ_EVENT_LOG'
  /** organization.readManagers: See which providers or partners manage this organization. */
  | 'ORGANIZATION_READ_MANAGERS'
  /** organization.readMembers: List the organization's members with role, license, status and last activity. */
  | 'ORGANIZATION_READ_MEMBERS'
  /** organization.readPermissionSets: List the client account's permission sets. */
  | 'ORGANIZATION_READ_PERMISSION_SETS'
  /** organization.readPrograms: List a host organization's programs. */
  | 'ORGANIZATION_READ_PROGRAMS'
  /** organization.readSeats: See seats assigned, used and remaining. */
  | 'ORGANIZATION_READ_SEATS'
  /** organization.readTeams: List the organization's teams. */
  | 'ORGANIZATION_READ_TEAMS'
  /** organization.removePartnerEmployees: Deactivate or remove partner employees (super admins, partner admins who manage partner employees, the partner’s admins). */
  | 'ORGANIZATION_REMOVE_PARTNER_EMPLOYEES'
  /** organization.requestPartnerAccess: Send a client an access link to become its partner admin (any partner employee). */
  | 'ORGANIZATION_REQUEST_PARTNER_ACCESS'
  /** organization.switchToPartnerAdmin: Switch yourself from super admin to partner admin, optionally keeping billing. */
  | 'ORGANIZATION_SWITCH_TO_PARTNER_ADMIN'
  /** organization.updateBilling: Update the billing information (provider admins, super admins, partner admins who kept billing). */
  | 'ORGANIZATION_UPDATE_BILLING'
  /** program.createAccessReview: Open an access review of the program's groups, with a due date (program owners). */
  | 'PROGRAM_CREATE_ACCESS_REVIEW'
  /** program.createEngagement: Create an engagement in the program. */
  | 'PROGRAM_CREATE_ENGAGEMENT'
  /** program.manageGroups: Add and remove Program Owners, Engagement Creators and Package Publishers (host-organization users only). */
  | 'PROGRAM_MANAGE_GROUPS'
  /** program.read: See the program overview. */
  | 'PROGRAM_READ'
  /** program.readEngagements: List all of a program's engagements. */
  | 'PROGRAM_READ_ENGAGEMENTS'
  /** program.readMembers: See the program-level group members (Engagement Creators, Package Publishers, Program Owners) and their last access date. */
  | 'PROGRAM_READ_MEMBERS'
  /** program.update: Change the program's name and description. */
  | 'PROGRAM_UPDATE'
  /** relationship.read: See a managed relationship between a provider or partner and a client. */
  | 'RELATIONSHIP_READ'
  /** relationship.renew: Set or move a relationship's expiry, at most MAX_RELATIONSHIP_DAYS ahead (the client's super admins). */
  | 'RELATIONSHIP_RENEW'
  /** team.decideJoinRequests: Approve or deny requests to join the team. */
  | 'TEAM_DECIDE_JOIN_REQUESTS'
  /** team.invite: Invite new people into the team (members too, when the invite settings allow). */
  | 'TEAM_INVITE'
  /** team.join: Join an open team without approval. */
  | 'TEAM_JOIN'
  /** team.manageMembers: Add and remove team members, promote and revoke team admins. */
  | 'TEAM_MANAGE_MEMBERS'
  /** team.read: See the team and its members; private teams only their members and company admins. */
  | 'TEAM_READ'
  /** team.requestJoin: Ask to join a discoverable team. */
  | 'TEAM_REQUEST_JOIN'
  /** team.update: Change the team's name, privacy and invite settings. */
  | 'TEAM_UPDATE'
  /** user.read: See a user's profile: yourself, or a member of an organization whose members you may list (an existing user invited there shows its profile only once it accepts). */
  | 'USER_READ';

/** One grant of a matrix row. */
export type PermissionGrant = {
  __typename?: 'PermissionGrant';
  /** Organization or team roles, or groups. */
  holders: Array<Scalars['String']['output']>;
  /** Manager kinds it is limited to (empty: any). */
  managerKinds: Array<Scalars['String']['output']>;
  ownOrganizationOnly: Scalars['Boolean']['output'];
  permission?: Maybe<Scalars['String']['output']>;
  scope: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** One action of the permission matrix. */
export type PermissionMatrixRow = {
  __typename?: 'PermissionMatrixRow';
  action: PermissionAction;
  description: Scalars['String']['output'];
  grants: Array<PermissionGrant>;
  resource: Scalars['String']['output'];
  rules: Array<Scalars['String']['output']>;
};

export type PermissionSet = Node & {
  __typename?: 'PermissionSet';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  permissions: Array<ClientPermission>;
};

export type PermissionSetPayload = {
  __typename?: 'PermissionSetPayload';
  permissionSet: PermissionSet;
};

export type Plan =
  | 'ENTERPRISE'
  | 'FREE'
  | 'TEAMS';

export type Program = Node & {
  __typename?: 'Program';
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  /** The program's engagements, optionally by partial name (R-MB-4: find by name). */
  engagements?: Maybe<EngagementConnection>;
  /** The host organization, when visible. */
  hostOrganization?: Maybe<Organization>;
  id: Scalars['ID']['output'];
  /** Program-scope group members with last access date (R-IN-2). */
  members?: Maybe<GroupMembershipConnection>;
  name: Scalars['String']['output'];
  /** What you may do here: one Boolean per action of the permission matrix. */
  viewerCan: ProgramViewerCan;
};


export type ProgramEngagementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type ProgramMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  group?: InputMaybe<ProgramGroup>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  edges: Array<ProgramEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: Program;
};

export type ProgramGroup =
  | 'ENGAGEMENT_CREATOR'
  | 'PACKAGE_PUBLISHER'
  | 'PROGRAM_OWNER';

export type ProgramPayload = {
  __typename?: 'ProgramPayload';
  program: Program;
};

/** What the viewer may do on this program, from the permission matrix; on an engagement a field is true only when its mutation would not refuse (join policy, feedback accepted, already participating or waiting for a decision). */
export type ProgramViewerCan = {
  __typename?: 'ProgramViewerCan';
  /** Open an access review of the program's groups, with a due date (program owners). (R-EN-1, R-IN-2) */
  createAccessReview: Scalars['Boolean']['output'];
  /** Create an engagement in the program. (R-EN-1) */
  createEngagement: Scalars['Boolean']['output'];
  /** Add and remove Program Owners, Engagement Creators and Package Publishers (host-organization users only). (R-EN-1) */
  manageGroups: Scalars['Boolean']['output'];
  /** See the program overview. (R-EN-1, R-EN-4) */
  read: Scalars['Boolean']['output'];
  /** List all of a program's engagements. (R-EN-1) */
  readEngagements: Scalars['Boolean']['output'];
  /** See the program-level group members (Engagement Creators, Package Publishers, Program Owners) and their last access date. (R-IN-2) */
  readMembers: Scalars['Boolean']['output'];
  /** Change the program's name and description. (R-EN-1) */
  update: Scalars['Boolean']['output'];
};

export type PublishContentPackageInput = {
  body: Scalars['String']['input'];
  engagementId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The access reviews of an engagement, a program or an organization that you may see (reviewers and who manages the scope). */
  accessReviews: AccessReviewConnection;
  /** Whether a user may do an action (e.g. ENGAGEMENT_ADD_POWER_USERS) on a resource, with the grant paths or the rule that denies. About yourself, or, for admins of the resource, about anyone you can see. */
  explainAccess?: Maybe<AccessExplanation>;
  /** Any object by its global id; null with a NOT_FOUND error when not visible. */
  node?: Maybe<Node>;
  /** Up to 100 objects; null for each not visible. */
  nodes: Array<Maybe<Node>>;
  /** One organization; null with a NOT_FOUND error when not visible. */
  organization?: Maybe<Organization>;
  /** Organizations the viewer belongs to or manages as a provider or partner. */
  organizations: OrganizationConnection;
  /** The permission matrix: every action, who holds it at each scope, and its rules. */
  permissionMatrix: Array<PermissionMatrixRow>;
  /** The signed-in user. */
  viewer: User;
  /**
   * The viewer's access requests, newest first, with their outcome (R-AR-1).
   * @deprecated Use `viewer { accessRequests }`; removed in the next release.
   */
  viewerAccessRequests: AccessRequestConnection;
  /**
   * The viewer's engagements or, with `available`, those offered to its organizations that it has not joined (R-EN-2); optionally by partial name.
   * @deprecated Use `viewer { engagements }`; removed in the next release.
   */
  viewerEngagements: EngagementConnection;
  /**
   * The viewer's notifications, newest first.
   * @deprecated Use `viewer { notifications }`; removed in the next release.
   */
  viewerNotifications: NotificationConnection;
  /** The users who hold an action on a resource, with their grant paths, delegation included, deactivated members excluded. For admins of the resource. */
  whoCan?: Maybe<AccessHolderConnection>;
};


export type QueryAccessReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  scopeId: Scalars['ID']['input'];
};


export type QueryExplainAccessArgs = {
  action: PermissionAction;
  resourceId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryViewerAccessRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AccessRequestStatus>;
};


export type QueryViewerEngagementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  available?: Scalars['Boolean']['input'];
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryViewerNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWhoCanArgs = {
  action: PermissionAction;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  resourceId: Scalars['ID']['input'];
};

export type ReactivateMyAccessPayload = {
  __typename?: 'ReactivateMyAccessPayload';
  /** The memberships restored. */
  memberships: Array<GroupMembership>;
};

export type RelationshipPayload = {
  __typename?: 'RelationshipPayload';
  relationship: ManagedRelationship;
};

export type RelationshipStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'ENDING';

export type RemoveEngagementMembersInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  engagementId: Scalars['ID']['input'];
  group: EngagementGroup;
  userIds: Array<Scalars['ID']['input']>;
};

export type RemoveOrganizationMemberPayload = {
  __typename?: 'RemoveOrganizationMemberPayload';
  organization: Organization;
  removedUserId: Scalars['ID']['output'];
};

export type RemovePartnerEmployeesInput = {
  /** One or several client accounts (R-PA-6). */
  clientOrganizationIds: Array<Scalars['ID']['input']>;
  /** true: only the review of what would be removed; false: remove. */
  dryRun: Scalars['Boolean']['input'];
  userIds: Array<Scalars['ID']['input']>;
};

export type RemovePartnerEmployeesPayload = {
  __typename?: 'RemovePartnerEmployeesPayload';
  clients: Array<PartnerRemovalClient>;
  dryRun: Scalars['Boolean']['output'];
};

export type RemoveProgramMembersInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  group: ProgramGroup;
  programId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};

export type RemovedPayload = {
  __typename?: 'RemovedPayload';
  removed: Scalars['Boolean']['output'];
};

export type RenewRelationshipInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** The new end, in the future and at most MAX_RELATIONSHIP_DAYS ahead. */
  expiresAt: Scalars['DateTimeISO']['input'];
  relationshipId: Scalars['ID']['input'];
};

export type RequestEngagementAccessInput = {
  /** Required true when the engagement has terms of use (R-EN-3). */
  acceptTerms: Scalars['Boolean']['input'];
  engagementId: Scalars['ID']['input'];
  /** Why you need access; 1 to 2,000 characters. */
  justification: Scalars['String']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReviewDecision =
  | 'APPROVE'
  | 'REMOVE';

export type ReviewItemOutcome =
  | 'ALREADY_GONE'
  | 'KEPT'
  | 'REMOVED';

export type RevokeScimTokenInput = {
  scimTokenId: Scalars['ID']['input'];
};

export type RevokeScimTokenPayload = {
  __typename?: 'RevokeScimTokenPayload';
  scimToken: ScimToken;
};

/** A SCIM provisioning token of an organization (R-PA-10). */
export type ScimToken = Node & {
  __typename?: 'ScimToken';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The last SCIM request it authorized. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** A label, e.g. the identity provider it was made for. */
  name: Scalars['String']['output'];
  /** The first characters of the secret, to recognise it. */
  prefix: Scalars['String']['output'];
  /** Set once revoked: it authorizes nothing. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type ScimTokenConnection = {
  __typename?: 'ScimTokenConnection';
  edges: Array<ScimTokenEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ScimTokenEdge = {
  __typename?: 'ScimTokenEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: ScimToken;
};

/** Seats of an organization (R-PR-1): remaining = assigned − used. */
export type Seats = {
  __typename?: 'Seats';
  assigned: Scalars['Int']['output'];
  remaining: Scalars['Int']['output'];
  used: Scalars['Int']['output'];
};

export type SetEngagementMemberExpiryInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  engagementId: Scalars['ID']['input'];
  /** The new end, at most MAX_MEMBERSHIP_DAYS ahead; null: the memberships no longer end. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  group: EngagementGroup;
  userIds: Array<Scalars['ID']['input']>;
};

export type SetMemberTeamsInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  organizationId: Scalars['ID']['input'];
  /** The member ends up in exactly these teams. */
  teamIds: Array<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};

export type SetOrganizationMemberExpiryInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** The new end, at most MAX_MEMBERSHIP_DAYS ahead; null: the membership no longer ends. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  organizationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type SetProgramMemberExpiryInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** The new end, at most MAX_MEMBERSHIP_DAYS ahead; null: the memberships no longer end. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  group: ProgramGroup;
  programId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};

export type SetReportsAccessInput = {
  clientOrganizationId: Scalars['ID']['input'];
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** True gives reports access (REPORTS_VIEW), false takes it away. */
  granted: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};

export type SetTeamMembersInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** MEMBER adds (or revokes team admin); ADMIN adds or promotes. */
  role?: TeamRole;
  teamId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SubmitFeedbackInput = {
  body: Scalars['String']['input'];
  engagementId: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Access requests created, approved, denied or cancelled that you may see: your own, and those you may decide. Optionally narrowed by engagement, program or organization. Completed with a NOT_FOUND error once the subscriber can no longer see the engagement, program or organization it is narrowed to, and with FORBIDDEN once it holds no organization, team or group any more. */
  accessRequestEvents: AccessRequestEvent;
  /** Access reviews opened, decided on or applied that you may see (issue 21). Optionally narrowed. Completed with a NOT_FOUND error once the subscriber can no longer see the engagement, program or organization it is narrowed to, and with FORBIDDEN once it holds no organization, team or group any more. */
  accessReviewEvents: AccessReviewEvent;
  /** Entries of an organization’s event log as they are written, for those who may read it (R-PR-3), with the filters of `Organization.auditEvents`. */
  auditEvents: AuditLogEvent;
  /** Program and engagement membership changes you may see: your own, and those of member lists you may read (Power Users: their own organization). Optionally narrowed. Completed with a NOT_FOUND error once the subscriber can no longer see the engagement, program or organization it is narrowed to, and with FORBIDDEN once it holds no organization, team or group any more. */
  membershipEvents: MembershipEvent;
};


export type SubscriptionAccessRequestEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  engagementId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionAccessReviewEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  engagementId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  organizationId: Scalars['ID']['input'];
};


export type SubscriptionMembershipEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  engagementId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
};

export type SwitchToPartnerAdminInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** Keep billing permission (R-PA-8). */
  keepBilling?: Scalars['Boolean']['input'];
  /** The client account where you are a super admin. */
  organizationId: Scalars['ID']['input'];
  /** Your partner, if you work for several. */
  partnerOrganizationId?: InputMaybe<Scalars['ID']['input']>;
};

export type Team = Node & {
  __typename?: 'Team';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  invitePolicy: TeamInvitePolicy;
  /** Pending requests to join (team admins, company admins; R-DI-7). */
  joinRequests?: Maybe<TeamJoinRequestConnection>;
  members: TeamMemberConnection;
  name: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  privacy: TeamPrivacy;
  /** What you may do here: one Boolean per action of the permission matrix. */
  viewerCan: TeamViewerCan;
};


export type TeamJoinRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type TeamMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type TeamConnection = {
  __typename?: 'TeamConnection';
  edges: Array<TeamEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TeamEdge = {
  __typename?: 'TeamEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: Team;
};

export type TeamInvitePolicy =
  | 'ADMINS'
  | 'MEMBERS';

export type TeamJoinRequest = Node & {
  __typename?: 'TeamJoinRequest';
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  status: JoinRequestStatus;
  user: UserRef;
};

export type TeamJoinRequestConnection = {
  __typename?: 'TeamJoinRequestConnection';
  edges: Array<TeamJoinRequestEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TeamJoinRequestEdge = {
  __typename?: 'TeamJoinRequestEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: TeamJoinRequest;
};

export type TeamJoinRequestPayload = {
  __typename?: 'TeamJoinRequestPayload';
  request: TeamJoinRequest;
};

export type TeamMember = Node & {
  __typename?: 'TeamMember';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  role: TeamRole;
  team: Team;
  /** As on OrganizationMember.user. */
  user: User;
};

export type TeamMemberConnection = {
  __typename?: 'TeamMemberConnection';
  edges: Array<TeamMemberEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TeamMemberEdge = {
  __typename?: 'TeamMemberEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: TeamMember;
};

export type TeamMemberPayload = {
  __typename?: 'TeamMemberPayload';
  member: TeamMember;
};

/** What the change did to one user (`id`): CHANGED (added, role changed) or UNCHANGED; all or nothing. */
export type TeamMemberResult = BulkItemResult & {
  __typename?: 'TeamMemberResult';
  /** Set when the outcome is FAILED. */
  error?: Maybe<BulkItemError>;
  /** The global id of the item as sent. */
  id: Scalars['ID']['output'];
  /** The team membership as the change left it. */
  member: TeamMember;
  outcome: BulkOutcome;
};

export type TeamMembersPayload = {
  __typename?: 'TeamMembersPayload';
  /** @deprecated Use `results { member }`. */
  members: Array<TeamMember>;
  /** One per user, in input order. */
  results: Array<TeamMemberResult>;
};

export type TeamPayload = {
  __typename?: 'TeamPayload';
  team: Team;
};

export type TeamPrivacy =
  | 'DISCOVERABLE'
  | 'OPEN'
  | 'PRIVATE';

export type TeamRefInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  teamId: Scalars['ID']['input'];
};

export type TeamRole =
  | 'ADMIN'
  | 'MEMBER';

export type TeamUserInput = {
  /** Check and report what would change (memberships, seats, relationships); write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  teamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

/** What the viewer may do on this team, from the permission matrix; on an engagement a field is true only when its mutation would not refuse (join policy, feedback accepted, already participating or waiting for a decision). */
export type TeamViewerCan = {
  __typename?: 'TeamViewerCan';
  /** Approve or deny requests to join the team. (R-DI-7) */
  decideJoinRequests: Scalars['Boolean']['output'];
  /** Invite new people into the team (members too, when the invite settings allow). (R-DI-2) */
  invite: Scalars['Boolean']['output'];
  /** Join an open team without approval. (R-DI-7) */
  join: Scalars['Boolean']['output'];
  /** Add and remove team members, promote and revoke team admins. (R-DI-2, R-DI-6) */
  manageMembers: Scalars['Boolean']['output'];
  /** See the team and its members; private teams only their members and company admins. (R-DI-2, R-DI-7) */
  read: Scalars['Boolean']['output'];
  /** Ask to join a discoverable team. (R-DI-7) */
  requestJoin: Scalars['Boolean']['output'];
  /** Change the team's name, privacy and invite settings. (R-DI-2, R-DI-7) */
  update: Scalars['Boolean']['output'];
};

export type UndecidedOutcome =
  | 'KEEP'
  | 'REMOVE';

export type UpdateBillingInformationInput = {
  address: Scalars['String']['input'];
  email: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};

export type UpdateBillingInformationPayload = {
  __typename?: 'UpdateBillingInformationPayload';
  organization: Organization;
};

export type UpdateEngagementInput = {
  acceptsFeedback?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces the organizations the engagement is offered to. */
  audienceOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  engagementId: Scalars['ID']['input'];
  joinPolicy?: InputMaybe<JoinPolicy>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Empty or null removes the terms. */
  termsOfUse?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateFeedbackInput = {
  body: Scalars['String']['input'];
  feedbackId: Scalars['ID']['input'];
};

export type UpdateProgramInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  programId: Scalars['ID']['input'];
};

export type UpdateTeamInput = {
  invitePolicy?: InputMaybe<TeamInvitePolicy>;
  name?: InputMaybe<Scalars['String']['input']>;
  privacy?: InputMaybe<TeamPrivacy>;
  teamId: Scalars['ID']['input'];
};

export type User = Node & {
  __typename?: 'User';
  /** Your access requests, newest first, with their outcome (R-AR-1). Only on `viewer`. */
  accessRequests?: Maybe<AccessRequestConnection>;
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  /** Your engagements or, with `available`, those offered to your organizations that you have not joined (R-EN-2); optionally by partial name. Only on `viewer`. */
  engagements?: Maybe<EngagementConnection>;
  /** Program and engagement groups the viewer may see. */
  groups: GroupMembershipConnection;
  id: Scalars['ID']['output'];
  /** Memberships the viewer may see. */
  memberships: OrganizationMemberConnection;
  name: Scalars['String']['output'];
  /** Your notifications, newest first. Only on `viewer`. */
  notifications?: Maybe<NotificationConnection>;
  photoUrl?: Maybe<Scalars['String']['output']>;
  /** Team memberships the viewer may see. */
  teams: TeamMemberConnection;
};


export type UserAccessRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AccessRequestStatus>;
};


export type UserEngagementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  available?: Scalars['Boolean']['input'];
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type UserGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type UserMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type UserNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type UserTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  /** Total number of items, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  node: User;
};

/** A user as shown on a record: id, name and email. */
export type UserRef = {
  __typename?: 'UserRef';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type DashboardViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'User', id: string, name: string, email: string, engagements?: { __typename?: 'EngagementConnection', edges: Array<{ __typename?: 'EngagementEdge', node: { __typename?: 'Engagement', id: string, name: string, viewerGroups: Array<GroupKind> } }> } | null } };

export type DashboardEngagementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DashboardEngagementQuery = { __typename?: 'Query', node?: { __typename?: 'AccessLink' } | { __typename?: 'AccessRequest' } | { __typename?: 'AccessReview' } | { __typename?: 'AccessReviewItem' } | { __typename?: 'AuditEvent' } | { __typename?: 'ContentPackage' } | { __typename?: 'Engagement', id: string, name: string, accessRequests?: { __typename?: 'AccessRequestConnection', edges: Array<{ __typename?: 'AccessRequestEdge', node: { __typename?: 'AccessRequest', id: string, justification: string, createdAt: string, requester: { __typename?: 'UserRef', id: string, name: string, email: string }, requesterOrganization: { __typename?: 'OrganizationRef', name: string } } }> } | null, members?: { __typename?: 'GroupMembershipConnection', totalCount: number, edges: Array<{ __typename?: 'GroupMembershipEdge', node: { __typename?: 'GroupMembership', id: string, organizationName: string, user: { __typename?: 'User', id: string, name: string, email: string } } }> } | null } | { __typename?: 'Feedback' } | { __typename?: 'GroupMembership' } | { __typename?: 'ManagedRelationship' } | { __typename?: 'Notification' } | { __typename?: 'Organization' } | { __typename?: 'OrganizationMember' } | { __typename?: 'PermissionSet' } | { __typename?: 'Program' } | { __typename?: 'ScimToken' } | { __typename?: 'Team' } | { __typename?: 'TeamJoinRequest' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type DashboardAccessRequestEventsSubscriptionVariables = Exact<{
  engagementId: Scalars['ID']['input'];
}>;


export type DashboardAccessRequestEventsSubscription = { __typename?: 'Subscription', accessRequestEvents: { __typename?: 'AccessRequestEvent', type: AccessRequestEventType, accessRequestId: string, accessRequest?: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus } | null } };

export type SortedClientsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  orderBy?: InputMaybe<ClientOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SortedClientsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', clients?: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, plan: Plan, seats?: { __typename?: 'Seats', assigned: number, used: number, remaining: number } | null } }> } | null } | null };

export type OrganizationBillingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationBillingQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, billing?: { __typename?: 'Billing', email?: string | null, address?: string | null } | null } | null };

export type AddOrganizationMemberMutationVariables = Exact<{
  input: AddOrganizationMemberInput;
}>;


export type AddOrganizationMemberMutation = { __typename?: 'Mutation', addOrganizationMember: { __typename?: 'OrganizationMemberPayload', member: { __typename?: 'OrganizationMember', id: string, role: OrgRole, license: License, status: MemberStatus, user: { __typename?: 'User', id: string, email: string }, organization?: { __typename?: 'Organization', id: string, seats?: { __typename?: 'Seats', assigned: number, used: number, remaining: number } | null } | null } } };

export type RemoveOrganizationMemberMutationVariables = Exact<{
  input: OrganizationMemberRefInput;
}>;


export type RemoveOrganizationMemberMutation = { __typename?: 'Mutation', removeOrganizationMember: { __typename?: 'RemoveOrganizationMemberPayload', removedUserId: string, organization: { __typename?: 'Organization', id: string, seats?: { __typename?: 'Seats', used: number, remaining: number } | null } } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { __typename?: 'Mutation', changeMemberRole: { __typename?: 'OrganizationMemberPayload', member: { __typename?: 'OrganizationMember', id: string, role: OrgRole, license: License } } };

export type UpdateBillingInformationMutationVariables = Exact<{
  input: UpdateBillingInformationInput;
}>;


export type UpdateBillingInformationMutation = { __typename?: 'Mutation', updateBillingInformation: { __typename?: 'UpdateBillingInformationPayload', organization: { __typename?: 'Organization', id: string, billing?: { __typename?: 'Billing', email?: string | null, address?: string | null } | null } } };

export type SetOrganizationMemberExpiryMutationVariables = Exact<{
  input: SetOrganizationMemberExpiryInput;
}>;


export type SetOrganizationMemberExpiryMutation = { __typename?: 'Mutation', setOrganizationMemberExpiry: { __typename?: 'OrganizationMemberPayload', member: { __typename?: 'OrganizationMember', id: string, expiresAt?: string | null } } };

export type DirectoryMemberFragment = { __typename?: 'OrganizationMember', id: string, role: OrgRole, license: License, status: MemberStatus, teamCount: number, lastActivityAt?: string | null, invitedAt?: string | null, user: { __typename?: 'User', id: string, name: string, email: string }, viewerCan: { __typename?: 'OrganizationMemberViewerCan', changeRole: boolean, remove: boolean } };

export type DirectoryQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  filter?: InputMaybe<DirectoryFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type DirectoryQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, directory?: { __typename?: 'OrganizationMemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'OrganizationMemberEdge', cursor: string, node: { __typename?: 'OrganizationMember', id: string, role: OrgRole, license: License, status: MemberStatus, teamCount: number, lastActivityAt?: string | null, invitedAt?: string | null, user: { __typename?: 'User', id: string, name: string, email: string }, viewerCan: { __typename?: 'OrganizationMemberViewerCan', changeRole: boolean, remove: boolean } } }> } | null } | null };

export type ChangeMemberLicenseMutationVariables = Exact<{
  input: ChangeMemberLicenseInput;
}>;


export type ChangeMemberLicenseMutation = { __typename?: 'Mutation', changeMemberLicense: { __typename?: 'OrganizationMemberPayload', member: { __typename?: 'OrganizationMember', id: string, role: OrgRole, license: License, status: MemberStatus, teamCount: number, lastActivityAt?: string | null, invitedAt?: string | null, user: { __typename?: 'User', id: string, name: string, email: string }, viewerCan: { __typename?: 'OrganizationMemberViewerCan', changeRole: boolean, remove: boolean } } } };

export type SetMemberTeamsMutationVariables = Exact<{
  input: SetMemberTeamsInput;
}>;


export type SetMemberTeamsMutation = { __typename?: 'Mutation', setMemberTeams: { __typename?: 'OrganizationMemberPayload', member: { __typename?: 'OrganizationMember', id: string, role: OrgRole, license: License, status: MemberStatus, teamCount: number, lastActivityAt?: string | null, invitedAt?: string | null, user: { __typename?: 'User', id: string, name: string, email: string }, viewerCan: { __typename?: 'OrganizationMemberViewerCan', changeRole: boolean, remove: boolean } } } };

export type DeactivateMemberMutationVariables = Exact<{
  input: OrganizationMemberRefInput;
}>;


export type DeactivateMemberMutation = { __typename?: 'Mutation', deactivateMember: { __typename?: 'OrganizationMemberPayload', member: { __typename?: 'OrganizationMember', id: string, role: OrgRole, license: License, status: MemberStatus, teamCount: number, lastActivityAt?: string | null, invitedAt?: string | null, user: { __typename?: 'User', id: string, name: string, email: string }, viewerCan: { __typename?: 'OrganizationMemberViewerCan', changeRole: boolean, remove: boolean } } } };

export type ReactivateMemberMutationVariables = Exact<{
  input: OrganizationMemberRefInput;
}>;


export type ReactivateMemberMutation = { __typename?: 'Mutation', reactivateMember: { __typename?: 'OrganizationMemberPayload', member: { __typename?: 'OrganizationMember', id: string, role: OrgRole, license: License, status: MemberStatus, teamCount: number, lastActivityAt?: string | null, invitedAt?: string | null, user: { __typename?: 'User', id: string, name: string, email: string }, viewerCan: { __typename?: 'OrganizationMemberViewerCan', changeRole: boolean, remove: boolean } } } };

export type BatchUpdateMembersMutationVariables = Exact<{
  input: BatchUpdateMembersInput;
}>;


export type BatchUpdateMembersMutation = { __typename?: 'Mutation', batchUpdateMembers: { __typename?: 'BatchUpdateMembersPayload', applied: boolean, atomic: boolean, dryRun: boolean, failed: number, createdTeam?: { __typename?: 'Team', id: string, name: string } | null, results: Array<{ __typename?: 'BatchMemberResult', id: string, ok: boolean, outcome: BulkOutcome, error?: { __typename?: 'BulkItemError', code: string, reason?: string | null, rule?: string | null, message: string } | null, user?: { __typename?: 'User', id: string, name: string } | null }> } };

export type BulkErrorFragment = { __typename?: 'BulkItemError', code: string, reason?: string | null, rule?: string | null, message: string };

export type EngagementSummaryFragment = { __typename?: 'Engagement', id: string, name: string, joinPolicy: JoinPolicy, termsOfUse?: string | null, acceptsFeedback: boolean, viewerGroups: Array<GroupKind>, viewerAccessRequest?: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus } | null };

export type MembershipChangesFragment = { __typename?: 'MembershipChangesPayload', results: Array<{ __typename?: 'MembershipChangeResult', id: string, outcome: BulkOutcome, error?: { __typename?: 'BulkItemError', code: string, reason?: string | null, rule?: string | null, message: string } | null, user: { __typename?: 'User', id: string, email: string }, membership?: { __typename?: 'GroupMembership', id: string, group: GroupKind, organizationName: string } | null }> };

export type ViewerEngagementsQueryVariables = Exact<{
  available?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ViewerEngagementsQuery = { __typename?: 'Query', viewerEngagements: { __typename?: 'EngagementConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'EngagementEdge', node: { __typename?: 'Engagement', id: string, name: string, joinPolicy: JoinPolicy, termsOfUse?: string | null, acceptsFeedback: boolean, viewerGroups: Array<GroupKind>, viewerAccessRequest?: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus } | null } }> } };

export type EngagementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EngagementQuery = { __typename?: 'Query', node?: { __typename?: 'AccessLink' } | { __typename?: 'AccessRequest' } | { __typename?: 'AccessReview' } | { __typename?: 'AccessReviewItem' } | { __typename?: 'AuditEvent' } | { __typename?: 'ContentPackage' } | { __typename?: 'Engagement', id: string, name: string, joinPolicy: JoinPolicy, termsOfUse?: string | null, acceptsFeedback: boolean, viewerGroups: Array<GroupKind>, viewerAccessRequest?: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus } | null } | { __typename?: 'Feedback' } | { __typename?: 'GroupMembership' } | { __typename?: 'ManagedRelationship' } | { __typename?: 'Notification' } | { __typename?: 'Organization' } | { __typename?: 'OrganizationMember' } | { __typename?: 'PermissionSet' } | { __typename?: 'Program' } | { __typename?: 'ScimToken' } | { __typename?: 'Team' } | { __typename?: 'TeamJoinRequest' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type EngagementAudienceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EngagementAudienceQuery = { __typename?: 'Query', node?: { __typename?: 'AccessLink' } | { __typename?: 'AccessRequest' } | { __typename?: 'AccessReview' } | { __typename?: 'AccessReviewItem' } | { __typename?: 'AuditEvent' } | { __typename?: 'ContentPackage' } | { __typename?: 'Engagement', audience?: Array<{ __typename?: 'OrganizationRef', id: string, name: string }> | null } | { __typename?: 'Feedback' } | { __typename?: 'GroupMembership' } | { __typename?: 'ManagedRelationship' } | { __typename?: 'Notification' } | { __typename?: 'Organization' } | { __typename?: 'OrganizationMember' } | { __typename?: 'PermissionSet' } | { __typename?: 'Program' } | { __typename?: 'ScimToken' } | { __typename?: 'Team' } | { __typename?: 'TeamJoinRequest' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type EngagementParticipantsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  group?: InputMaybe<GroupKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type EngagementParticipantsQuery = { __typename?: 'Query', node?: { __typename?: 'AccessLink' } | { __typename?: 'AccessRequest' } | { __typename?: 'AccessReview' } | { __typename?: 'AccessReviewItem' } | { __typename?: 'AuditEvent' } | { __typename?: 'ContentPackage' } | { __typename?: 'Engagement', id: string, members?: { __typename?: 'GroupMembershipConnection', totalCount: number, edges: Array<{ __typename?: 'GroupMembershipEdge', node: { __typename?: 'GroupMembership', id: string, group: GroupKind, organizationName: string, lastAccessAt?: string | null, termsAcceptedAt?: string | null, user: { __typename?: 'User', id: string, email: string } } }> } | null } | { __typename?: 'Feedback' } | { __typename?: 'GroupMembership' } | { __typename?: 'ManagedRelationship' } | { __typename?: 'Notification' } | { __typename?: 'Organization' } | { __typename?: 'OrganizationMember' } | { __typename?: 'PermissionSet' } | { __typename?: 'Program' } | { __typename?: 'ScimToken' } | { __typename?: 'Team' } | { __typename?: 'TeamJoinRequest' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type EngagementAccessRequestsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  status?: InputMaybe<AccessRequestStatus>;
}>;


export type EngagementAccessRequestsQuery = { __typename?: 'Query', node?: { __typename?: 'AccessLink' } | { __typename?: 'AccessRequest' } | { __typename?: 'AccessReview' } | { __typename?: 'AccessReviewItem' } | { __typename?: 'AuditEvent' } | { __typename?: 'ContentPackage' } | { __typename?: 'Engagement', id: string, accessRequests?: { __typename?: 'AccessRequestConnection', totalCount: number, edges: Array<{ __typename?: 'AccessRequestEdge', node: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus, justification: string, requester: { __typename?: 'UserRef', id: string, email: string }, requesterOrganization: { __typename?: 'OrganizationRef', name: string } } }> } | null } | { __typename?: 'Feedback' } | { __typename?: 'GroupMembership' } | { __typename?: 'ManagedRelationship' } | { __typename?: 'Notification' } | { __typename?: 'Organization' } | { __typename?: 'OrganizationMember' } | { __typename?: 'PermissionSet' } | { __typename?: 'Program' } | { __typename?: 'ScimToken' } | { __typename?: 'Team' } | { __typename?: 'TeamJoinRequest' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type ParticipantCandidatesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  search: Scalars['String']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ParticipantCandidatesQuery = { __typename?: 'Query', node?: { __typename?: 'AccessLink' } | { __typename?: 'AccessRequest' } | { __typename?: 'AccessReview' } | { __typename?: 'AccessReviewItem' } | { __typename?: 'AuditEvent' } | { __typename?: 'ContentPackage' } | { __typename?: 'Engagement', participantCandidates?: { __typename?: 'UserConnection', totalCount: number, edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, email: string, name: string } }> } | null } | { __typename?: 'Feedback' } | { __typename?: 'GroupMembership' } | { __typename?: 'ManagedRelationship' } | { __typename?: 'Notification' } | { __typename?: 'Organization' } | { __typename?: 'OrganizationMember' } | { __typename?: 'PermissionSet' } | { __typename?: 'Program' } | { __typename?: 'ScimToken' } | { __typename?: 'Team' } | { __typename?: 'TeamJoinRequest' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type EngagementContentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EngagementContentQuery = { __typename?: 'Query', node?: { __typename?: 'AccessLink' } | { __typename?: 'AccessRequest' } | { __typename?: 'AccessReview' } | { __typename?: 'AccessReviewItem' } | { __typename?: 'AuditEvent' } | { __typename?: 'ContentPackage' } | { __typename?: 'Engagement', contentPackages?: { __typename?: 'ContentPackageConnection', totalCount: number, edges: Array<{ __typename?: 'ContentPackageEdge', node: { __typename?: 'ContentPackage', id: string, title: string, body: string } }> } | null, viewerFeedback: { __typename?: 'FeedbackConnection', edges: Array<{ __typename?: 'FeedbackEdge', node: { __typename?: 'Feedback', id: string, body: string } }> } } | { __typename?: 'Feedback' } | { __typename?: 'GroupMembership' } | { __typename?: 'ManagedRelationship' } | { __typename?: 'Notification' } | { __typename?: 'Organization' } | { __typename?: 'OrganizationMember' } | { __typename?: 'PermissionSet' } | { __typename?: 'Program' } | { __typename?: 'ScimToken' } | { __typename?: 'Team' } | { __typename?: 'TeamJoinRequest' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type EngagementFeedbackQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EngagementFeedbackQuery = { __typename?: 'Query', node?: { __typename?: 'AccessLink' } | { __typename?: 'AccessRequest' } | { __typename?: 'AccessReview' } | { __typename?: 'AccessReviewItem' } | { __typename?: 'AuditEvent' } | { __typename?: 'ContentPackage' } | { __typename?: 'Engagement', feedback?: { __typename?: 'FeedbackConnection', totalCount: number, edges: Array<{ __typename?: 'FeedbackEdge', node: { __typename?: 'Feedback', id: string, body: string, author: { __typename?: 'UserRef', email: string } } }> } | null } | { __typename?: 'Feedback' } | { __typename?: 'GroupMembership' } | { __typename?: 'ManagedRelationship' } | { __typename?: 'Notification' } | { __typename?: 'Organization' } | { __typename?: 'OrganizationMember' } | { __typename?: 'PermissionSet' } | { __typename?: 'Program' } | { __typename?: 'ScimToken' } | { __typename?: 'Team' } | { __typename?: 'TeamJoinRequest' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type ViewerAccessRequestsQueryVariables = Exact<{
  status?: InputMaybe<AccessRequestStatus>;
}>;


export type ViewerAccessRequestsQuery = { __typename?: 'Query', viewerAccessRequests: { __typename?: 'AccessRequestConnection', edges: Array<{ __typename?: 'AccessRequestEdge', node: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus, decisionNote?: string | null, decidedBy?: { __typename?: 'UserRef', email: string } | null, engagement?: { __typename?: 'Engagement', id: string, name: string } | null } }> } };

export type ViewerNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerNotificationsQuery = { __typename?: 'Query', viewerNotifications: { __typename?: 'NotificationConnection', totalCount: number, edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, kind: NotificationKind, status: NotificationStatus } }> } };

export type ProgramMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  group?: InputMaybe<ProgramGroup>;
}>;


export type ProgramMembersQuery = { __typename?: 'Query', node?: { __typename?: 'AccessLink' } | { __typename?: 'AccessRequest' } | { __typename?: 'AccessReview' } | { __typename?: 'AccessReviewItem' } | { __typename?: 'AuditEvent' } | { __typename?: 'ContentPackage' } | { __typename?: 'Engagement' } | { __typename?: 'Feedback' } | { __typename?: 'GroupMembership' } | { __typename?: 'ManagedRelationship' } | { __typename?: 'Notification' } | { __typename?: 'Organization' } | { __typename?: 'OrganizationMember' } | { __typename?: 'PermissionSet' } | { __typename?: 'Program', members?: { __typename?: 'GroupMembershipConnection', edges: Array<{ __typename?: 'GroupMembershipEdge', node: { __typename?: 'GroupMembership', group: GroupKind, user: { __typename?: 'User', email: string } } }> } | null } | { __typename?: 'ScimToken' } | { __typename?: 'Team' } | { __typename?: 'TeamJoinRequest' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type JoinEngagementMutationVariables = Exact<{
  input: JoinEngagementInput;
}>;


export type JoinEngagementMutation = { __typename?: 'Mutation', joinEngagement: { __typename?: 'JoinEngagementPayload', membership: { __typename?: 'GroupMembership', id: string, group: GroupKind, termsAcceptedAt?: string | null, organizationName: string } } };

export type RequestEngagementAccessMutationVariables = Exact<{
  input: RequestEngagementAccessInput;
}>;


export type RequestEngagementAccessMutation = { __typename?: 'Mutation', requestEngagementAccess: { __typename?: 'AccessRequestPayload', accessRequest: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus, termsAcceptedAt?: string | null } } };

export type ApproveAccessRequestMutationVariables = Exact<{
  input: DecideAccessRequestInput;
}>;


export type ApproveAccessRequestMutation = { __typename?: 'Mutation', approveAccessRequest: { __typename?: 'AccessRequestPayload', accessRequest: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus, decisionNote?: string | null } } };

export type DenyAccessRequestMutationVariables = Exact<{
  input: DecideAccessRequestInput;
}>;


export type DenyAccessRequestMutation = { __typename?: 'Mutation', denyAccessRequest: { __typename?: 'AccessRequestPayload', accessRequest: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus, decisionNote?: string | null } } };

export type CancelAccessRequestMutationVariables = Exact<{
  input: CancelAccessRequestInput;
}>;


export type CancelAccessRequestMutation = { __typename?: 'Mutation', cancelAccessRequest: { __typename?: 'AccessRequestPayload', accessRequest: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus } } };

export type AddEngagementMembersMutationVariables = Exact<{
  input: AddEngagementMembersInput;
}>;


export type AddEngagementMembersMutation = { __typename?: 'Mutation', addEngagementMembers: { __typename?: 'MembershipChangesPayload', results: Array<{ __typename?: 'MembershipChangeResult', id: string, outcome: BulkOutcome, error?: { __typename?: 'BulkItemError', code: string, reason?: string | null, rule?: string | null, message: string } | null, user: { __typename?: 'User', id: string, email: string }, membership?: { __typename?: 'GroupMembership', id: string, group: GroupKind, organizationName: string } | null }> } };

export type RemoveEngagementMembersMutationVariables = Exact<{
  input: RemoveEngagementMembersInput;
}>;


export type RemoveEngagementMembersMutation = { __typename?: 'Mutation', removeEngagementMembers: { __typename?: 'MembershipChangesPayload', results: Array<{ __typename?: 'MembershipChangeResult', id: string, outcome: BulkOutcome, error?: { __typename?: 'BulkItemError', code: string, reason?: string | null, rule?: string | null, message: string } | null, user: { __typename?: 'User', id: string, email: string }, membership?: { __typename?: 'GroupMembership', id: string, group: GroupKind, organizationName: string } | null }> } };

export type CopyEngagementParticipantsMutationVariables = Exact<{
  input: CopyEngagementParticipantsInput;
}>;


export type CopyEngagementParticipantsMutation = { __typename?: 'Mutation', copyEngagementParticipants: { __typename?: 'MembershipChangesPayload', results: Array<{ __typename?: 'MembershipChangeResult', id: string, outcome: BulkOutcome, error?: { __typename?: 'BulkItemError', code: string, reason?: string | null, rule?: string | null, message: string } | null, user: { __typename?: 'User', id: string, email: string }, membership?: { __typename?: 'GroupMembership', id: string, group: GroupKind, organizationName: string } | null }> } };

export type AddProgramMembersMutationVariables = Exact<{
  input: AddProgramMembersInput;
}>;


export type AddProgramMembersMutation = { __typename?: 'Mutation', addProgramMembers: { __typename?: 'MembershipChangesPayload', results: Array<{ __typename?: 'MembershipChangeResult', id: string, outcome: BulkOutcome, error?: { __typename?: 'BulkItemError', code: string, reason?: string | null, rule?: string | null, message: string } | null, user: { __typename?: 'User', id: string, email: string }, membership?: { __typename?: 'GroupMembership', id: string, group: GroupKind, organizationName: string } | null }> } };

export type RemoveProgramMembersMutationVariables = Exact<{
  input: RemoveProgramMembersInput;
}>;


export type RemoveProgramMembersMutation = { __typename?: 'Mutation', removeProgramMembers: { __typename?: 'MembershipChangesPayload', results: Array<{ __typename?: 'MembershipChangeResult', id: string, outcome: BulkOutcome, error?: { __typename?: 'BulkItemError', code: string, reason?: string | null, rule?: string | null, message: string } | null, user: { __typename?: 'User', id: string, email: string }, membership?: { __typename?: 'GroupMembership', id: string, group: GroupKind, organizationName: string } | null }> } };

export type CreateProgramMutationVariables = Exact<{
  input: CreateProgramInput;
}>;


export type CreateProgramMutation = { __typename?: 'Mutation', createProgram: { __typename?: 'ProgramPayload', program: { __typename?: 'Program', id: string, name: string } } };

export type UpdateProgramMutationVariables = Exact<{
  input: UpdateProgramInput;
}>;


export type UpdateProgramMutation = { __typename?: 'Mutation', updateProgram: { __typename?: 'ProgramPayload', program: { __typename?: 'Program', id: string, name: string } } };

export type CreateEngagementMutationVariables = Exact<{
  input: CreateEngagementInput;
}>;


export type CreateEngagementMutation = { __typename?: 'Mutation', createEngagement: { __typename?: 'EngagementPayload', engagement: { __typename?: 'Engagement', id: string, name: string, joinPolicy: JoinPolicy, termsOfUse?: string | null, acceptsFeedback: boolean, viewerGroups: Array<GroupKind>, viewerAccessRequest?: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus } | null } } };

export type UpdateEngagementMutationVariables = Exact<{
  input: UpdateEngagementInput;
}>;


export type UpdateEngagementMutation = { __typename?: 'Mutation', updateEngagement: { __typename?: 'EngagementPayload', engagement: { __typename?: 'Engagement', id: string, name: string, joinPolicy: JoinPolicy, termsOfUse?: string | null, acceptsFeedback: boolean, viewerGroups: Array<GroupKind>, audience?: Array<{ __typename?: 'OrganizationRef', id: string, name: string }> | null, viewerAccessRequest?: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus } | null } } };

export type PublishContentPackageMutationVariables = Exact<{
  input: PublishContentPackageInput;
}>;


export type PublishContentPackageMutation = { __typename?: 'Mutation', publishContentPackage: { __typename?: 'ContentPackagePayload', contentPackage: { __typename?: 'ContentPackage', id: string, title: string } } };

export type SubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type SubmitFeedbackMutation = { __typename?: 'Mutation', submitFeedback: { __typename?: 'FeedbackPayload', feedback: { __typename?: 'Feedback', id: string, body: string } } };

export type UpdateFeedbackMutationVariables = Exact<{
  input: UpdateFeedbackInput;
}>;


export type UpdateFeedbackMutation = { __typename?: 'Mutation', updateFeedback: { __typename?: 'FeedbackPayload', feedback: { __typename?: 'Feedback', id: string, body: string } } };

export type SetEngagementMemberExpiryMutationVariables = Exact<{
  input: SetEngagementMemberExpiryInput;
}>;


export type SetEngagementMemberExpiryMutation = { __typename?: 'Mutation', setEngagementMemberExpiry: { __typename?: 'MembershipChangesPayload', results: Array<{ __typename?: 'MembershipChangeResult', id: string, outcome: BulkOutcome, error?: { __typename?: 'BulkItemError', code: string, reason?: string | null, rule?: string | null, message: string } | null, user: { __typename?: 'User', id: string, email: string }, membership?: { __typename?: 'GroupMembership', id: string, group: GroupKind, organizationName: string } | null }> } };

export type SetProgramMemberExpiryMutationVariables = Exact<{
  input: SetProgramMemberExpiryInput;
}>;


export type SetProgramMemberExpiryMutation = { __typename?: 'Mutation', setProgramMemberExpiry: { __typename?: 'MembershipChangesPayload', results: Array<{ __typename?: 'MembershipChangeResult', id: string, outcome: BulkOutcome, error?: { __typename?: 'BulkItemError', code: string, reason?: string | null, rule?: string | null, message: string } | null, user: { __typename?: 'User', id: string, email: string }, membership?: { __typename?: 'GroupMembership', id: string, group: GroupKind, organizationName: string } | null }> } };

export type CreateExportLinkMutationVariables = Exact<{
  input: CreateExportLinkInput;
}>;


export type CreateExportLinkMutation = { __typename?: 'Mutation', createExportLink: { __typename?: 'CreateExportLinkPayload', url: string, expiresAt: string } };

export type OrganizationMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationMembersQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, members?: { __typename?: 'OrganizationMemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrganizationMemberEdge', node: { __typename?: 'OrganizationMember', id: string, role: OrgRole, license: License, status: MemberStatus, lastActivityAt?: string | null, user: { __typename?: 'User', id: string, name: string, email: string, teams: { __typename?: 'TeamMemberConnection', totalCount: number, edges: Array<{ __typename?: 'TeamMemberEdge', node: { __typename?: 'TeamMember', role: TeamRole, team: { __typename?: 'Team', id: string, name: string } } }> } } } }> } | null } | null };

export type OrganizationsWithMembersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  membersFirst?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OrganizationsWithMembersQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, members?: { __typename?: 'OrganizationMemberConnection', totalCount: number, edges: Array<{ __typename?: 'OrganizationMemberEdge', node: { __typename?: 'OrganizationMember', id: string, user: { __typename?: 'User', email: string } } }> } | null } }> } };

export type OrganizationTeamsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationTeamsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, teams?: { __typename?: 'TeamConnection', totalCount: number, edges: Array<{ __typename?: 'TeamEdge', node: { __typename?: 'Team', id: string, name: string, members: { __typename?: 'TeamMemberConnection', edges: Array<{ __typename?: 'TeamMemberEdge', node: { __typename?: 'TeamMember', role: TeamRole, user: { __typename?: 'User', email: string } } }> } } }> } | null } | null };

export type HostProgramsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HostProgramsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, programs?: { __typename?: 'ProgramConnection', edges: Array<{ __typename?: 'ProgramEdge', node: { __typename?: 'Program', id: string, name: string, engagements?: { __typename?: 'EngagementConnection', totalCount: number, edges: Array<{ __typename?: 'EngagementEdge', node: { __typename?: 'Engagement', id: string, name: string, joinPolicy: JoinPolicy, acceptsFeedback: boolean } }> } | null } }> } | null } | null };

export type EngagementMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  group?: InputMaybe<GroupKind>;
}>;


export type EngagementMembersQuery = { __typename?: 'Query', node?: { __typename?: 'AccessLink', id: string } | { __typename?: 'AccessRequest', id: string } | { __typename?: 'AccessReview', id: string } | { __typename?: 'AccessReviewItem', id: string } | { __typename?: 'AuditEvent', id: string } | { __typename?: 'ContentPackage', id: string } | { __typename?: 'Engagement', name: string, id: string, members?: { __typename?: 'GroupMembershipConnection', totalCount: number, edges: Array<{ __typename?: 'GroupMembershipEdge', node: { __typename?: 'GroupMembership', id: string, group: GroupKind, lastAccessAt?: string | null, organizationName: string, user: { __typename?: 'User', email: string } } }> } | null } | { __typename?: 'Feedback', id: string } | { __typename?: 'GroupMembership', id: string } | { __typename?: 'ManagedRelationship', id: string } | { __typename?: 'Notification', id: string } | { __typename?: 'Organization', id: string } | { __typename?: 'OrganizationMember', id: string } | { __typename?: 'PermissionSet', id: string } | { __typename?: 'Program', id: string } | { __typename?: 'ScimToken', id: string } | { __typename?: 'Team', id: string } | { __typename?: 'TeamJoinRequest', id: string } | { __typename?: 'TeamMember', id: string } | { __typename?: 'User', id: string } | null };

export type MyGraphQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGraphQuery = { __typename?: 'Query', viewer: { __typename?: 'User', id: string, memberships: { __typename?: 'OrganizationMemberConnection', edges: Array<{ __typename?: 'OrganizationMemberEdge', node: { __typename?: 'OrganizationMember', role: OrgRole, status: MemberStatus, organization?: { __typename?: 'Organization', id: string, name: string } | null } }> }, teams: { __typename?: 'TeamMemberConnection', edges: Array<{ __typename?: 'TeamMemberEdge', node: { __typename?: 'TeamMember', role: TeamRole, team: { __typename?: 'Team', name: string } } }> }, groups: { __typename?: 'GroupMembershipConnection', edges: Array<{ __typename?: 'GroupMembershipEdge', node: { __typename?: 'GroupMembership', group: GroupKind, program: { __typename?: 'Program', name: string }, engagement?: { __typename?: 'Engagement', id: string, name: string } | null } }> } } };

export type ManagedByQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ManagedByQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, managedBy?: { __typename?: 'ManagedRelationshipConnection', edges: Array<{ __typename?: 'ManagedRelationshipEdge', node: { __typename?: 'ManagedRelationship', status: RelationshipStatus, managerName: string, manager?: { __typename?: 'Organization', id: string } | null, client?: { __typename?: 'Organization', id: string } | null } }> } | null } | null };

export type ClientAccountQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  status?: InputMaybe<AccessLinkStatus>;
}>;


export type ClientAccountQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, permissionSets?: Array<{ __typename?: 'PermissionSet', id: string, name: string, permissions: Array<ClientPermission> }> | null, accessLinks?: { __typename?: 'AccessLinkConnection', totalCount: number, edges: Array<{ __typename?: 'AccessLinkEdge', node: { __typename?: 'AccessLink', id: string, status: AccessLinkStatus, expiresAt: string, employee: { __typename?: 'UserRef', email: string }, permissionSet: { __typename?: 'PermissionSet', name: string } } }> } | null, managedBy?: { __typename?: 'ManagedRelationshipConnection', edges: Array<{ __typename?: 'ManagedRelationshipEdge', node: { __typename?: 'ManagedRelationship', status: RelationshipStatus, endsAt?: string | null, lastPartnerActivityAt?: string | null, managerName: string } }> } | null } | null };

export type ClientMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientMembersQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', seats?: { __typename?: 'Seats', used: number } | null, members?: { __typename?: 'OrganizationMemberConnection', edges: Array<{ __typename?: 'OrganizationMemberEdge', node: { __typename?: 'OrganizationMember', role: OrgRole, status: MemberStatus, verified: boolean, billingPermission: boolean, user: { __typename?: 'User', email: string }, permissionSet?: { __typename?: 'PermissionSet', name: string } | null, partnerOrganization?: { __typename?: 'OrganizationRef', name: string } | null } }> } | null } | null };

export type CreatePermissionSetMutationVariables = Exact<{
  input: CreatePermissionSetInput;
}>;


export type CreatePermissionSetMutation = { __typename?: 'Mutation', createPermissionSet: { __typename?: 'PermissionSetPayload', permissionSet: { __typename?: 'PermissionSet', id: string, name: string, permissions: Array<ClientPermission> } } };

export type CreateAccessLinkMutationVariables = Exact<{
  input: CreateAccessLinkInput;
}>;


export type CreateAccessLinkMutation = { __typename?: 'Mutation', createAccessLink: { __typename?: 'AccessLinkPayload', accessLink: { __typename?: 'AccessLink', id: string, status: AccessLinkStatus, expiresAt: string } } };

export type ApproveAccessLinkMutationVariables = Exact<{
  input: DecideAccessLinkInput;
}>;


export type ApproveAccessLinkMutation = { __typename?: 'Mutation', approveAccessLink: { __typename?: 'AccessLinkPayload', accessLink: { __typename?: 'AccessLink', id: string, status: AccessLinkStatus } } };

export type RejectAccessLinkMutationVariables = Exact<{
  input: DecideAccessLinkInput;
}>;


export type RejectAccessLinkMutation = { __typename?: 'Mutation', rejectAccessLink: { __typename?: 'AccessLinkPayload', accessLink: { __typename?: 'AccessLink', id: string, status: AccessLinkStatus } } };

export type AddPartnerEmployeesMutationVariables = Exact<{
  input: AddPartnerEmployeesInput;
}>;


export type AddPartnerEmployeesMutation = { __typename?: 'Mutation', addPartnerEmployees: { __typename?: 'PartnerEmployeesPayload', results: Array<{ __typename?: 'PartnerEmployeeResult', id: string, outcome: BulkOutcome, member: { __typename?: 'OrganizationMember', role: OrgRole, verified: boolean, user: { __typename?: 'User', email: string }, permissionSet?: { __typename?: 'PermissionSet', name: string } | null } }> } };

export type LinkPartnerEmployeeMutationVariables = Exact<{
  input: PartnerEmployeeInput;
}>;


export type LinkPartnerEmployeeMutation = { __typename?: 'Mutation', linkPartnerEmployee: { __typename?: 'PartnerEmployeePayload', member: { __typename?: 'OrganizationMember', role: OrgRole, verified: boolean, permissionSet?: { __typename?: 'PermissionSet', name: string } | null } } };

export type ChangePartnerEmployeePermissionsMutationVariables = Exact<{
  input: PartnerEmployeeInput;
}>;


export type ChangePartnerEmployeePermissionsMutation = { __typename?: 'Mutation', changePartnerEmployeePermissions: { __typename?: 'PartnerEmployeePayload', member: { __typename?: 'OrganizationMember', permissionSet?: { __typename?: 'PermissionSet', name: string } | null } } };

export type RemovePartnerEmployeesMutationVariables = Exact<{
  input: RemovePartnerEmployeesInput;
}>;


export type RemovePartnerEmployeesMutation = { __typename?: 'Mutation', removePartnerEmployees: { __typename?: 'RemovePartnerEmployeesPayload', dryRun: boolean, clients: Array<{ __typename?: 'PartnerRemovalClient', endsRelationship: boolean, client: { __typename?: 'OrganizationRef', name: string }, employees: Array<{ __typename?: 'PartnerEmployeeAssets', id: string, outcome: BulkOutcome, status: MemberStatus, teamsAdministered: Array<string>, engagementGroups: number, pendingAccessLinks: number, user: { __typename?: 'UserRef', email: string } }> }> } };

export type DeactivatePartnerEmployeesMutationVariables = Exact<{
  input: PartnerEmployeesInput;
}>;


export type DeactivatePartnerEmployeesMutation = { __typename?: 'Mutation', deactivatePartnerEmployees: { __typename?: 'PartnerEmployeesPayload', results: Array<{ __typename?: 'PartnerEmployeeResult', id: string, outcome: BulkOutcome, member: { __typename?: 'OrganizationMember', status: MemberStatus } }> } };

export type ReactivatePartnerEmployeesMutationVariables = Exact<{
  input: PartnerEmployeesInput;
}>;


export type ReactivatePartnerEmployeesMutation = { __typename?: 'Mutation', reactivatePartnerEmployees: { __typename?: 'PartnerEmployeesPayload', results: Array<{ __typename?: 'PartnerEmployeeResult', id: string, outcome: BulkOutcome, member: { __typename?: 'OrganizationMember', status: MemberStatus } }> } };

export type SwitchToPartnerAdminMutationVariables = Exact<{
  input: SwitchToPartnerAdminInput;
}>;


export type SwitchToPartnerAdminMutation = { __typename?: 'Mutation', switchToPartnerAdmin: { __typename?: 'PartnerEmployeePayload', member: { __typename?: 'OrganizationMember', role: OrgRole, billingPermission: boolean, verified: boolean, permissionSet?: { __typename?: 'PermissionSet', name: string } | null } } };

export type ProviderClientsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProviderClientsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, clients?: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, plan: Plan, seats?: { __typename?: 'Seats', assigned: number, used: number, remaining: number } | null } }> } | null } | null };

export type OrganizationSeatsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationSeatsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, seats?: { __typename?: 'Seats', assigned: number, used: number, remaining: number } | null } | null };

export type CreateClientOrganizationMutationVariables = Exact<{
  input: CreateClientOrganizationInput;
}>;


export type CreateClientOrganizationMutation = { __typename?: 'Mutation', createClientOrganization: { __typename?: 'CreateClientOrganizationPayload', organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, plan: Plan, seats?: { __typename?: 'Seats', assigned: number, used: number, remaining: number } | null }, relationship: { __typename?: 'ManagedRelationship', id: string, status: RelationshipStatus, managerName: string } } };

export type ChangeClientSeatsMutationVariables = Exact<{
  input: ChangeClientSeatsInput;
}>;


export type ChangeClientSeatsMutation = { __typename?: 'Mutation', changeClientSeats: { __typename?: 'ChangeClientSeatsPayload', organization: { __typename?: 'Organization', id: string, seats?: { __typename?: 'Seats', assigned: number, used: number, remaining: number } | null } } };

export type EventLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EventLogQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, auditEvents?: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string, action: string, targetType: string, targetId: string, metadata: string, createdAt: string, actor?: { __typename?: 'User', id: string, email: string } | null } }> } | null } | null };

export type CreateScimTokenMutationVariables = Exact<{
  input: CreateScimTokenInput;
}>;


export type CreateScimTokenMutation = { __typename?: 'Mutation', createScimToken: { __typename?: 'CreateScimTokenPayload', secret: string, scimToken: { __typename?: 'ScimToken', id: string, name: string, prefix: string, createdAt: string, revokedAt?: string | null } } };

export type RevokeScimTokenMutationVariables = Exact<{
  input: RevokeScimTokenInput;
}>;


export type RevokeScimTokenMutation = { __typename?: 'Mutation', revokeScimToken: { __typename?: 'RevokeScimTokenPayload', scimToken: { __typename?: 'ScimToken', id: string, revokedAt?: string | null } } };

export type OrganizationScimTokensQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationScimTokensQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, scimTokens?: { __typename?: 'ScimTokenConnection', totalCount: number, edges: Array<{ __typename?: 'ScimTokenEdge', node: { __typename?: 'ScimToken', id: string, name: string, prefix: string, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null } }> } | null } | null };

export type AccessRequestEventsSubscriptionVariables = Exact<{
  engagementId?: InputMaybe<Scalars['ID']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccessRequestEventsSubscription = { __typename?: 'Subscription', accessRequestEvents: { __typename?: 'AccessRequestEvent', cursor: string, type: AccessRequestEventType, accessRequestId: string, occurredAt: string, accessRequest?: { __typename?: 'AccessRequest', id: string, status: AccessRequestStatus, justification: string, decisionNote?: string | null, requester: { __typename?: 'UserRef', id: string, name: string, email: string } } | null, engagement?: { __typename?: 'Engagement', id: string, name: string } | null, requester?: { __typename?: 'User', id: string, name: string, email: string } | null, requesterOrganization?: { __typename?: 'Organization', id: string, name: string } | null } };

export type MembershipEventsSubscriptionVariables = Exact<{
  engagementId?: InputMaybe<Scalars['ID']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MembershipEventsSubscription = { __typename?: 'Subscription', membershipEvents: { __typename?: 'MembershipEvent', cursor: string, type: MembershipEventType, group: GroupKind, membershipId: string, occurredAt: string, membership?: { __typename?: 'GroupMembership', id: string, status: GroupMembershipStatus } | null, program: { __typename?: 'Program', id: string, name: string }, engagement?: { __typename?: 'Engagement', id: string, name: string } | null, user: { __typename?: 'User', id: string, name: string, email: string }, memberOrganization?: { __typename?: 'Organization', id: string, name: string } | null } };

export type AuditEventsSubscriptionVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  filter?: InputMaybe<AuditEventFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditEventsSubscription = { __typename?: 'Subscription', auditEvents: { __typename?: 'AuditLogEvent', cursor: string, event: { __typename?: 'AuditEvent', id: string, action: string, targetType: string, targetId: string, metadata: string, createdAt: string, actor?: { __typename?: 'User', id: string, name: string } | null } } };

export type TeamFieldsFragment = { __typename?: 'Team', id: string, name: string, privacy: TeamPrivacy, invitePolicy: TeamInvitePolicy, createdAt: string, viewerCan: { __typename?: 'TeamViewerCan', read: boolean, update: boolean, join: boolean, requestJoin: boolean, invite: boolean, manageMembers: boolean, decideJoinRequests: boolean } };

export type TeamQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type TeamQuery = { __typename?: 'Query', node?: { __typename?: 'AccessLink' } | { __typename?: 'AccessRequest' } | { __typename?: 'AccessReview' } | { __typename?: 'AccessReviewItem' } | { __typename?: 'AuditEvent' } | { __typename?: 'ContentPackage' } | { __typename?: 'Engagement' } | { __typename?: 'Feedback' } | { __typename?: 'GroupMembership' } | { __typename?: 'ManagedRelationship' } | { __typename?: 'Notification' } | { __typename?: 'Organization' } | { __typename?: 'OrganizationMember' } | { __typename?: 'PermissionSet' } | { __typename?: 'Program' } | { __typename?: 'ScimToken' } | { __typename?: 'Team', id: string, name: string, privacy: TeamPrivacy, invitePolicy: TeamInvitePolicy, createdAt: string, members: { __typename?: 'TeamMemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ __typename?: 'TeamMemberEdge', cursor: string, node: { __typename?: 'TeamMember', id: string, role: TeamRole, user: { __typename?: 'User', id: string, name: string } } }> }, joinRequests?: { __typename?: 'TeamJoinRequestConnection', edges: Array<{ __typename?: 'TeamJoinRequestEdge', node: { __typename?: 'TeamJoinRequest', id: string, status: JoinRequestStatus, createdAt: string, user: { __typename?: 'UserRef', id: string, name: string } } }> } | null, viewerCan: { __typename?: 'TeamViewerCan', read: boolean, update: boolean, join: boolean, requestJoin: boolean, invite: boolean, manageMembers: boolean, decideJoinRequests: boolean } } | { __typename?: 'TeamJoinRequest' } | { __typename?: 'TeamMember' } | { __typename?: 'User' } | null };

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateTeamMutation = { __typename?: 'Mutation', createTeam: { __typename?: 'TeamPayload', team: { __typename?: 'Team', id: string, name: string, privacy: TeamPrivacy, invitePolicy: TeamInvitePolicy, createdAt: string, viewerCan: { __typename?: 'TeamViewerCan', read: boolean, update: boolean, join: boolean, requestJoin: boolean, invite: boolean, manageMembers: boolean, decideJoinRequests: boolean } } } };

export type UpdateTeamMutationVariables = Exact<{
  input: UpdateTeamInput;
}>;


export type UpdateTeamMutation = { __typename?: 'Mutation', updateTeam: { __typename?: 'TeamPayload', team: { __typename?: 'Team', id: string, name: string, privacy: TeamPrivacy, invitePolicy: TeamInvitePolicy, createdAt: string, viewerCan: { __typename?: 'TeamViewerCan', read: boolean, update: boolean, join: boolean, requestJoin: boolean, invite: boolean, manageMembers: boolean, decideJoinRequests: boolean } } } };

export type JoinTeamMutationVariables = Exact<{
  input: TeamRefInput;
}>;


export type JoinTeamMutation = { __typename?: 'Mutation', joinTeam: { __typename?: 'TeamMemberPayload', member: { __typename?: 'TeamMember', id: string, role: TeamRole } } };

export type RequestToJoinTeamMutationVariables = Exact<{
  input: TeamRefInput;
}>;


export type RequestToJoinTeamMutation = { __typename?: 'Mutation', requestToJoinTeam: { __typename?: 'TeamJoinRequestPayload', request: { __typename?: 'TeamJoinRequest', id: string, status: JoinRequestStatus } } };

export type ApproveTeamJoinRequestMutationVariables = Exact<{
  input: DecideTeamJoinRequestInput;
}>;


export type ApproveTeamJoinRequestMutation = { __typename?: 'Mutation', approveTeamJoinRequest: { __typename?: 'TeamJoinRequestPayload', request: { __typename?: 'TeamJoinRequest', id: string, status: JoinRequestStatus, decidedAt?: string | null } } };

export type DenyTeamJoinRequestMutationVariables = Exact<{
  input: DecideTeamJoinRequestInput;
}>;


export type DenyTeamJoinRequestMutation = { __typename?: 'Mutation', denyTeamJoinRequest: { __typename?: 'TeamJoinRequestPayload', request: { __typename?: 'TeamJoinRequest', id: string, status: JoinRequestStatus, decidedAt?: string | null } } };

export type SetTeamMembersMutationVariables = Exact<{
  input: SetTeamMembersInput;
}>;


export type SetTeamMembersMutation = { __typename?: 'Mutation', setTeamMembers: { __typename?: 'TeamMembersPayload', results: Array<{ __typename?: 'TeamMemberResult', id: string, outcome: BulkOutcome, member: { __typename?: 'TeamMember', id: string, role: TeamRole, user: { __typename?: 'User', id: string } } }> } };

export type RemoveTeamMemberMutationVariables = Exact<{
  input: TeamUserInput;
}>;


export type RemoveTeamMemberMutation = { __typename?: 'Mutation', removeTeamMember: { __typename?: 'RemovedPayload', removed: boolean } };

export type InviteToTeamMutationVariables = Exact<{
  input: InviteToTeamInput;
}>;


export type InviteToTeamMutation = { __typename?: 'Mutation', inviteToTeam: { __typename?: 'OrganizationMemberPayload', member: { __typename?: 'OrganizationMember', id: string, status: MemberStatus, invitedAt?: string | null } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'User', id: string, email: string, name: string } };

export type MyOrganizationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyOrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrganizationEdge', cursor: string, node: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, plan: Plan } }> } };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node?: { __typename: 'AccessLink', id: string } | { __typename: 'AccessRequest', id: string } | { __typename: 'AccessReview', id: string } | { __typename: 'AccessReviewItem', id: string } | { __typename: 'AuditEvent', id: string } | { __typename: 'ContentPackage', id: string } | { __typename: 'Engagement', id: string } | { __typename: 'Feedback', id: string } | { __typename: 'GroupMembership', id: string } | { __typename: 'ManagedRelationship', id: string } | { __typename: 'Notification', id: string } | { __typename: 'Organization', name: string, id: string } | { __typename: 'OrganizationMember', id: string } | { __typename: 'PermissionSet', id: string } | { __typename: 'Program', id: string } | { __typename: 'ScimToken', id: string } | { __typename: 'Team', id: string } | { __typename: 'TeamJoinRequest', id: string } | { __typename: 'TeamMember', id: string } | { __typename: 'User', email: string, id: string } | null };

export const DirectoryMemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"license"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRole"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}}]} as unknown as DocumentNode<DirectoryMemberFragment, unknown>;
export const EngagementSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfUse"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"viewerGroups"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAccessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EngagementSummaryFragment, unknown>;
export const BulkErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<BulkErrorFragment, unknown>;
export const MembershipChangesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipChanges"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipChangesPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<MembershipChangesFragment, unknown>;
export const TeamFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"privacy"}},{"kind":"Field","name":{"kind":"Name","value":"invitePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"requestJoin"}},{"kind":"Field","name":{"kind":"Name","value":"invite"}},{"kind":"Field","name":{"kind":"Name","value":"manageMembers"}},{"kind":"Field","name":{"kind":"Name","value":"decideJoinRequests"}}]}}]}}]} as unknown as DocumentNode<TeamFieldsFragment, unknown>;
export const DashboardViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"engagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerGroups"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardViewerQuery, DashboardViewerQueryVariables>;
export const DashboardEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accessRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"EnumValue","value":"PARTICIPANT"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardEngagementQuery, DashboardEngagementQueryVariables>;
export const DashboardAccessRequestEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardAccessRequestEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequestEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"accessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"accessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAccessRequestEventsSubscription, DashboardAccessRequestEventsSubscriptionVariables>;
export const SortedClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SortedClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SortedClientsQuery, SortedClientsQueryVariables>;
export const OrganizationBillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationBilling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationBillingQuery, OrganizationBillingQueryVariables>;
export const AddOrganizationMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOrganizationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOrganizationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOrganizationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"license"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddOrganizationMemberMutation, AddOrganizationMemberMutationVariables>;
export const RemoveOrganizationMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOrganizationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMemberRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganizationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedUserId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveOrganizationMemberMutation, RemoveOrganizationMemberMutationVariables>;
export const ChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"license"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const UpdateBillingInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBillingInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBillingInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBillingInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateBillingInformationMutation, UpdateBillingInformationMutationVariables>;
export const SetOrganizationMemberExpiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganizationMemberExpiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOrganizationMemberExpiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganizationMemberExpiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<SetOrganizationMemberExpiryMutation, SetOrganizationMemberExpiryMutationVariables>;
export const DirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"directory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryMember"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"license"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRole"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}}]} as unknown as DocumentNode<DirectoryQuery, DirectoryQueryVariables>;
export const ChangeMemberLicenseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberLicense"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberLicenseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberLicense"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryMember"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"license"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRole"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}}]} as unknown as DocumentNode<ChangeMemberLicenseMutation, ChangeMemberLicenseMutationVariables>;
export const SetMemberTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMemberTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMemberTeamsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryMember"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"license"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRole"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}}]} as unknown as DocumentNode<SetMemberTeamsMutation, SetMemberTeamsMutationVariables>;
export const DeactivateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMemberRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryMember"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"license"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRole"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}}]} as unknown as DocumentNode<DeactivateMemberMutation, DeactivateMemberMutationVariables>;
export const ReactivateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMemberRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryMember"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"license"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRole"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}}]} as unknown as DocumentNode<ReactivateMemberMutation, ReactivateMemberMutationVariables>;
export const BatchUpdateMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BatchUpdateMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchUpdateMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchUpdateMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"atomic"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"createdTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<BatchUpdateMembersMutation, BatchUpdateMembersMutationVariables>;
export const ViewerEngagementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerEngagements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"available"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerEngagements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"available"},"value":{"kind":"Variable","name":{"kind":"Name","value":"available"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfUse"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"viewerGroups"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAccessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ViewerEngagementsQuery, ViewerEngagementsQueryVariables>;
export const EngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Engagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfUse"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"viewerGroups"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAccessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EngagementQuery, EngagementQueryVariables>;
export const EngagementAudienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementAudience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EngagementAudienceQuery, EngagementAudienceQueryVariables>;
export const EngagementParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"group"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"Variable","name":{"kind":"Name","value":"group"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"lastAccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"termsAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EngagementParticipantsQuery, EngagementParticipantsQueryVariables>;
export const EngagementAccessRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementAccessRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequestStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EngagementAccessRequestsQuery, EngagementAccessRequestsQueryVariables>;
export const ParticipantCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantCandidatesQuery, ParticipantCandidatesQueryVariables>;
export const EngagementContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contentPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EngagementContentQuery, EngagementContentQueryVariables>;
export const EngagementFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EngagementFeedbackQuery, EngagementFeedbackQueryVariables>;
export const ViewerAccessRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerAccessRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequestStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerAccessRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerAccessRequestsQuery, ViewerAccessRequestsQueryVariables>;
export const ViewerNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerNotificationsQuery, ViewerNotificationsQueryVariables>;
export const ProgramMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"group"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramGroup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Program"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"Variable","name":{"kind":"Name","value":"group"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramMembersQuery, ProgramMembersQueryVariables>;
export const JoinEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"termsAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]} as unknown as DocumentNode<JoinEngagementMutation, JoinEngagementMutationVariables>;
export const RequestEngagementAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEngagementAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestEngagementAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEngagementAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"termsAcceptedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RequestEngagementAccessMutation, RequestEngagementAccessMutationVariables>;
export const ApproveAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAccessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveAccessRequestMutation, ApproveAccessRequestMutationVariables>;
export const DenyAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DenyAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAccessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denyAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]}}]} as unknown as DocumentNode<DenyAccessRequestMutation, DenyAccessRequestMutationVariables>;
export const CancelAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAccessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelAccessRequestMutation, CancelAccessRequestMutationVariables>;
export const AddEngagementMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEngagementMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddEngagementMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEngagementMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipChanges"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipChanges"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipChangesPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]} as unknown as DocumentNode<AddEngagementMembersMutation, AddEngagementMembersMutationVariables>;
export const RemoveEngagementMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveEngagementMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveEngagementMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeEngagementMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipChanges"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipChanges"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipChangesPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveEngagementMembersMutation, RemoveEngagementMembersMutationVariables>;
export const CopyEngagementParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyEngagementParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CopyEngagementParticipantsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyEngagementParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipChanges"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipChanges"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipChangesPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]} as unknown as DocumentNode<CopyEngagementParticipantsMutation, CopyEngagementParticipantsMutationVariables>;
export const AddProgramMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProgramMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProgramMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProgramMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipChanges"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipChanges"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipChangesPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]} as unknown as DocumentNode<AddProgramMembersMutation, AddProgramMembersMutationVariables>;
export const RemoveProgramMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveProgramMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveProgramMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeProgramMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipChanges"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipChanges"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipChangesPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveProgramMembersMutation, RemoveProgramMembersMutationVariables>;
export const CreateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProgramMutation, CreateProgramMutationVariables>;
export const UpdateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProgramMutation, UpdateProgramMutationVariables>;
export const CreateEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfUse"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"viewerGroups"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAccessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateEngagementMutation, CreateEngagementMutationVariables>;
export const UpdateEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementSummary"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfUse"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"viewerGroups"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAccessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateEngagementMutation, UpdateEngagementMutationVariables>;
export const PublishContentPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishContentPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishContentPackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishContentPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contentPackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PublishContentPackageMutation, PublishContentPackageMutationVariables>;
export const SubmitFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const UpdateFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFeedbackMutation, UpdateFeedbackMutationVariables>;
export const SetEngagementMemberExpiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEngagementMemberExpiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEngagementMemberExpiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEngagementMemberExpiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipChanges"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipChanges"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipChangesPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]} as unknown as DocumentNode<SetEngagementMemberExpiryMutation, SetEngagementMemberExpiryMutationVariables>;
export const SetProgramMemberExpiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProgramMemberExpiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProgramMemberExpiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProgramMemberExpiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipChanges"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipChanges"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipChangesPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]} as unknown as DocumentNode<SetProgramMemberExpiryMutation, SetProgramMemberExpiryMutationVariables>;
export const CreateExportLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExportLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExportLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExportLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateExportLinkMutation, CreateExportLinkMutationVariables>;
export const OrganizationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"license"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const OrganizationsWithMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationsWithMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsWithMembersQuery, OrganizationsWithMembersQueryVariables>;
export const OrganizationTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationTeamsQuery, OrganizationTeamsQueryVariables>;
export const HostProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostPrograms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"engagements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsFeedback"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostProgramsQuery, HostProgramsQueryVariables>;
export const EngagementMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"group"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Engagement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"Variable","name":{"kind":"Name","value":"group"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"lastAccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EngagementMembersQuery, EngagementMembersQueryVariables>;
export const MyGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyGraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyGraphQuery, MyGraphQueryVariables>;
export const ManagedByDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedBy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"managedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagedByQuery, ManagedByQueryVariables>;
export const ClientAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLinkStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permissionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"managedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPartnerActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientAccountQuery, ClientAccountQueryVariables>;
export const ClientMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"billingPermission"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientMembersQuery, ClientMembersQueryVariables>;
export const CreatePermissionSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePermissionSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePermissionSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPermissionSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePermissionSetMutation, CreatePermissionSetMutationVariables>;
export const CreateAccessLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccessLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAccessLinkMutation, CreateAccessLinkMutationVariables>;
export const ApproveAccessLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAccessLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAccessLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAccessLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveAccessLinkMutation, ApproveAccessLinkMutationVariables>;
export const RejectAccessLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectAccessLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAccessLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAccessLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RejectAccessLinkMutation, RejectAccessLinkMutationVariables>;
export const AddPartnerEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPartnerEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPartnerEmployeesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPartnerEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddPartnerEmployeesMutation, AddPartnerEmployeesMutationVariables>;
export const LinkPartnerEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkPartnerEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkPartnerEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"permissionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkPartnerEmployeeMutation, LinkPartnerEmployeeMutationVariables>;
export const ChangePartnerEmployeePermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePartnerEmployeePermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePartnerEmployeePermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangePartnerEmployeePermissionsMutation, ChangePartnerEmployeePermissionsMutationVariables>;
export const RemovePartnerEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePartnerEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemovePartnerEmployeesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePartnerEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endsRelationship"}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"teamsAdministered"}},{"kind":"Field","name":{"kind":"Name","value":"engagementGroups"}},{"kind":"Field","name":{"kind":"Name","value":"pendingAccessLinks"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemovePartnerEmployeesMutation, RemovePartnerEmployeesMutationVariables>;
export const DeactivatePartnerEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivatePartnerEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerEmployeesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivatePartnerEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeactivatePartnerEmployeesMutation, DeactivatePartnerEmployeesMutationVariables>;
export const ReactivatePartnerEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivatePartnerEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerEmployeesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivatePartnerEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReactivatePartnerEmployeesMutation, ReactivatePartnerEmployeesMutationVariables>;
export const SwitchToPartnerAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchToPartnerAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchToPartnerAdminInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchToPartnerAdmin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"billingPermission"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"permissionSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SwitchToPartnerAdminMutation, SwitchToPartnerAdminMutationVariables>;
export const ProviderClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderClientsQuery, ProviderClientsQueryVariables>;
export const OrganizationSeatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationSeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationSeatsQuery, OrganizationSeatsQueryVariables>;
export const CreateClientOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClientOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClientOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}}]}}]}}]}}]} as unknown as DocumentNode<CreateClientOrganizationMutation, CreateClientOrganizationMutationVariables>;
export const ChangeClientSeatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeClientSeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeClientSeatsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeClientSeats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeClientSeatsMutation, ChangeClientSeatsMutationVariables>;
export const EventLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventLogQuery, EventLogQueryVariables>;
export const CreateScimTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScimToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateScimTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScimToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"scimToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateScimTokenMutation, CreateScimTokenMutationVariables>;
export const RevokeScimTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeScimToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeScimTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeScimToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scimToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeScimTokenMutation, RevokeScimTokenMutationVariables>;
export const OrganizationScimTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationScimTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scimTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationScimTokensQuery, OrganizationScimTokensQueryVariables>;
export const AccessRequestEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AccessRequestEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequestEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"accessRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"accessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRequestEventsSubscription, AccessRequestEventsSubscriptionVariables>;
export const MembershipEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MembershipEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"engagementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"engagementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MembershipEventsSubscription, MembershipEventsSubscriptionVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsSubscription, AuditEventsSubscriptionVariables>;
export const TeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Team"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"joinRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"privacy"}},{"kind":"Field","name":{"kind":"Name","value":"invitePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"requestJoin"}},{"kind":"Field","name":{"kind":"Name","value":"invite"}},{"kind":"Field","name":{"kind":"Name","value":"manageMembers"}},{"kind":"Field","name":{"kind":"Name","value":"decideJoinRequests"}}]}}]}}]} as unknown as DocumentNode<TeamQuery, TeamQueryVariables>;
export const CreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"privacy"}},{"kind":"Field","name":{"kind":"Name","value":"invitePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"requestJoin"}},{"kind":"Field","name":{"kind":"Name","value":"invite"}},{"kind":"Field","name":{"kind":"Name","value":"manageMembers"}},{"kind":"Field","name":{"kind":"Name","value":"decideJoinRequests"}}]}}]}}]} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const UpdateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"privacy"}},{"kind":"Field","name":{"kind":"Name","value":"invitePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"requestJoin"}},{"kind":"Field","name":{"kind":"Name","value":"invite"}},{"kind":"Field","name":{"kind":"Name","value":"manageMembers"}},{"kind":"Field","name":{"kind":"Name","value":"decideJoinRequests"}}]}}]}}]} as unknown as DocumentNode<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const JoinTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<JoinTeamMutation, JoinTeamMutationVariables>;
export const RequestToJoinTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestToJoinTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestToJoinTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequestToJoinTeamMutation, RequestToJoinTeamMutationVariables>;
export const ApproveTeamJoinRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveTeamJoinRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideTeamJoinRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveTeamJoinRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveTeamJoinRequestMutation, ApproveTeamJoinRequestMutationVariables>;
export const DenyTeamJoinRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DenyTeamJoinRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideTeamJoinRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denyTeamJoinRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DenyTeamJoinRequestMutation, DenyTeamJoinRequestMutationVariables>;
export const SetTeamMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTeamMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTeamMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTeamMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetTeamMembersMutation, SetTeamMembersMutationVariables>;
export const RemoveTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}}]}}]} as unknown as DocumentNode<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const InviteToTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteToTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteToTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}}]}}]}}]}}]} as unknown as DocumentNode<InviteToTeamMutation, InviteToTeamMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const MyOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyOrganizationsQuery, MyOrganizationsQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;