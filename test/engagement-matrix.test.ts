import {
  AddEngagementMembersDocument,
  AddProgramMembersDocument,
  CancelAccessRequestDocument,
  CreateEngagementDocument,
  CreateExportLinkDocument,
  DenyAccessRequestDocument,
  EngagementAccessRequestsDocument,
  EngagementContentDocument,
  EngagementDocument,
  EngagementFeedbackDocument,
  EngagementParticipantsDocument,
  JoinEngagementDocument,
  PublishContentPackageDocument,
  RemoveEngagementMembersDocument,
  RequestEngagementAccessDocument,
  SetEngagementMemberExpiryDocument,
  SetProgramMemberExpiryDocument,
  SubmitFeedbackDocument,
  UpdateEngagementDocument,
  ViewerAccessRequestsDocument,
} from './generated/graphql';
import {
  GraphQLResponse,
  organizationIdByName,
  startTestServer,
  TestServer,
} from './helpers/server';
import { Engagement, Organization, OrganizationMember, Program, User } from '../entities';
import { License, MemberStatus, OrgRole } from '../entities/enums';
import { toGlobalId } from '../src/globalId';

/**
 * The permission matrix of the engagements area, run through the real API (DESIGN §3.2): every
 * action as every role, allowed or denied. "Denied" means UNAUTHENTICATED, FORBIDDEN or
 * NOT_FOUND; an allowed call may still meet a business rule (CONFLICT for a second join).
 */
const ROLES = {
  participant: 'paula', // Fabrikam, participant of the pilot
  powerUserSameOrg: 'pat', // Fabrikam's Power User of the pilot
  powerUserOtherOrg: 'nina', // Northwind's Power User of the pilot
  owner: 'oscar', // Engagement Owner of the pilot
  creator: 'cora', // Engagement Creator of the program
  publisher: 'paco', // Package Publisher of the program
  programOwner: 'olivia', // Program Owner (and host admin)
  outsider: 'grace', // Globex: nothing to do with the program
  anonymous: null,
} as const;
type Role = keyof typeof ROLES;

const DENIED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

let server: TestServer;
const tokens: Record<string, string> = {};
const users: Record<string, string> = {};
let pilot: string;
let workshop: string;
let program: string;
let fabrikam: string;
let host: string;

beforeAll(async () => {
  server = await startTestServer();
  const db = server.app.deps.db;
  pilot = toGlobalId(
    'Engagement',
    (await db.getRepository(Engagement).findOneByOrFail({ name: 'Cloud Migration Pilot' })).id,
  );
  workshop = toGlobalId(
    'Engagement',
    (await db.getRepository(Engagement).findOneByOrFail({ name: 'Security Workshop' })).id,
  );
  program = toGlobalId('Program', (await db.getRepository(Program).findOneByOrFail({})).id);
  fabrikam = await organizationIdByName(server, 'Fabrikam Partners');
  host = await organizationIdByName(server, 'Contoso Host');
  // A host user holding no group, for the owner-management row (adding a role would change it).
  const hostOrg = await db.getRepository(Organization).findOneByOrFail({ name: 'Contoso Host' });
  const hugo = await db.getRepository(User).save({
    subject: 'hugo@contoso.example',
    email: 'hugo@contoso.example',
    name: 'Hugo Host',
    photoUrl: null,
    createdAt: new Date(),
  });
  await db.getRepository(OrganizationMember).insert({
    organizationId: hostOrg.id,
    userId: hugo.id,
    role: OrgRole.MEMBER,
    license: License.FULL,
    status: MemberStatus.ACTIVE,
    lastActivityAt: null,
    createdAt: new Date(),
  });
  for (const u of await db.getRepository(User).find()) {
    const name = u.email.split('@')[0];
    users[name] = toGlobalId('User', u.id);
    tokens[name] = await server.token(u.email);
  }
});

afterAll(() => server.close());

const tokenOf = (role: Role) => (ROLES[role] ? tokens[ROLES[role]!] : undefined);

/** A pending request by Peter (Fabrikam) to the pilot, made afresh when none is pending. */
async function pendingRequestOfPeter(): Promise<string> {
  const pending = await server.request(
    ViewerAccessRequestsDocument,
    { status: 'PENDING' },
    tokens.peter,
  );
  const existing = pending.data?.viewerAccessRequests.edges[0]?.node.id;
  if (existing) return existing;
  const created = await server.request(
    RequestEngagementAccessDocument,
    { input: { engagementId: pilot, justification: 'Matrix test', acceptTerms: true } },
    tokens.peter,
  );
  return created.data!.requestEngagementAccess.accessRequest.id;
}

