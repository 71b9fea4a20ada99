import { organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { IsNull, Not } from 'typeorm';
import { AuditEvent, ManagedRelationship, Notification, PermissionSet, User } from '../entities';
import { NotificationKind } from '../entities/enums';
import { toGlobalId } from '../src/globalId';
import { runRelationshipEnd } from '../jobs/relationshipEnd';

/**
 * Time-bound relationships (issue 21) through the API, with the controllable clock: the client's
 * super admin sets `relationshipExpiresAt` when approving an access link (at most
 * MAX_RELATIONSHIP_DAYS ahead), both sides are warned 30, 7 and 1 days ahead through the outbox
 * (each warning once), the super admin renews, and at expiry the relationship job ends it like
 * the 60-day end (R-PA-7): status ENDED, the same audit event.
 */
let server: TestServer;
let tailspin: string;
const tokens: Record<string, string> = {};
const ids: Record<string, number> = {};
const DAY = 86_400_000;

beforeAll(async () => {
  server = await startTestServer({ env: { MAX_RELATIONSHIP_DAYS: '90' } });
  tailspin = await organizationIdByName(server, 'Tailspin Client Co');
  for (const u of await server.app.deps.db.getRepository(User).find()) {
    const name = u.email.split('@')[0];
    ids[name] = u.id;
    tokens[name] = await server.token(u.email);
  }
});
afterAll(() => server.close());

const inDays = (days: number) => new Date(server.clock.now().getTime() + days * DAY).toISOString();

async function relationship(): Promise<{ id: string; status: string; expiresAt: string | null }> {
  const r = await server.raw<{
    organization: {
      managedBy: { edges: { node: { id: string; status: string; expiresAt: string | null } }[] };
    };
  }>(
    `query ($id: ID!) { organization(id: $id) { managedBy(first: 5) { edges { node { id status expiresAt } } } } }`,
    { id: tailspin },
    tokens.tina,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.organization.managedBy.edges[0].node;
}

const warnings = () =>
  server.app.deps.db
    .getRepository(Notification)
    .findBy({ kind: NotificationKind.RELATIONSHIP_EXPIRING });

const renew = (token: string, expiresAt: string, id: string) =>
  server.raw<{ renewRelationship: { relationship: { expiresAt: string } } }>(
    `mutation ($input: RenewRelationshipInput!) { renewRelationship(input: $input) { relationship { expiresAt status } } }`,
    { input: { relationshipId: id, expiresAt } },
    token,
  );

describe('time-bound relationships (issue 21)', () => {
  it('the super admin sets an expiry when approving an access link, bounded by MAX_RELATIONSHIP_DAYS', async () => {
    const set = await server.app.deps.db
      .getRepository(PermissionSet)
      .findOneByOrFail({ name: 'Reporting' });
    const link = await server.raw<{ createAccessLink: { accessLink: { id: string } } }>(
      `mutation ($input: CreateAccessLinkInput!) { createAccessLink(input: $input) { accessLink { id } } }`,
      {
        input: {
          clientOrganizationId: tailspin,
          permissionSetId: toGlobalId('PermissionSet', set.id),
        },
      },
      tokens.peter,
    );
    const approve = (expiresAt: string) =>
      server.raw(
        `mutation ($input: DecideAccessLinkInput!) { approveAccessLink(input: $input) { accessLink { status } } }`,
        {
          input: {
            accessLinkId: link.data!.createAccessLink.accessLink.id,
            relationshipExpiresAt: expiresAt,
          },
        },
        tokens.tina,
      );
    for (const tooFar of [inDays(91), inDays(-1)]) {
      expect((await approve(tooFar)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const ok = await approve(inDays(40));
    expect(ok.errors).toBeUndefined();
    expect(await relationship()).toMatchObject({ status: 'ACTIVE', expiresAt: inDays(40) });
  });

  it('warns both sides 30, 7 and 1 days ahead, each warning once', async () => {
    server.clock.advanceDays(5); // 35 days left
    expect((await runRelationshipEnd(server.app.deps)).expiryWarnings).toBe(0);
    server.clock.advanceDays(6); // 29 days left
    expect((await runRelationshipEnd(server.app.deps)).expiryWarnings).toBe(2);
    expect((await runRelationshipEnd(server.app.deps)).expiryWarnings).toBe(0);
    const sent = await warnings();
    expect(sent.map((n) => n.recipientUserId).sort()).toEqual([ids.frank, ids.tina].sort());
    expect(sent[0].data).toMatchObject({
      clientName: 'Tailspin Client Co',
      managerName: 'Fabrikam Partners',
      daysLeft: 29,
    });
    server.clock.advanceDays(23); // 6 days left
    expect((await runRelationshipEnd(server.app.deps)).expiryWarnings).toBe(2);
    expect((await runRelationshipEnd(server.app.deps)).expiryWarnings).toBe(0);
  });

  it("renewal is the client's super admins' (a matrix row), bounded, and restarts the warnings", async () => {
    const { id } = await relationship();
    for (const name of ['frank', 'peter', 'alice']) {
      const r = await renew(tokens[name], inDays(60), id);
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(r.errors?.[0].extensions?.code);
    }
    expect((await renew('', inDays(60), id)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await renew(tokens.tina, inDays(91), id)).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const renewed = await renew(tokens.tina, inDays(20), id);
    expect(renewed.errors).toBeUndefined();
    expect(renewed.data!.renewRelationship.relationship.expiresAt).toBe(inDays(20));
    const audit = await server.app.deps.db
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'relationship.renewed' });
    expect(audit.actorUserId).toBe(ids.tina);
    // 20 days left: the 30-day warning goes out again for the new date.
    expect((await runRelationshipEnd(server.app.deps)).expiryWarnings).toBe(2);
  });

  it('at expiry the relationship job ends it like the 60-day end (R-PA-7)', async () => {
    server.clock.advanceDays(19);
    await runRelationshipEnd(server.app.deps); // the 1-day warning
    const { id, status } = await relationship();
    expect(status).toBe('ACTIVE');
    server.clock.advanceDays(1);
    expect((await runRelationshipEnd(server.app.deps)).relationshipsEnded).toBe(1);
    // An ended relationship leaves the client's managers list (R-PA-7).
    const managers = await server.raw<{ organization: { managedBy: { totalCount: number } } }>(
      `query ($id: ID!) { organization(id: $id) { managedBy(first: 5) { totalCount } } }`,
      { id: tailspin },
      tokens.tina,
    );
    expect(managers.data!.organization.managedBy.totalCount).toBe(0);
    const row = await server.app.deps.db
      .getRepository(ManagedRelationship)
      .findOneByOrFail({ expiresAt: Not(IsNull()) });
    expect(row.status).toBe('ENDED');
    const ended = await server.app.deps.db
      .getRepository(AuditEvent)
      .findBy({ action: 'relationship.ended' });
    expect(ended).toHaveLength(2); // in the client's and in the partner's event log
    expect((await runRelationshipEnd(server.app.deps)).relationshipsEnded).toBe(0);
    expect((await renew(tokens.tina, inDays(30), id)).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'RELATIONSHIP_ENDED',
    });
  });
});
