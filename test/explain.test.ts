import fs from 'node:fs';
import path from 'node:path';
import { codeOf, organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { Engagement, User } from '../entities';
import { enumNameOf } from '../resolvers/types/permissionAction';
import { toGlobalId } from '../src/globalId';
import { Action, ACTIONS } from '../src/permissions/matrix';
import { permissionsMarkdown } from '../src/permissions/published';

let server: TestServer;
let pilot: string;
const tokens: Record<string, string> = {};
const users: Record<string, string> = {};
const as = (name: string) => tokens[name];

beforeAll(async () => {
  server = await startTestServer();
  pilot = toGlobalId(
    'Engagement',
    (
      await server.app.deps.db
        .getRepository(Engagement)
        .findOneByOrFail({ name: 'Cloud Migration Pilot' })
    ).id,
  );
  for (const u of await server.app.deps.db.getRepository(User).find()) {
    const name = u.email.split('@')[0];
    users[name] = toGlobalId('User', u.id);
    tokens[name] = await server.token(u.email);
  }
});
afterAll(() => server.close());

interface Explanation {
  allowed: boolean;
  rule: string | null;
  reason: string;
  paths: { scope: string; description: string }[];
}

const EXPLAIN = `query ($userId: ID!, $action: PermissionAction!, $resourceId: ID!) {
  explainAccess(userId: $userId, action: $action, resourceId: $resourceId) {
    allowed rule reason paths { scope description }
  }
}`;
const WHO_CAN = `query ($action: PermissionAction!, $resourceId: ID!) {
  whoCan(action: $action, resourceId: $resourceId, first: 100) {
    totalCount edges { node { user { email } paths { scope description } } }
  }
}`;

const explain = async (asUser: string, about: string, action: string, resourceId: string) =>
  server.raw<{ explainAccess: Explanation }>(
    EXPLAIN,
    { userId: users[about], action: enumNameOf(action as Action), resourceId },
    as(asUser),
  );

describe('viewerCan, explainAccess and whoCan (issue 9)', () => {
  it("shows a Power User's buttons on its engagement", async () => {
    const r = await server.raw<{ node: { viewerCan: Record<string, boolean> } }>(
      `query ($id: ID!) { node(id: $id) { ... on Engagement { viewerCan {
        read addParticipants removeParticipants addPowerUsers decideAccessRequests
        publishContent submitFeedback exportParticipants update
      } } } }`,
      { id: pilot },
      as('pat'),
    );
    expect(r.data?.node.viewerCan).toEqual({
      read: true,
      addParticipants: true,
      removeParticipants: true,
      addPowerUsers: false,
      decideAccessRequests: true,
      publishContent: false,
      submitFeedback: false,
      exportParticipants: true,
      update: false,
    });
  });

  it('explains a Power User adding a Power User as denied by R-PU-2, to itself and to the owner', async () => {
    for (const asking of ['pat', 'oscar']) {
      const r = await explain(asking, 'pat', 'engagement.addPowerUsers', pilot);
      expect(r.data?.explainAccess).toMatchObject({ allowed: false, rule: 'R-PU-2', paths: [] });
      expect(r.data?.explainAccess.reason).toContain(
        'engagement owner of the engagement; program owner of the program',
      );
    }
    const allowed = await explain('pat', 'pat', 'engagement.addParticipants', pilot);
    expect(allowed.data?.explainAccess).toMatchObject({
      allowed: true,
      rule: null,
      paths: [
        {
          scope: 'engagement',
          description:
            'member of the power user group of engagement Cloud Migration Pilot for Fabrikam Partners',
        },
      ],
    });
  });

  it('shows delegation paths: a provider admin, a partner admin holding a permission set', async () => {
    const myClient = await organizationIdByName(server, "My Client's Organization");
    const provider = await explain('alice', 'alice', 'organization.changeSeats', myClient);
    expect(provider.data?.explainAccess.paths).toEqual([
      {
        scope: 'manager',
        description: "admin of Acme Provider Services, which manages My Client's Organization",
      },
    ]);
    const tailspin = await organizationIdByName(server, 'Tailspin Client Co');
    const partner = await explain('frank', 'frank', 'organization.manageMembers', tailspin);
    expect(partner.data?.explainAccess.paths.map((p) => p.description)).toEqual([
      'partner admin of Tailspin Client Co holding permission set Employee manager (USERS_MANAGE)',
      'admin of Fabrikam Partners, which manages Tailspin Client Co',
    ]);
  });

  it('lists who can add participants, with their paths', async () => {
    const r = await server.raw<{
      whoCan: {
        totalCount: number;
        edges: { node: { user: { email: string }; paths: { description: string }[] } }[];
      };
    }>(WHO_CAN, { action: 'ENGAGEMENT_ADD_PARTICIPANTS', resourceId: pilot }, as('oscar'));
    const holders = Object.fromEntries(
      r.data!.whoCan.edges.map((e) => [e.node.user.email, e.node.paths.map((p) => p.description)]),
    );
    expect(holders).toEqual({
      'olivia@contoso.example': [
        'member of the program owner group of program Partner Readiness Program',
      ],
      'oscar@contoso.example': [
        'member of the engagement owner group of engagement Cloud Migration Pilot for Contoso Host',
      ],
      'pat@fabrikam.example': [
        'member of the power user group of engagement Cloud Migration Pilot for Fabrikam Partners',
      ],
      'nina@northwind.example': [
        'member of the power user group of engagement Cloud Migration Pilot for Northwind Partners',
      ],
    });
    expect(r.data!.whoCan.totalCount).toBe(4);
  });

  it('tells nobody about resources or people it cannot see', async () => {
    expect(codeOf(await explain('grace', 'grace', 'engagement.read', pilot))).toBe('NOT_FOUND');
    // A Power User may ask about itself, not about others; nor list holders.
    expect(codeOf(await explain('pat', 'oscar', 'engagement.addParticipants', pilot))).toBe(
      'FORBIDDEN',
    );
    const who = await server.raw(
      WHO_CAN,
      { action: 'ENGAGEMENT_ADD_PARTICIPANTS', resourceId: pilot },
      as('pat'),
    );
    expect(codeOf(who)).toBe('FORBIDDEN');
    // The owner may not ask about a user it cannot see.
    expect(codeOf(await explain('oscar', 'grace', 'engagement.read', pilot))).toBe('NOT_FOUND');
    expect(codeOf(await explain('pat', 'pat', 'no.suchAction', pilot))).toBe('BAD_USER_INPUT');
    expect(codeOf(await explain('pat', 'pat', 'organization.read', pilot))).toBe('BAD_USER_INPUT');
  });

  it('publishes the matrix, and docs/permissions.md is current', async () => {
    const r = await server.raw<{ permissionMatrix: { action: string; rules: string[] }[] }>(
      '{ permissionMatrix { action rules grants { scope holders text } } }',
      {},
      as('paula'),
    );
    expect(r.data?.permissionMatrix.map((row) => row.action)).toEqual(ACTIONS.map(enumNameOf));
    expect(r.data?.permissionMatrix.map((row) => row.action)).toContain(
      'ORGANIZATION_CHANGE_SEATS',
    );
    expect(r.data?.permissionMatrix.every((row) => row.rules.length > 0)).toBe(true);
    const committed = fs.readFileSync(path.join(__dirname, '..', 'docs', 'permissions.md'), 'utf8');
    expect(committed).toBe(permissionsMarkdown());
  });
});
