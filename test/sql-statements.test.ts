import { OrganizationMembersDocument, OrganizationsWithMembersDocument } from './generated/graphql';
import { createCompanyWithMembers } from './factories/organizations';
import { TestServer, startTestServer, warmUpViewer } from './helpers/server';
import { toGlobalId } from '../src/globalId';
import { OrganizationMember } from '../entities';
import { MemberStatus, OrgRole, License } from '../entities/enums';

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
    // viewer, grants (3), organization, members page, users, team memberships, teams, count, team grants
    expect(tenMembers).toBeLessThanOrEqual(12);
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
