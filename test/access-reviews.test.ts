import { IsNull } from 'typeorm';
import {
  AccessReviewItem,
  AuditEvent,
  Engagement,
  GroupMembership,
  ManagedRelationship,
  Notification,
  Organization,
  OrganizationMember,
  Program,
  User,
} from '../entities';
import { GroupKind, NotificationKind, RelationshipStatus } from '../entities/enums';
import { runAccessReviews } from '../jobs/accessReviews';
import { toGlobalId } from '../src/globalId';
import { codeOf, startTestServer, TestServer } from './helpers/server';
import { subscribe } from './helpers/subscriptions';

/**
 * Access reviews (issue 21) through the API, with the controllable clock: who manages a scope
 * opens a review; reviewers (owners, program owners, Power Users for their own organization
 * R-PU-1, a client's super admins for partner admins) list their items with the last access date
 * (R-IN-2) and decide APPROVE/REMOVE with a justification, single and bulk; completion or the
 * due-date job applies every decision in one audited step through the manual removals (R-MB-2,
 * R-PA-7: seats freed, relationship ending). Runs on SQLite and on MariaDB (DATABASE_URL).
 */
jest.setTimeout(120_000);
let server: TestServer;
const tokens: Record<string, string> = {};
const ids: Record<string, number> = {};
const DAY = 86_400_000;
const inDays = (days: number) => new Date(server.clock.now().getTime() + days * DAY).toISOString();
const gid = (type: string, id: number) => toGlobalId(type, id);

beforeAll(async () => {
  server = await startTestServer({ env: { JOBS_ENABLED: 'false' } });
  for (const u of await server.app.deps.db.getRepository(User).find()) {
    const name = u.email.split('@')[0];
    ids[name] = u.id;
    tokens[name] = await server.token(u.email);
  }
});
afterAll(() => server.close());

const db = () => server.app.deps.db;
const engagementId = async (name: string) =>
  gid('Engagement', (await db().getRepository(Engagement).findOneByOrFail({ name })).id);
const organizationId = async (name: string) =>
  gid('Organization', (await db().getRepository(Organization).findOneByOrFail({ name })).id);

const CREATE = `mutation ($input: CreateAccessReviewInput!) { createAccessReview(input: $input) { accessReview { id name status dueAt undecided kind } } }`;
const ITEMS = `query ($id: ID!) { node(id: $id) { ... on AccessReview { items(first: 50) { totalCount edges { node { id lastAccessAt decision group role user { email } viewerCan { decide } } } } } } }`;
const DECIDE = `mutation ($input: AccessReviewDecisionInput!) { decideAccessReviewItem(input: $input) { item { id decision justification decidedAt } } }`;
const DECIDE_MANY = `mutation ($input: DecideAccessReviewItemsInput!) { decideAccessReviewItems(input: $input) { results { id outcome error { code reason } item { decision } } } }`;
const COMPLETE = `mutation ($input: CompleteAccessReviewInput!) { completeAccessReview(input: $input) { accessReview { status appliedAt } items { outcome decision user { email } } } }`;

type Item = {
  id: string;
  lastAccessAt: string | null;
  decision: string | null;
  user: { email: string };
  viewerCan: { decide: boolean };
};

async function create(as: string, input: Record<string, unknown>) {
  return server.raw<{ createAccessReview: { accessReview: { id: string; name: string } } }>(
    CREATE,
    { input: { dueAt: inDays(14), ...input } },
    tokens[as],
  );
}

async function itemsOf(as: string, reviewId: string): Promise<Item[] | null> {
  const r = await server.raw<{ node: { items: { edges: { node: Item }[] } } | null }>(
    ITEMS,
    { id: reviewId },
    tokens[as],
  );
  return r.data?.node ? r.data.node.items.edges.map((e) => e.node) : null;
}

const itemFor = (items: Item[], name: string) =>
  items.find((i) => i.user.email.startsWith(`${name}@`))!;

