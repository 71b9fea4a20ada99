import { OrganizationMembersDocument, OrganizationsWithMembersDocument } from './generated/graphql';
import { createCompanyWithMembers } from './factories/organizations';
import { TestServer, startTestServer, warmUpViewer } from './helpers/server';
import { toGlobalId } from '../src/globalId';
import { AuditEvent, EventRecord, OrganizationMember, Team, User } from '../entities';
import { recordAudit } from '../src/services/audit';
import { Access } from '../src/permissions/access';
import { MoreThan } from 'typeorm';
import { MemberStatus, OrgRole, License, TeamPrivacy } from '../entities/enums';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: false });
});
afterAll(() => server.close());

/** A first request records the user's access (at most once an hour); counts measure later ones. */
const warmUp = (token: string) => warmUpViewer(server, token);

/** SQL statements one request sends, counted by the gateway's own SQL logger. */
async function statementsFor(run: () => Promise<unknown>): Promise<number> {
  server.sql.reset();
  await run();
  return server.sql.count;
}

describe('no N+1: SQL statements do not grow with the list (DESIGN §3.7)', () => {
  it('a members page with users and their teams costs the same for 10 and 100 members', async () => {
    const small = await createCompanyWithMembers(server.app.deps.db, 'Small Co', 10);
    const large = await createCompanyWithMembers(server.app.deps.db, 'Large Co', 99);
    const count = async (org: { id: number }, email: string) => {
      const token = await server.token(email);
      // A first request records the user's access (once an hour); measure a later one.
      await server.request(
        OrganizationMembersDocument,
        { id: toGlobalId('Organization', org.id), first: 1 },
        token,
      );
      await new Promise((r) => setTimeout(r, 50));
      return statementsFor(async () => {
        const res = await server.request(
          OrganizationMembersDocument,
          { id: toGlobalId('Organization', org.id), first: 100 },
          token,
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.organization!.members!.edges.length).toBeGreaterThan(0);
      });
    };
    const tenMembers = await count(small.org, small.adminEmail);
    const hundredMembers = await count(large.org, large.adminEmail);
    expect(hundredMembers).toBe(tenMembers);
    // The viewer with its grants and organizations; the members page joined with users; the
    // users' memberships with their teams (one UNION); the count (issue 17: was 12).
    expect(tenMembers).toBeLessThanOrEqual(4);
  });

  it("the members page with users' teams and groups (scenario b of the bench) costs at most 4 statements for pages of 10 and 50", async () => {
    // The bench's members page (scripts/bench/run.ts), without totalCount.
    const MEMBERS_PAGE = `query ($id: ID!, $first: Int!) { organization(id: $id) {
      members(first: $first) { edges { node { id role license status lastActivityAt user { id email name
        teams(first: 3) { edges { node { role team { id name } } } }
        groups(first: 3) { edges { node { group engagement { id name } } } } } } } pageInfo { endCursor hasNextPage } } } }`;
    const small = await createCompanyWithMembers(server.app.deps.db, 'Small Groups Co', 10);
    const large = await createCompanyWithMembers(server.app.deps.db, 'Large Groups Co', 99);
    const count = async (org: { id: number }, email: string, first: number) => {
      const token = await server.token(email);
      await warmUp(token);
      return statementsFor(async () => {
        const res = await server.raw(
          MEMBERS_PAGE,
          { id: toGlobalId('Organization', org.id), first },
          token,
        );
        expect(res.errors).toBeUndefined();
        expect(JSON.stringify(res.data)).toContain('"team":{"id"');
      });
    };
    const ten = await count(small.org, small.adminEmail, 10);
    const fifty = await count(large.org, large.adminEmail, 50);
    expect(fifty).toBe(ten);
    // viewer with grants and organizations; members page with users; their memberships with
    // teams, programs and engagements
    expect(ten).toBeLessThanOrEqual(4);
  });

  it("the teams and groups of a page's users are checked once for the page, not once per user (issue 17)", async () => {
    const company = await createCompanyWithMembers(server.app.deps.db, 'Checked Once Co', 30);
    const token = await server.token(company.adminEmail);
    await warmUp(token);
    const teams = jest.spyOn(Access.prototype, 'visibleTeamMemberships');
    const groups = jest.spyOn(Access.prototype, 'visibleGroupMemberships');
    try {
      const res = await server.raw(
        `query ($id: ID!) { organization(id: $id) { members(first: 30) { edges { node { user {
          teams(first: 3) { edges { node { team { id } } } }
          groups(first: 3) { edges { node { group } } } } } } } } }`,
        { id: toGlobalId('Organization', company.org.id) },
        token,
      );
      expect(res.errors).toBeUndefined();
      const users = (
        res.data as { organization: { members: { edges: { node: { user: unknown } }[] } } }
      ).organization.members.edges;
      expect(users).toHaveLength(30);
      expect(JSON.stringify(res.data)).toContain('"team":{"id"');
      expect(teams).toHaveBeenCalledTimes(1);
      expect(groups).toHaveBeenCalledTimes(1);
    } finally {
      teams.mockRestore();
      groups.mockRestore();
    }
  });

  it('a nested connection under a list of organizations costs the same for 2 and 12 organizations', async () => {
    const { adminEmail, org } = await createCompanyWithMembers(server.app.deps.db, 'Hub Co', 3);
    const token = await server.token(adminEmail);
    const hubAdmin = await server.app.deps.db
      .getRepository(OrganizationMember)
      .findOneByOrFail({ organizationId: org.id, role: OrgRole.ADMIN });
    const joinCompanies = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const other = await createCompanyWithMembers(server.app.deps.db, `Member Co ${n}-${i}`, 5);
        await server.app.deps.db.getRepository(OrganizationMember).insert({
          organizationId: other.org.id,
          userId: hubAdmin.userId,
          role: OrgRole.ADMIN,
          license: License.FULL,
          status: MemberStatus.ACTIVE,
          lastActivityAt: null,
          createdAt: new Date(),
        });
      }
    };
    const measure = () =>
      statementsFor(async () => {
        const res = await server.request(
          OrganizationsWithMembersDocument,
          { first: 50, membersFirst: 3 },
          token,
        );
        expect(res.errors).toBeUndefined();
      });
    await joinCompanies(1);
    await warmUp(token);
    const two = await measure();
    await joinCompanies(10);
    const twelve = await measure();
    expect(twelve).toBe(two);
  });
});

