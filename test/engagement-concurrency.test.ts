import {
  AddEngagementMembersDocument,
  ApproveAccessRequestDocument,
  DenyAccessRequestDocument,
  RequestEngagementAccessDocument,
} from './generated/graphql';
import { organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { AccessRequest, AuditEvent, Engagement, GroupMembership, User } from '../entities';
import { GroupKind } from '../entities/enums';
import { fromGlobalId, toGlobalId } from '../src/globalId';

/**
 * Racing real requests (truly concurrent on MariaDB; queued on SQLite): the unique key and the
 * conditional update keep the invariants (DESIGN §3.6).
 */
let server: TestServer;
let pilot: Engagement;
let fabrikam: string;
const tokens: Record<string, string> = {};
const users: Record<string, User> = {};

beforeAll(async () => {
  server = await startTestServer();
  const db = server.app.deps.db;
  pilot = await db.getRepository(Engagement).findOneByOrFail({ name: 'Cloud Migration Pilot' });
  fabrikam = await organizationIdByName(server, 'Fabrikam Partners');
  for (const u of await db.getRepository(User).find()) {
    const name = u.email.split('@')[0];
    users[name] = u;
    tokens[name] = await server.token(u.email);
  }
});
afterAll(() => server.close());

const codeOrOk = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (r.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
const reasonOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.reason;

describe('access requests under concurrency (R-AR-1)', () => {
  it('keeps one pending request per user and engagement when duplicates race', async () => {
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        server.request(
          RequestEngagementAccessDocument,
          {
            input: {
              engagementId: toGlobalId('Engagement', pilot.id),
              justification: `Attempt ${i}`,
              acceptTerms: true,
            },
          },
          tokens.peter,
        ),
      ),
    );
    const codes = responses.map(codeOrOk);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(11);
    // Refused by the loaded requests or by the unique pending key: one reason either way.
    expect(new Set(responses.filter((r) => r.errors).map(reasonOf))).toEqual(
      new Set(['ACCESS_REQUEST_ALREADY_PENDING']),
    );
    const rows = await server.app.deps.db
      .getRepository(AccessRequest)
      .countBy({ requesterUserId: users.peter.id, engagementId: pilot.id });
    expect(rows).toBe(1);
  });

  it('lets exactly one of racing approvals and denials decide, and adds the participant once', async () => {
    const [request] = await server.app.deps.db
      .getRepository(AccessRequest)
      .findBy({ requesterUserId: users.peter.id, engagementId: pilot.id });
    const id = toGlobalId('AccessRequest', request.id);
    const deciders = ['oscar', 'olivia', 'pat'];
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2
          ? server.request(
              DenyAccessRequestDocument,
              { input: { accessRequestId: id, note: `decision ${i}` } },
              tokens[deciders[i % 3]],
            )
          : server.request(
              ApproveAccessRequestDocument,
              { input: { accessRequestId: id, note: `decision ${i}` } },
              tokens[deciders[i % 3]],
            ),
      ),
    );
    const codes = responses.map(codeOrOk);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(11);
    expect(new Set(responses.filter((r) => r.errors).map(reasonOf))).toEqual(
      new Set(['ACCESS_REQUEST_NOT_PENDING']),
    );
    const winner = responses.findIndex((r) => !r.errors);
    const stored = await server.app.deps.db
      .getRepository(AccessRequest)
      .findOneByOrFail({ id: request.id });
    expect(stored.status).toBe(winner % 2 ? 'DENIED' : 'APPROVED');
    expect(stored.decisionNote).toBe(`decision ${winner}`);
    const participants = await server.app.deps.db.getRepository(GroupMembership).countBy({
      engagementId: pilot.id,
      userId: users.peter.id,
      group: GroupKind.PARTICIPANT,
    });
    expect(participants).toBe(winner % 2 ? 0 : 1);
    const decisions = await server.app.deps.db.getRepository(AuditEvent).countBy({
      targetType: 'AccessRequest',
      targetId: fromGlobalId(id)!.id,
      organizationId: pilot.hostOrganizationId,
    });
    expect(decisions).toBe(2); // requested, then one decision
  });
});

describe('membership additions under concurrency (R-MB-1)', () => {
  it('adds a user once when several managers add it at the same time', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        server.request(
          AddEngagementMembersDocument,
          {
            input: {
              engagementId: toGlobalId('Engagement', pilot.id),
              group: 'PARTICIPANT',
              organizationId: fabrikam,
              userIds: [toGlobalId('User', users.frank.id)],
            },
          },
          tokens[['oscar', 'olivia', 'pat'][i % 3]],
        ),
      ),
    );
    const outcomes = responses.map(
      (r) => r.data?.addEngagementMembers.results[0].outcome ?? codeOrOk(r),
    );
    expect(outcomes.filter((o) => o === 'CHANGED')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'UNCHANGED')).toHaveLength(9);
    const rows = await server.app.deps.db.getRepository(GroupMembership).countBy({
      engagementId: pilot.id,
      userId: users.frank.id,
      group: GroupKind.PARTICIPANT,
    });
    expect(rows).toBe(1);
  });
});