const decide = (
  as: string,
  itemId: string,
  decision: string,
  justification = 'Checked with the team.',
) =>
  server.raw<{ decideAccessReviewItem: { item: { decision: string } } }>(
    DECIDE,
    { input: { itemId, decision, justification } },
    tokens[as],
  );

const complete = (as: string, accessReviewId: string, dryRun = false) =>
  server.raw<{
    completeAccessReview: {
      accessReview: { status: string };
      items: { outcome: string; user: { email: string } }[];
    };
  }>(COMPLETE, { input: { accessReviewId, dryRun } }, tokens[as]);

const participants = async (engagement: string) =>
  (
    await db()
      .getRepository(GroupMembership)
      .findBy({
        engagementId: Number(
          Buffer.from(await engagementId(engagement), 'base64url')
            .toString()
            .split(':')[1],
        ),
        group: GroupKind.PARTICIPANT,
      })
  )
    .map((m) => m.userId)
    .sort();

describe('access reviews of an engagement (issue 21)', () => {
  let reviewId: string;
  let items: Item[];

  it('only who manages the engagement opens one; the due date is bounded', async () => {
    const pilot = await engagementId('Cloud Migration Pilot');
    const input = { kind: 'ENGAGEMENT_PARTICIPANTS', scopeId: pilot };
    expect(codeOf(await create('pat', input))).toBe('FORBIDDEN'); // a Power User manages only participants of its organization
    expect(codeOf(await create('paula', input))).toBe('FORBIDDEN');
    expect(codeOf(await create('grace', input))).toBe('NOT_FOUND');
    expect(codeOf(await create('oscar', { ...input, dueAt: inDays(-1) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await create('oscar', { ...input, dueAt: inDays(400) }))).toBe('BAD_USER_INPUT');
    const mismatch = await create('oscar', { kind: 'PROGRAM_GROUPS', scopeId: pilot });
    expect(mismatch.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REVIEW_SCOPE_MISMATCH',
    });
    const ok = await create('oscar', input);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createAccessReview.accessReview).toMatchObject({
      name: 'Participants of Cloud Migration Pilot',
      status: 'OPEN',
      undecided: 'KEEP',
    });
    reviewId = ok.data!.createAccessReview.accessReview.id;
    const audit = await db()
      .getRepository(AuditEvent)
      .findOneBy({ action: 'accessReview.created' });
    expect(audit?.actorUserId).toBe(ids.oscar);
  });

  it('R-PU-1, R-IN-2: reviewers list their items with the last access date; Power Users their own organization only', async () => {
    items = (await itemsOf('oscar', reviewId))!;
    expect(items.map((i) => i.user.email).sort()).toEqual([
      'ned@northwind.example',
      'paula@fabrikam.example',
    ]);
    expect(items.every((i) => i.lastAccessAt !== null && i.viewerCan.decide)).toBe(true);
    expect((await itemsOf('olivia', reviewId))!.length).toBe(2); // the program owner
    expect((await itemsOf('pat', reviewId))!.map((i) => i.user.email)).toEqual([
      'paula@fabrikam.example',
    ]);
    expect((await itemsOf('nina', reviewId))!.map((i) => i.user.email)).toEqual([
      'ned@northwind.example',
    ]);
    for (const outsider of ['paula', 'grace', 'frank'])
      expect(await itemsOf(outsider, reviewId)).toBeNull();
  });

  it('decides with a justification; Power Users only their own organization; a decision is final', async () => {
    const paula = itemFor(items, 'paula').id;
    const ned = itemFor(items, 'ned').id;
    const foreign = await decide('pat', ned, 'REMOVE');
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'R-PU-1' });
    expect(codeOf(await decide('paula', paula, 'APPROVE'))).toBe('NOT_FOUND');
    expect(codeOf(await decide('pat', paula, 'REMOVE', '   '))).toBe('BAD_USER_INPUT');
    const ok = await decide('pat', paula, 'REMOVE', 'Left the migration team.');
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.decideAccessReviewItem.item).toMatchObject({
      decision: 'REMOVE',
      justification: 'Left the migration team.',
    });
    const again = await decide('oscar', paula, 'APPROVE');
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REVIEW_ITEM_DECIDED',
    });
    expect(itemFor((await itemsOf('pat', reviewId))!, 'paula').viewerCan.decide).toBe(false);
  });

  it('bulk: up to 50 items, one result per item in input order', async () => {
    const paula = itemFor(items, 'paula').id;
    const ned = itemFor(items, 'ned').id;
    const decision = (itemId: string) => ({
      itemId,
      decision: 'APPROVE',
      justification: 'Still on the project.',
    });
    const tooMany = await server.raw(
      DECIDE_MANY,
      {
        input: {
          decisions: Array.from({ length: 51 }, (_, i) =>
            decision(gid('AccessReviewItem', 10_000 + i)),
          ),
        },
      },
      tokens.oscar,
    );
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    const r = await server.raw<{
      decideAccessReviewItems: {
        results: {
          id: string;
          outcome: string;
          error: { code: string; reason: string | null } | null;
          item: { decision: string } | null;
        }[];
      };
    }>(
      DECIDE_MANY,
      {
        input: {
          decisions: [decision(ned), decision(paula), decision(gid('AccessReviewItem', 99_999))],
        },
      },
      tokens.oscar,
    );
    expect(r.errors).toBeUndefined();
    expect(
      r.data!.decideAccessReviewItems.results.map((x) => [
        x.id,
        x.outcome,
        x.error,
        x.item?.decision ?? null,
      ]),
    ).toEqual([
      [ned, 'CHANGED', null, 'APPROVE'],
      [paula, 'FAILED', { code: 'CONFLICT', reason: 'REVIEW_ITEM_DECIDED' }, 'REMOVE'],
      [gid('AccessReviewItem', 99_999), 'FAILED', { code: 'NOT_FOUND', reason: null }, null],
    ]);
  });

  it('completes: the dry run changes nothing; then the decisions apply through the manual removal (R-MB-2)', async () => {
    expect(codeOf(await complete('pat', reviewId))).toBe('FORBIDDEN');
    const before = await participants('Cloud Migration Pilot');
    const dry = await complete('oscar', reviewId, true);
    expect(dry.errors).toBeUndefined();
    expect(await participants('Cloud Migration Pilot')).toEqual(before);
    const real = await complete('oscar', reviewId);
    expect(real.errors).toBeUndefined();
    expect(real.data).toEqual(dry.data);
    expect(real.data!.completeAccessReview.accessReview.status).toBe('APPLIED');
    expect(
      real.data!.completeAccessReview.items.map((i) => [i.user.email, i.outcome]).sort(),
    ).toEqual([
      ['ned@northwind.example', 'KEPT'],
      ['paula@fabrikam.example', 'REMOVED'],
    ]);
    expect(await participants('Cloud Migration Pilot')).toEqual(
      before.filter((u) => u !== ids.paula),
    );
    expect(await participants('Security Workshop')).toContain(ids.paula); // other engagements untouched
    const removal = await db()
      .getRepository(AuditEvent)
      .findOneBy({ action: 'engagement.member.removed' });
    expect(removal?.actorUserId).toBe(ids.oscar);
    const applied = await db()
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'accessReview.applied' });
    expect(applied.metadata).toMatchObject({ kept: 1, removed: 1, trigger: 'completed' });
    expect((await complete('oscar', reviewId)).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REVIEW_CLOSED',
    });
    expect(codeOf(await decide('oscar', itemFor(items, 'ned').id, 'REMOVE'))).toBe('CONFLICT');
  });
});