const BATCH = `mutation ($input: BatchUpdateMembersInput!) {
  batchUpdateMembers(input: $input) { applied failed }
}`;

describe('batches write in multi-row statements (issue 17)', () => {
  it('a 50-user batch pays per user only its own membership: audit entries and events are multi-row inserts', async () => {
    const db = server.app.deps.db;
    const { org, adminEmail } = await createCompanyWithMembers(db, 'Batch Co', 50);
    const team = await db.getRepository(Team).save({
      organizationId: org.id,
      name: 'Batch target',
      privacy: TeamPrivacy.DISCOVERABLE,
      createdAt: new Date(),
    });
    const token = await server.token(adminEmail);
    await warmUp(token);
    const members = await db.getRepository(OrganizationMember).findBy({ organizationId: org.id });
    const users = await db.getRepository(User).findByIds(members.map((m) => m.userId));
    const ids = users.filter((u) => u.email !== adminEmail).map((u) => toGlobalId('User', u.id));
    const run = (userIds: string[], operation: 'ADD_TO_TEAMS' | 'REMOVE_FROM_TEAM') =>
      statementsFor(async () => {
        const res = await server.raw<{ batchUpdateMembers: { applied: boolean; failed: number } }>(
          BATCH,
          {
            input: {
              organizationId: toGlobalId('Organization', org.id),
              userIds,
              operation,
              teamIds: [toGlobalId('Team', team.id)],
              teamId: toGlobalId('Team', team.id),
              atomic: true,
            },
          },
          token,
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.batchUpdateMembers).toEqual({ applied: true, failed: 0 });
      });
    const addTen = await run(ids.slice(0, 10), 'ADD_TO_TEAMS');
    const removeTen = await run(ids.slice(0, 10), 'REMOVE_FROM_TEAM');
    const addFifty = await run(ids.slice(0, 50), 'ADD_TO_TEAMS');
    const removeFifty = await run(ids.slice(0, 50), 'REMOVE_FROM_TEAM');
    expect(ids).toHaveLength(50);
    // Per user, only the team membership's read and write (BatchService.apply): the 50 audit
    // entries, their AUDIT events and the 50 ACCESS_CHANGED events are one statement each
    // (issue 17: 444 statements for 50 users before, 421 here).
    expect((addFifty - addTen) / 40).toBeLessThanOrEqual(2);
    expect((removeFifty - removeTen) / 40).toBeLessThanOrEqual(2);
    expect(addFifty - 2 * 50).toBeLessThanOrEqual(30);
    expect(removeFifty - 2 * 50).toBeLessThanOrEqual(30);
  });

  it('each audit entry of a multi-row insert gets its own id, and its AUDIT event carries it (both drivers)', async () => {
    const { db, transact, clock } = server.app.deps;
    const { org } = await createCompanyWithMembers(db, 'Audit Ids Co', 1);
    const [last] = await db
      .getRepository(EventRecord)
      .find({ order: { position: 'DESC' }, take: 1 });
    await transact(async (em) => {
      await recordAudit(em, clock, [
        {
          organizationId: org.id,
          actorUserId: null,
          action: 'test.first',
          targetType: 'Organization',
          targetId: org.id,
        },
      ]);
      await recordAudit(
        em,
        clock,
        ['test.second', 'test.third'].map((action) => ({
          organizationId: org.id,
          actorUserId: null,
          action,
          targetType: 'Organization',
          targetId: org.id,
        })),
      );
    });
    const rows = await db
      .getRepository(AuditEvent)
      .find({ where: { organizationId: org.id }, order: { id: 'ASC' } });
    expect(rows.map((r) => r.action)).toEqual(['test.first', 'test.second', 'test.third']);
    const events = await db.getRepository(EventRecord).find({
      where: { position: MoreThan(last?.position ?? 0), topic: 'AUDIT' },
      order: { position: 'ASC' },
    });
    const live = events
      .map((e) => e.payload as { id: number; action: string })
      .filter((p) => p.action.startsWith('test.'));
    expect(live.map((p) => [p.id, p.action])).toEqual(rows.map((r) => [r.id, r.action]));
  });
});