interface Row {
  action: string;
  allowed: Role[];
  run(token: string | undefined): Promise<GraphQLResponse<unknown>>;
  /** Read actions: an allowed role must get data, not just no error. */
  check?(response: GraphQLResponse<unknown>): boolean;
}

const nodeWith = (field: string) => (r: GraphQLResponse<unknown>) =>
  !!(r.data as { node?: Record<string, unknown> } | undefined)?.node?.[field];

const ROWS: Row[] = [
  {
    action: 'engagement.read',
    allowed: [
      'participant',
      'powerUserSameOrg',
      'powerUserOtherOrg',
      'owner',
      'creator',
      'publisher',
      'programOwner',
    ],
    run: (t) => server.request(EngagementDocument, { id: pilot }, t),
    check: nodeWith('name'),
  },
  {
    action: 'engagement.readMembers',
    allowed: ['powerUserSameOrg', 'powerUserOtherOrg', 'owner', 'programOwner'],
    run: (t) => server.request(EngagementParticipantsDocument, { id: pilot }, t),
    check: nodeWith('members'),
  },
  {
    action: 'engagement.readAccessRequests',
    allowed: ['powerUserSameOrg', 'powerUserOtherOrg', 'owner', 'programOwner'],
    run: (t) => server.request(EngagementAccessRequestsDocument, { id: pilot }, t),
    check: nodeWith('accessRequests'),
  },
  {
    action: 'engagement.readContent',
    allowed: ['participant', 'owner', 'creator', 'publisher', 'programOwner'],
    run: (t) => server.request(EngagementContentDocument, { id: pilot }, t),
    check: nodeWith('contentPackages'),
  },
  {
    action: 'engagement.readFeedback',
    allowed: ['owner', 'programOwner'],
    run: (t) => server.request(EngagementFeedbackDocument, { id: pilot }, t),
    check: nodeWith('feedback'),
  },
  {
    action: 'engagement.addParticipants',
    allowed: ['powerUserSameOrg', 'owner', 'programOwner'],
    run: (t) =>
      server.request(
        AddEngagementMembersDocument,
        {
          input: {
            engagementId: pilot,
            group: 'PARTICIPANT',
            organizationId: fabrikam,
            userIds: [users.frank],
          },
        },
        t,
      ),
  },
  {
    action: 'engagement.removeParticipants',
    allowed: ['powerUserSameOrg', 'owner', 'programOwner'],
    run: (t) =>
      server.request(
        RemoveEngagementMembersDocument,
        { input: { engagementId: pilot, group: 'PARTICIPANT', userIds: [users.frank] } },
        t,
      ),
  },
  {
    action: 'engagement.addPowerUsers',
    allowed: ['owner', 'programOwner'],
    run: (t) =>
      server.request(
        AddEngagementMembersDocument,
        {
          input: {
            engagementId: pilot,
            group: 'POWER_USER',
            organizationId: fabrikam,
            userIds: [users.frank],
          },
        },
        t,
      ),
  },
  {
    action: 'engagement.removePowerUsers',
    allowed: ['owner', 'programOwner'],
    run: (t) =>
      server.request(
        RemoveEngagementMembersDocument,
        { input: { engagementId: pilot, group: 'POWER_USER', userIds: [users.frank] } },
        t,
      ),
  },
  {
    action: 'engagement.manageOwners',
    allowed: ['owner', 'programOwner'],
    run: (t) =>
      server.request(
        AddEngagementMembersDocument,
        {
          input: {
            engagementId: pilot,
            group: 'ENGAGEMENT_OWNER',
            organizationId: host,
            userIds: [users.hugo],
          },
        },
        t,
      ),
  },
  {
    action: 'accessRequest.decide',
    allowed: ['powerUserSameOrg', 'owner', 'programOwner'],
    run: async (t) =>
      server.request(
        DenyAccessRequestDocument,
        { input: { accessRequestId: await pendingRequestOfPeter() } },
        t,
      ),
  },
  {
    action: 'accessRequest.cancel',
    allowed: [], // only the requester (Peter), covered by the flow tests; no role here may
    run: async (t) =>
      server.request(
        CancelAccessRequestDocument,
        { input: { accessRequestId: await pendingRequestOfPeter() } },
        t,
      ),
  },
  {
    action: 'engagement.update',
    allowed: ['owner', 'programOwner'],
    run: (t) =>
      server.request(
        UpdateEngagementDocument,
        { input: { engagementId: pilot, acceptsFeedback: true } },
        t,
      ),
  },
  {
    action: 'engagement.join',
    // The workshop is offered to Fabrikam and Northwind; Paula is already in (CONFLICT: allowed).
    allowed: ['participant', 'powerUserSameOrg', 'powerUserOtherOrg'],
    run: (t) =>
      server.request(
        JoinEngagementDocument,
        { input: { engagementId: workshop, acceptTerms: true } },
        t,
      ),
  },
  {
    action: 'engagement.requestAccess',
    allowed: ['participant', 'powerUserSameOrg', 'powerUserOtherOrg'],
    run: (t) =>
      server.request(
        RequestEngagementAccessDocument,
        { input: { engagementId: pilot, justification: 'Matrix', acceptTerms: true } },
        t,
      ),
  },
  {
    action: 'engagement.publishContent',
    allowed: ['publisher', 'programOwner'],
    run: (t) =>
      server.request(
        PublishContentPackageDocument,
        { input: { engagementId: pilot, title: 'Matrix', body: 'Content' } },
        t,
      ),
  },
  {
    action: 'engagement.exportParticipants (createExportLink)',
    allowed: ['powerUserSameOrg', 'powerUserOtherOrg', 'owner', 'programOwner'],
    run: (t) =>
      server.request(
        CreateExportLinkDocument,
        { input: { kind: 'ENGAGEMENT_PARTICIPANTS', engagementId: pilot } },
        t,
      ),
    check: (r) => !!(r.data as { createExportLink?: { url: string } })?.createExportLink?.url,
  },
  {
    action: 'engagement.submitFeedback',
    allowed: ['participant'],
    run: (t) =>
      server.request(SubmitFeedbackDocument, { input: { engagementId: pilot, body: 'Good' } }, t),
  },
  {
    action: 'program.createEngagement',
    allowed: ['creator', 'programOwner'],
    run: (t) =>
      server.request(
        CreateEngagementDocument,
        { input: { programId: program, name: 'Matrix engagement', joinPolicy: 'OPEN' } },
        t,
      ),
  },
  {
    action: 'program.manageGroups (setProgramMemberExpiry)',
    allowed: ['programOwner'],
    run: (t) =>
      server.request(
        SetProgramMemberExpiryDocument,
        {
          input: {
            programId: program,
            group: 'ENGAGEMENT_CREATOR',
            userIds: [users.cora],
            expiresAt: new Date(server.clock.now().getTime() + 10 * 86_400_000).toISOString(),
            dryRun: true,
          },
        },
        t,
      ),
  },
  {
    action: 'engagement.addParticipants (setEngagementMemberExpiry)',
    allowed: ['powerUserSameOrg', 'owner', 'programOwner'],
    run: (t) =>
      server.request(
        SetEngagementMemberExpiryDocument,
        {
          input: {
            engagementId: pilot,
            group: 'PARTICIPANT',
            userIds: [users.paula],
            expiresAt: new Date(server.clock.now().getTime() + 10 * 86_400_000).toISOString(),
            dryRun: true,
          },
        },
        t,
      ),
  },
  {
    action: 'program.manageGroups',
    allowed: ['programOwner'],
    run: (t) =>
      server.request(
        AddProgramMembersDocument,
        { input: { programId: program, group: 'PACKAGE_PUBLISHER', userIds: [users.oscar] } },
        t,
      ),
  },
];

describe.each(ROWS)('$action', (row) => {
  it.each(Object.keys(ROLES) as Role[])('as %s', async (role) => {
    const response = await row.run(tokenOf(role));
    const code = response.errors?.[0]?.extensions?.code as string | undefined;
    const allowed = row.allowed.includes(role);
    if (allowed) {
      expect(DENIED.has(code ?? '')).toBe(false);
      if (row.check) expect(row.check(response)).toBe(true);
    } else {
      if (role === 'anonymous') expect(code).toBe('UNAUTHENTICATED');
      else expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code);
    }
  });
});

describe('the matrix answers with the rule that denies', () => {
  it('cites R-PU-2 when a Power User adds a Power User, R-PU-1 when it reaches another organization', async () => {
    const powerUser = await ROWS.find((r) => r.action === 'engagement.addPowerUsers')!.run(
      tokens.pat,
    );
    expect(powerUser.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'R-PU-2' });
    const otherOrg = await ROWS.find((r) => r.action === 'engagement.addParticipants')!.run(
      tokens.nina,
    );
    expect(otherOrg.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'R-PU-1' });
  });
});