describe('access reviews of partner admins, guests and program groups (issue 21)', () => {
  it('R-PA-1, R-PA-7: a client super admin reviews partner admins; at the due date the job removes the undecided ones, frees the seat and starts the relationship end; reminders 7 and 1 days ahead', async () => {
    const tailspin = await organizationId('Tailspin Client Co');
    const input = {
      kind: 'ORGANIZATION_PARTNER_ADMINS',
      scopeId: tailspin,
      dueAt: inDays(10),
      undecided: 'REMOVE',
    };
    expect(codeOf(await create('frank', input))).toBe('FORBIDDEN');
    expect(codeOf(await create('alice', input))).toBe('NOT_FOUND');
    const review = (await create('tina', input)).data!.createAccessReview.accessReview.id;
    expect((await itemsOf('tina', review))!.map((i) => i.user.email)).toEqual([
      'frank@fabrikam.example',
    ]);
    expect(await itemsOf('frank', review)).toBeNull();
    const reminders = () =>
      db().getRepository(Notification).findBy({ kind: NotificationKind.ACCESS_REVIEW_REMINDER });
    expect((await runAccessReviews(server.app.deps)).reviewReminders).toBe(0);
    server.clock.advanceDays(3.5); // 6.5 days left
    expect(await runAccessReviews(server.app.deps)).toEqual({
      reviewsApplied: 0,
      reviewReminders: 1,
    });
    expect(await runAccessReviews(server.app.deps)).toEqual({
      reviewsApplied: 0,
      reviewReminders: 0,
    });
    expect((await reminders()).map((n) => n.recipientUserId)).toEqual([ids.tina]);
    const org = () =>
      db().getRepository(Organization).findOneByOrFail({ name: 'Tailspin Client Co' });
    const seatsBefore = (await org()).seatsUsed;
    server.clock.advanceDays(7);
    expect(await runAccessReviews(server.app.deps)).toEqual({
      reviewsApplied: 1,
      reviewReminders: 0,
    });
    expect(await runAccessReviews(server.app.deps)).toEqual({
      reviewsApplied: 0,
      reviewReminders: 0,
    });
    expect(
      await db()
        .getRepository(OrganizationMember)
        .findOneBy({ organizationId: (await org()).id, userId: ids.frank }),
    ).toBeNull();
    expect((await org()).seatsUsed).toBe(seatsBefore - 1);
    const relationship = await db()
      .getRepository(ManagedRelationship)
      .findOneByOrFail({ clientOrganizationId: (await org()).id });
    expect(relationship.status).toBe(RelationshipStatus.ENDING);
    const removed = await db()
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'partner.employee.removed' });
    expect(removed.actorUserId).toBeNull();
    expect(removed.metadata).toMatchObject({ accessReviewId: expect.any(Number) });
  });

  it('R-DI-5: a company admin reviews guests; REMOVE frees the seat', async () => {
    const globex = await organizationId('Globex Corporation');
    expect(codeOf(await create('hank', { kind: 'ORGANIZATION_GUESTS', scopeId: globex }))).toBe(
      'FORBIDDEN',
    );
    const review = (await create('grace', { kind: 'ORGANIZATION_GUESTS', scopeId: globex })).data!
      .createAccessReview.accessReview.id;
    const [gus] = (await itemsOf('grace', review))!;
    expect(gus.user.email).toBe('gus@partner-guest.example');
    expect((await decide('grace', gus.id, 'REMOVE')).errors).toBeUndefined();
    const used = async () =>
      (await db().getRepository(Organization).findOneByOrFail({ name: 'Globex Corporation' }))
        .seatsUsed;
    const before = await used();
    expect((await complete('grace', review)).errors).toBeUndefined();
    expect(await used()).toBe(before - 1);
    expect(await db().getRepository(OrganizationMember).findOneBy({ userId: ids.gus })).toBeNull();
  });

  it('R-EN-1: program owners review the program groups; undecided items are kept', async () => {
    const program = gid('Program', (await db().getRepository(Program).findOneByOrFail({})).id);
    expect(codeOf(await create('oscar', { kind: 'PROGRAM_GROUPS', scopeId: program }))).toBe(
      'FORBIDDEN',
    );
    const review = (await create('olivia', { kind: 'PROGRAM_GROUPS', scopeId: program })).data!
      .createAccessReview.accessReview.id;
    expect(await itemsOf('oscar', review)).toBeNull(); // engagement owners do not review program groups
    const items = (await itemsOf('olivia', review))!;
    expect(items.map((i) => i.user.email).sort()).toEqual([
      'cora@contoso.example',
      'olivia@contoso.example',
      'paco@contoso.example',
    ]);
    expect((await decide('olivia', itemFor(items, 'cora').id, 'REMOVE')).errors).toBeUndefined();
    expect((await complete('olivia', review)).errors).toBeUndefined();
    const groups = await db().getRepository(GroupMembership).findBy({ engagementId: IsNull() });
    expect(groups.map((g) => g.userId).sort()).toEqual([ids.olivia, ids.paco].sort());
  });
});

