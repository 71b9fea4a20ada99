import { organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { MEMBERSHIP_EVENTS, subscribe, subscribed } from './helpers/subscriptions';
import {
  AuditEvent,
  Engagement,
  Notification,
  Organization,
  OrganizationMember,
  User,
} from '../entities';
import { NotificationKind } from '../entities/enums';
import { toGlobalId } from '../src/globalId';
import { runRelationshipEnd } from '../jobs/relationshipEnd';

/**
 * Membership end dates (issue 21) through the API, with the controllable clock: an organization
 * membership may carry `expiresAt` (at most MAX_MEMBERSHIP_DAYS ahead; a guest gets
 * GUEST_MEMBERSHIP_DAYS), admins set or clear it, the relationships job warns the member 7 and
 * 1 days ahead (each once) and at the date removes the membership like a manual removal (seat
 * freed, membership events), except the last super admin, who is kept.
 */
let server: TestServer;
let globex: string;
let fabrikam: string;
const tokens: Record<string, string> = {};
const ids: Record<string, number> = {};
const DAY = 86_400_000;

beforeAll(async () => {
  server = await startTestServer({
    env: { MAX_MEMBERSHIP_DAYS: '90', GUEST_MEMBERSHIP_DAYS: '30' },
  });
  globex = await organizationIdByName(server, 'Globex Corporation');
  fabrikam = await organizationIdByName(server, 'Fabrikam Partners');
  for (const u of await server.app.deps.db.getRepository(User).find()) {
    const name = u.email.split('@')[0];
    ids[name] = u.id;
    tokens[name] = await server.token(u.email);
  }
});
afterAll(() => server.close());
// Users added by a test are named by the next ones.
beforeEach(async () => {
  for (const u of await server.app.deps.db.getRepository(User).find()) {
    ids[u.email.split('@')[0]] = u.id;
  }
});

const inDays = (days: number) => new Date(server.clock.now().getTime() + days * DAY).toISOString();
const job = () => runRelationshipEnd(server.app.deps);
const gid = (name: string) => toGlobalId('User', ids[name]);

const MEMBER = 'member { expiresAt role user { email } }';

function add(input: Record<string, unknown>) {
  return server.raw<{ addOrganizationMember: { member: { expiresAt: string | null } } }>(
    `mutation ($input: AddOrganizationMemberInput!) { addOrganizationMember(input: $input) { ${MEMBER} } }`,
    { input: { organizationId: globex, ...input } },
    tokens.grace,
  );
}

function setExpiry(token: string, org: string, user: string, expiresAt: string | null) {
  return server.raw<{ setOrganizationMemberExpiry: { member: { expiresAt: string | null } } }>(
    `mutation ($input: SetOrganizationMemberExpiryInput!) { setOrganizationMemberExpiry(input: $input) { ${MEMBER} } }`,
    { input: { organizationId: org, userId: gid(user), expiresAt } },
    token,
  );
}

async function memberRow(org: string, user: string): Promise<OrganizationMember | null> {
  const name = org === globex ? 'Globex Corporation' : 'Fabrikam Partners';
  const { id } = await server.app.deps.db.getRepository(Organization).findOneByOrFail({ name });
  return server.app.deps.db
    .getRepository(OrganizationMember)
    .findOneBy({ organizationId: id, userId: ids[user] });
}

const warningsTo = (user: string) =>
  server.app.deps.db
    .getRepository(Notification)
    .findBy({ kind: NotificationKind.MEMBERSHIP_EXPIRING, recipientUserId: ids[user] });

async function seatsUsed(org: string, token: string): Promise<number> {
  const r = await server.raw<{ organization: { seats: { used: number } } }>(
    `query ($id: ID!) { organization(id: $id) { seats { used } } }`,
    { id: org },
    token,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.organization.seats.used;
}

describe('membership end dates (issue 21)', () => {
  it('adds a member with an end date, and a guest with GUEST_MEMBERSHIP_DAYS by default', async () => {
    const contractor = await add({
      email: 'carl@globex.example',
      name: 'Carl',
      expiresAt: inDays(60),
    });
    expect(contractor.errors).toBeUndefined();
    expect(contractor.data!.addOrganizationMember.member.expiresAt).toBe(inDays(60));
    const guest = await add({ email: 'gina@outside.example', name: 'Gina', role: 'GUEST' });
    expect(guest.errors).toBeUndefined();
    expect(guest.data!.addOrganizationMember.member.expiresAt).toBe(inDays(30));
    const member = await add({ email: 'mo@globex.example', name: 'Mo' });
    expect(member.data!.addOrganizationMember.member.expiresAt).toBeNull();
  });

  it('refuses an end date in the past or beyond MAX_MEMBERSHIP_DAYS, and changes nothing', async () => {
    const before = await server.app.deps.db.getRepository(OrganizationMember).count();
    for (const expiresAt of [inDays(91), inDays(-1)]) {
      const r = await add({ email: 'late@globex.example', name: 'Late', expiresAt });
      expect(r.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'MEMBERSHIP_EXPIRY_OUT_OF_RANGE',
        field: 'expiresAt',
      });
      const set = await setExpiry(tokens.grace, globex, 'carl', expiresAt);
      expect(set.errors?.[0].extensions?.reason).toBe('MEMBERSHIP_EXPIRY_OUT_OF_RANGE');
    }
    expect(await server.app.deps.db.getRepository(OrganizationMember).count()).toBe(before);
    expect((await memberRow(globex, 'carl'))!.expiresAt!.toISOString()).toBe(inDays(60));
  });

  it('sets and clears an end date with the rights of managing members, audited', async () => {
    for (const name of ['ivy', 'frank']) {
      const r = await setExpiry(tokens[name], globex, 'hank', inDays(10));
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(r.errors?.[0].extensions?.code);
    }
    const set = await setExpiry(tokens.grace, globex, 'ivy', inDays(10));
    expect(set.errors).toBeUndefined();
    expect(set.data!.setOrganizationMemberExpiry.member.expiresAt).toBe(inDays(10));
    const cleared = await setExpiry(tokens.grace, globex, 'ivy', null);
    expect(cleared.data!.setOrganizationMemberExpiry.member.expiresAt).toBeNull();
    expect((await memberRow(globex, 'ivy'))!.expiresAt).toBeNull();
    const audit = await server.app.deps.db
      .getRepository(AuditEvent)
      .findBy({ action: 'member.expiry.set', targetId: ids.ivy });
    expect(audit.map((a) => a.actorUserId)).toEqual([ids.grace, ids.grace]);
  });

  it('warns the member 7 and 1 days ahead, each warning once', async () => {
    expect((await setExpiry(tokens.grace, globex, 'hank', inDays(8))).errors).toBeUndefined();
    await job();
    expect(await warningsTo('hank')).toHaveLength(0);
    server.clock.advanceDays(1); // 7 days left
    await job();
    await job();
    const first = await warningsTo('hank');
    expect(first).toHaveLength(1);
    expect(first[0].data).toMatchObject({ scopeName: 'Globex Corporation', daysLeft: 7 });
    server.clock.advanceDays(6); // 1 day left
    await job();
    await job();
    expect((await warningsTo('hank')).map((n) => n.data.daysLeft)).toEqual([7, 1]);
  });

  it('a renewal (a later date) prevents the expiry and restarts the warnings', async () => {
    expect((await setExpiry(tokens.grace, globex, 'hank', inDays(20))).errors).toBeUndefined();
    server.clock.advanceDays(2);
    await job();
    expect(await memberRow(globex, 'hank')).not.toBeNull();
    server.clock.advanceDays(11); // 7 days left of the new date
    await job();
    expect((await warningsTo('hank')).map((n) => n.data.daysLeft)).toEqual([7, 1, 7]);
  });

  it('at the date the job removes the membership: seat freed, membership events published', async () => {
    expect((await setExpiry(tokens.frank, fabrikam, 'paula', inDays(2))).errors).toBeUndefined();
    const used = await seatsUsed(fabrikam, tokens.frank);
    const pilot = await server.app.deps.db
      .getRepository(Engagement)
      .findOneByOrFail({ name: 'Cloud Migration Pilot' });
    const live = subscribe<{ type: string; user: { email: string } }>(
      server.ws({ token: tokens.pat }),
      MEMBERSHIP_EVENTS,
      { engagementId: toGlobalId('Engagement', pilot.id) },
    );
    await subscribed(server, 'MEMBERSHIP', 1);
    server.clock.advanceDays(2);
    expect((await job()).membershipsExpired).toBeGreaterThanOrEqual(1);
    expect(await memberRow(fabrikam, 'paula')).toBeNull();
    expect(await seatsUsed(fabrikam, tokens.frank)).toBe(used - 1);
    await live.next((e) => e.type === 'REMOVED' && e.user.email === 'paula@fabrikam.example');
    live.dispose();
    const removed = await server.app.deps.db
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'member.removed', targetId: ids.paula });
    expect(removed).toMatchObject({ actorUserId: null, metadata: { reason: 'EXPIRED' } });
  });

  it('keeps the last super admin of an organization, audited as member.expiryKept', async () => {
    expect((await setExpiry(tokens.grace, globex, 'grace', inDays(1))).errors).toBeUndefined();
    server.clock.advanceDays(1);
    expect((await job()).membershipExpiryKept).toBe(1);
    const grace = (await memberRow(globex, 'grace'))!;
    expect(grace).toMatchObject({ role: 'ADMIN', status: 'ACTIVE', expiresAt: null });
    const kept = await server.app.deps.db
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'member.expiryKept', targetId: ids.grace });
    expect(kept).toMatchObject({ actorUserId: null, metadata: { reason: 'LAST_SUPER_ADMIN' } });
    expect((await job()).membershipExpiryKept).toBe(0);
  });

  it('two job runs at once expire each membership once and send each warning once', async () => {
    for (const name of ['ivy', 'hank']) {
      expect((await setExpiry(tokens.grace, globex, name, inDays(1))).errors).toBeUndefined();
    }
    expect((await setExpiry(tokens.grace, globex, 'carl', inDays(7))).errors).toBeUndefined();
    const warnedBefore = (await warningsTo('carl')).length;
    const hankBefore = (await warningsTo('hank')).length;
    await Promise.all([job(), job()]);
    expect((await warningsTo('carl')).length).toBe(warnedBefore + 1);
    expect((await warningsTo('ivy')).length).toBe(1);
    expect((await warningsTo('hank')).length).toBe(hankBefore + 1);
    server.clock.advanceDays(1);
    const [a, b] = await Promise.all([job(), job()]);
    expect(a.membershipsExpired + b.membershipsExpired).toBe(2);
    for (const name of ['ivy', 'hank']) {
      expect(await memberRow(globex, name)).toBeNull();
      const audits = await server.app.deps.db
        .getRepository(AuditEvent)
        .countBy({ action: 'member.removed', targetId: ids[name] });
      expect(audits).toBe(1);
    }
  });
});

