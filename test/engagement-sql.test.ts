import { EngagementParticipantsDocument, ViewerEngagementsDocument } from './generated/graphql';
import { createCompanyWithMembers } from './factories/organizations';
import { TestServer, startTestServer, warmUpViewer } from './helpers/server';
import { Engagement, GroupMembership, OrganizationMember, User } from '../entities';
import { GroupKind, GroupMembershipStatus } from '../entities/enums';
import { scopeOfGroup } from '../entities/GroupMembership';
import { toGlobalId } from '../src/globalId';

let server: TestServer;
let pilot: Engagement;
let paula: User;
beforeAll(async () => {
  server = await startTestServer();
  paula = await server.app.deps.db
    .getRepository(User)
    .findOneByOrFail({ email: 'paula@fabrikam.example' });
  pilot = await server.app.deps.db
    .getRepository(Engagement)
    .findOneByOrFail({ name: 'Cloud Migration Pilot' });
});
afterAll(() => server.close());

/** A first request records the user's access (at most once an hour); counts measure later ones. */
const warmUp = (token: string) => warmUpViewer(server, token);

async function statementsFor(run: () => Promise<unknown>): Promise<number> {
  server.sql.reset();
  await run();
  return server.sql.count;
}

/** Adds every member of a fresh company as a participant of the pilot. */
async function addParticipants(count: number): Promise<void> {
  const db = server.app.deps.db;
  const { org } = await createCompanyWithMembers(db, `Partner ${count}`, count);
  const members = await db.getRepository(OrganizationMember).findBy({ organizationId: org.id });
  await db.getRepository(GroupMembership).insert(
    members.map((m) => ({
      scopeKey: scopeOfGroup(pilot.programId, pilot.id),
      group: GroupKind.PARTICIPANT,
      programId: pilot.programId,
      engagementId: pilot.id,
      userId: m.userId,
      memberOrganizationId: org.id,
      status: GroupMembershipStatus.ACTIVE,
      lastAccessAt: new Date(),
      termsAcceptedAt: null,
      createdAt: new Date(),
    })),
  );
}

describe('no N+1 in the engagements area (DESIGN §3.7)', () => {
  it('a participants page with users, organizations and last access costs the same for 5 and 91 rows', async () => {
    const token = await server.token('oscar@contoso.example');
    const measure = (expected: number) =>
      statementsFor(async () => {
        const res = await server.request(
          EngagementParticipantsDocument,
          { id: toGlobalId('Engagement', pilot.id), first: 100 },
          token,
        );
        expect(res.errors).toBeUndefined();
        expect((res.data!.node as { members: { edges: unknown[] } }).members.edges).toHaveLength(
          expected,
        );
      });
    await warmUp(token);
    const few = await measure(5);
    await addParticipants(85);
    const many = await measure(5 + 86);
    expect(many).toBe(few);
  });

  it("the viewer's engagements with its groups and requests cost the same for 1 and 30 engagements", async () => {
    const token = await server.token('paula@fabrikam.example');
    const measure = () =>
      statementsFor(async () => {
        const res = await server.request(ViewerEngagementsDocument, { first: 100 }, token);
        expect(res.errors).toBeUndefined();
      });
    await warmUp(token);
    const before = await measure();
    const db = server.app.deps.db;
    const membershipOfPaula = await db
      .getRepository(GroupMembership)
      .findOneByOrFail({ engagementId: pilot.id, group: GroupKind.PARTICIPANT, userId: paula.id });
    for (let i = 0; i < 29; i++) {
      const { id: _id, ...copy } = pilot;
      const e = await db.getRepository(Engagement).save({ ...copy, name: `Extra ${i}` });
      const { id: _membershipId, ...membership } = membershipOfPaula;
      await db.getRepository(GroupMembership).insert({
        ...membership,
        scopeKey: scopeOfGroup(e.programId, e.id),
        engagementId: e.id,
      });
    }
    const after = await measure();
    expect(after).toBe(before);
  });
});