describe('accessReviewEvents (issue 21)', () => {
  it('reviewers receive the events of the reviews they may see; others do not', async () => {
    const client = server.ws({ authorization: `Bearer ${tokens.oscar}` });
    const outsider = server.ws({ authorization: `Bearer ${tokens.grace}` });
    const query = `subscription { accessReviewEvents { type itemCount accessReview { name status } } }`;
    const mine = subscribe<{ type: string; accessReview: { name: string } }>(client, query);
    const theirs = subscribe<{ type: string }>(outsider, query);
    await new Promise((r) => setTimeout(r, 300));
    const workshop = await engagementId('Security Workshop');
    const review = (await create('oscar', { kind: 'ENGAGEMENT_PARTICIPANTS', scopeId: workshop }))
      .data!.createAccessReview.accessReview.id;
    expect((await mine.next((e) => e.type === 'CREATED')).accessReview.name).toBe(
      'Participants of Security Workshop',
    );
    expect((await complete('oscar', review)).errors).toBeUndefined();
    await mine.next((e) => e.type === 'APPLIED');
    expect(theirs.events).toEqual([]);
    mine.dispose();
    theirs.dispose();
  });
});

describe('races are settled by the database (issue 21)', () => {
  it('two reviewers deciding the same item: exactly one decision counts', async () => {
    const pilot = await engagementId('Cloud Migration Pilot');
    const review = (await create('oscar', { kind: 'ENGAGEMENT_PARTICIPANTS', scopeId: pilot }))
      .data!.createAccessReview.accessReview.id;
    const ned = itemFor((await itemsOf('oscar', review))!, 'ned').id;
    // Six decisions at once from two reviewers (concurrent transactions on MariaDB): the
    // conditional update (`decision IS NULL`) under the review's row lock admits exactly one.
    const attempts = ['oscar', 'nina', 'oscar', 'nina', 'oscar', 'nina'].map((as, k) => ({
      as,
      decision: k % 2 ? 'REMOVE' : 'APPROVE',
    }));
    const responses = await Promise.all(attempts.map((t) => decide(t.as, ned, t.decision)));
    const winners = responses.flatMap((r, k) => (r.errors ? [] : [attempts[k]]));
    expect(winners).toHaveLength(1);
    for (const r of responses.filter((x) => x.errors)) {
      expect(r.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'REVIEW_ITEM_DECIDED',
      });
    }
    const winner = winners[0].decision;
    const row = await db()
      .getRepository(AccessReviewItem)
      .findOneByOrFail({ id: Number(Buffer.from(ned, 'base64url').toString().split(':')[1]) });
    expect(row.decision).toBe(winner);
  });

  it('a decision racing the completion either lands before the apply or is refused', async () => {
    const pilot = await engagementId('Cloud Migration Pilot');
    const review = (
      await create('oscar', { kind: 'ENGAGEMENT_PARTICIPANTS', scopeId: pilot, undecided: 'KEEP' })
    ).data!.createAccessReview.accessReview.id;
    const ned = itemFor((await itemsOf('oscar', review))!, 'ned').id;
    const [decided, completed] = await Promise.all([
      decide('nina', ned, 'REMOVE'),
      complete('oscar', review),
    ]);
    expect(completed.errors).toBeUndefined();
    const outcome = completed.data!.completeAccessReview.items.find((i) =>
      i.user.email.startsWith('ned@'),
    )!.outcome;
    if (decided.errors) {
      expect(decided.errors[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'REVIEW_CLOSED',
      });
      expect(outcome).toBe('KEPT');
    } else {
      expect(outcome).toBe('REMOVED');
    }
  });
});