describe('group membership end dates (issue 21)', () => {
  const CHANGES = 'results { outcome user { email } membership { group expiresAt } }';
  let pilot: string;
  let program: string;
  beforeAll(async () => {
    const e = await server.app.deps.db
      .getRepository(Engagement)
      .findOneByOrFail({ name: 'Cloud Migration Pilot' });
    pilot = toGlobalId('Engagement', e.id);
    program = toGlobalId('Program', e.programId);
  });

  type Changes = { outcome: string; membership: { expiresAt: string | null } | null }[];
  const call = (mutation: string, type: string, input: Record<string, unknown>, token: string) =>
    server.raw<Record<string, { results: Changes }>>(
      `mutation ($input: ${type}!) { ${mutation}(input: $input) { ${CHANGES} } }`,
      { input },
      token,
    );

  it('adds participants with an end date, bounded, and Power Users set it for their own only', async () => {
    const input = { engagementId: pilot, group: 'PARTICIPANT', userIds: [gid('peter')] };
    const tooFar = await call(
      'addEngagementMembers',
      'AddEngagementMembersInput',
      {
        ...input,
        expiresAt: inDays(91),
      },
      tokens.pat,
    );
    expect(tooFar.errors?.[0].extensions?.reason).toBe('MEMBERSHIP_EXPIRY_OUT_OF_RANGE');
    const added = await call(
      'addEngagementMembers',
      'AddEngagementMembersInput',
      {
        ...input,
        expiresAt: inDays(3),
      },
      tokens.pat,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addEngagementMembers.results).toMatchObject([
      { outcome: 'CHANGED', membership: { expiresAt: inDays(3) } },
    ]);
    const other = await call(
      'setEngagementMemberExpiry',
      'SetEngagementMemberExpiryInput',
      {
        engagementId: pilot,
        group: 'PARTICIPANT',
        userIds: [gid('ned')],
        expiresAt: inDays(3),
      },
      tokens.pat,
    );
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('expires the participant at the date: REMOVED published live, once', async () => {
    const live = subscribe<{ type: string; user: { email: string } }>(
      server.ws({ token: tokens.oscar }),
      MEMBERSHIP_EVENTS,
      { engagementId: pilot },
    );
    await subscribed(server, 'MEMBERSHIP', 1);
    server.clock.advanceDays(3);
    const [a, b] = await Promise.all([job(), job()]);
    expect(a.membershipsExpired + b.membershipsExpired).toBe(1);
    await live.next((e) => e.type === 'REMOVED' && e.user.email === 'peter@fabrikam.example');
    live.dispose();
    const audits = await server.app.deps.db
      .getRepository(AuditEvent)
      .findBy({ action: 'engagement.member.removed' });
    expect(audits.map((x) => [x.actorUserId, x.metadata.userId])).toEqual([[null, ids.peter]]);
  });

  it('program owners set and clear the end of program group memberships', async () => {
    const input = { programId: program, group: 'ENGAGEMENT_CREATOR', userIds: [gid('cora')] };
    const denied = await call(
      'setProgramMemberExpiry',
      'SetProgramMemberExpiryInput',
      {
        ...input,
        expiresAt: inDays(5),
      },
      tokens.oscar,
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(denied.errors?.[0].extensions?.code);
    const set = await call(
      'setProgramMemberExpiry',
      'SetProgramMemberExpiryInput',
      {
        ...input,
        expiresAt: inDays(5),
      },
      tokens.olivia,
    );
    expect(set.data!.setProgramMemberExpiry.results).toMatchObject([
      { outcome: 'CHANGED', membership: { expiresAt: inDays(5) } },
    ]);
    const cleared = await call(
      'setProgramMemberExpiry',
      'SetProgramMemberExpiryInput',
      {
        ...input,
        expiresAt: null,
      },
      tokens.olivia,
    );
    expect(cleared.data!.setProgramMemberExpiry.results).toMatchObject([
      { outcome: 'CHANGED', membership: { expiresAt: null } },
    ]);
  });
});
