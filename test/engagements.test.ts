import {
  AddEngagementMembersDocument,
  ApproveAccessRequestDocument,
  CancelAccessRequestDocument,
  DenyAccessRequestDocument,
  EngagementAccessRequestsDocument,
  EngagementParticipantsDocument,
  JoinEngagementDocument,
  ParticipantCandidatesDocument,
  RemoveEngagementMembersDocument,
  RequestEngagementAccessDocument,
  ViewerAccessRequestsDocument,
  ViewerEngagementsDocument,
  ViewerNotificationsDocument,
} from './generated/graphql';
import { codeOf, organizationIdByName, startTestServer, TestServer } from './helpers/server';
import {
  ACCESS_REQUEST_EVENTS,
  AccessRequestEventData,
  MEMBERSHIP_EVENTS,
  MembershipEventData,
  settle,
  subscribe,
  subscribed,
} from './helpers/subscriptions';
import { Engagement, User } from '../entities';
import { toGlobalId } from '../src/globalId';

let server: TestServer;
const tokens: Record<string, string> = {};
const as = (name: string) => tokens[name];
const engagements: Record<string, string> = {};
const users: Record<string, string> = {};
let fabrikam: string;
let northwind: string;

beforeAll(async () => {
  server = await startTestServer();
  fabrikam = await organizationIdByName(server, 'Fabrikam Partners');
  northwind = await organizationIdByName(server, 'Northwind Partners');
  for (const e of await server.app.deps.db.getRepository(Engagement).find()) {
    engagements[e.name] = toGlobalId('Engagement', e.id);
  }
  for (const u of await server.app.deps.db.getRepository(User).find()) {
    const name = u.email.split('@')[0];
    users[name] = toGlobalId('User', u.id);
    tokens[name] = await server.token(u.email);
  }
});

afterAll(() => server.close());

const pilot = () => engagements['Cloud Migration Pilot'];
const workshop = () => engagements['Security Workshop'];
const briefing = () => engagements['Executive Briefing'];

describe('an access request from request to approval, live (R-EN-3, R-AR-1, R-PU-1, R-PU-2)', () => {
  it('runs through the API alone', async () => {
    // Discovery (R-EN-2): the pilot is offered to Fabrikam, and Peter has not joined it.
    const available = await server.request(
      ViewerEngagementsDocument,
      { available: true },
      as('peter'),
    );
    expect(available.data?.viewerEngagements.edges.map((e) => e.node.name)).toEqual([
      'Cloud Migration Pilot',
      'Security Workshop',
      'Executive Briefing',
    ]);

    const ownerWs = server.ws({ token: as('oscar') });
    const otherPowerUserWs = server.ws({ token: as('nina') });
    const requesterWs = server.ws({ token: as('peter') });
    const owner = subscribe<AccessRequestEventData>(ownerWs, ACCESS_REQUEST_EVENTS, {
      engagementId: pilot(),
    });
    const otherPowerUser = subscribe<AccessRequestEventData>(
      otherPowerUserWs,
      ACCESS_REQUEST_EVENTS,
    );
    const requester = subscribe<AccessRequestEventData>(requesterWs, ACCESS_REQUEST_EVENTS);
    await subscribed(server, 'ACCESS_REQUEST', 3);

    const requested = await server.request(
      RequestEngagementAccessDocument,
      {
        input: {
          engagementId: pilot(),
          justification: 'I lead our migration project.',
          acceptTerms: true,
        },
      },
      as('peter'),
    );
    expect(requested.errors).toBeUndefined();
    const request = requested.data!.requestEngagementAccess.accessRequest;
    expect(request.status).toBe('PENDING');
    expect(request.termsAcceptedAt).toBe('2026-11-01T09:00:00.000Z');

    // A second pending request is refused (R-AR-1), with a reason a client can branch on.
    const again = await server.request(
      RequestEngagementAccessDocument,
      { input: { engagementId: pilot(), justification: 'Again', acceptTerms: true } },
      as('peter'),
    );
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ACCESS_REQUEST_ALREADY_PENDING',
    });

    const created = await owner.next((e) => e.type === 'CREATED');
    // The owner sees the request and its engagement; the requester's user and organization are
    // not the owner's to read (null, as `node(id)` would answer), its name is on the request.
    expect(created).toMatchObject({
      accessRequestId: request.id,
      accessRequest: {
        id: request.id,
        status: 'PENDING',
        requester: { email: 'peter@fabrikam.example' },
      },
      requester: null,
      requesterOrganization: null,
      engagement: { name: 'Cloud Migration Pilot' },
    });
    await requester.next((e) => e.type === 'CREATED');

    // A Power User of another organization neither sees nor decides it (R-PU-1).
    const listedToNina = await server.request(
      EngagementAccessRequestsDocument,
      { id: pilot() },
      as('nina'),
    );
    expect(listedToNina.data?.node).toMatchObject({ accessRequests: { totalCount: 0 } });
    const ninaDecides = await server.request(
      ApproveAccessRequestDocument,
      { input: { accessRequestId: request.id } },
      as('nina'),
    );
    expect(codeOf(ninaDecides)).toBe('NOT_FOUND');
    // ... while the requester's own Power User sees it.
    const listedToPat = await server.request(
      EngagementAccessRequestsDocument,
      { id: pilot(), status: 'PENDING' },
      as('pat'),
    );
    expect(listedToPat.data?.node).toMatchObject({
      accessRequests: { totalCount: 1, edges: [{ node: { id: request.id } }] },
    });

    const approved = await server.request(
      ApproveAccessRequestDocument,
      { input: { accessRequestId: request.id, note: 'Welcome aboard.' } },
      as('oscar'),
    );
    expect(approved.data?.approveAccessRequest.accessRequest).toMatchObject({
      status: 'APPROVED',
      decisionNote: 'Welcome aboard.',
    });
    const seenByRequester = await requester.next((e) => e.type === 'APPROVED');
    expect(seenByRequester.accessRequest?.decisionNote).toBe('Welcome aboard.');
    await owner.next((e) => e.type === 'APPROVED');

    // Deciding twice is a conflict: the request is no longer pending.
    const twice = await server.request(
      DenyAccessRequestDocument,
      { input: { accessRequestId: request.id } },
      as('oscar'),
    );
    expect(twice.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ACCESS_REQUEST_NOT_PENDING',
    });

    // The requester is a participant, with the terms acceptance carried over, and sees the outcome.
    const members = await server.request(
      EngagementParticipantsDocument,
      { id: pilot(), group: 'PARTICIPANT' },
      as('oscar'),
    );
    const peter = (
      members.data?.node as { members: { edges: { node: Record<string, unknown> }[] } }
    ).members.edges
      .map((e) => e.node)
      .find((m) => (m.user as { email: string }).email === 'peter@fabrikam.example');
    expect(peter).toMatchObject({
      organizationName: 'Fabrikam Partners',
      termsAcceptedAt: '2026-11-01T09:00:00.000Z',
    });
    const mine = await server.request(ViewerAccessRequestsDocument, {}, as('peter'));
    expect(mine.data?.viewerAccessRequests.edges[0].node).toMatchObject({
      status: 'APPROVED',
      decidedBy: { email: 'oscar@contoso.example' },
      engagement: { name: 'Cloud Migration Pilot' },
    });

    // Notifications were recorded: owners and the requester's Power User, then the requester.
    const notified = async (name: string) =>
      (
        await server.request(ViewerNotificationsDocument, {}, as(name))
      ).data?.viewerNotifications.edges.map((e) => e.node.kind);
    expect(await notified('oscar')).toEqual(['ACCESS_REQUESTED']);
    expect(await notified('pat')).toEqual(['ACCESS_REQUESTED']);
    expect(await notified('nina')).toEqual([]);
    expect(await notified('peter')).toEqual(['ACCESS_GRANTED']);

    await settle();
    expect(otherPowerUser.events).toEqual([]);
    expect(otherPowerUser.errors).toEqual([]);
  });
});

describe('Power Users manage their own organization’s participants only (R-PU-1..3, R-US-1)', () => {
  it('adds and removes participants of their organization, live, but never Power Users', async () => {
    const patWs = server.ws({ token: as('pat') });
    const live = subscribe<MembershipEventData>(patWs, MEMBERSHIP_EVENTS, {
      engagementId: pilot(),
    });
    const ninaWs = server.ws({ token: as('nina') });
    const ninaLive = subscribe<MembershipEventData>(ninaWs, MEMBERSHIP_EVENTS, {
      engagementId: pilot(),
    });
    await subscribed(server, 'MEMBERSHIP', 2);

    const candidates = await server.request(
      ParticipantCandidatesDocument,
      { id: pilot(), search: 'FRA' },
      as('pat'),
    );
    expect(candidates.data?.node).toMatchObject({
      participantCandidates: {
        totalCount: 1,
        edges: [{ node: { email: 'frank@fabrikam.example' } }],
      },
    });
    const added = await server.request(
      AddEngagementMembersDocument,
      { input: { engagementId: pilot(), group: 'PARTICIPANT', userIds: [users.frank] } },
      as('pat'),
    );
    expect(added.data?.addEngagementMembers.results).toMatchObject([
      {
        outcome: 'CHANGED',
        membership: { group: 'PARTICIPANT', organizationName: 'Fabrikam Partners' },
      },
    ]);
    const event = await live.next(
      (e) => e.type === 'ADDED' && e.user.email === 'frank@fabrikam.example',
    );
    expect(event).toMatchObject({
      group: 'PARTICIPANT',
      memberOrganization: { name: 'Fabrikam Partners' },
    });

    const removed = await server.request(
      RemoveEngagementMembersDocument,
      { input: { engagementId: pilot(), group: 'PARTICIPANT', userIds: [users.frank] } },
      as('pat'),
    );
    expect(removed.data?.removeEngagementMembers.results).toMatchObject([{ outcome: 'CHANGED' }]);
    await live.next((e) => e.type === 'REMOVED' && e.user.email === 'frank@fabrikam.example');

    const powerUser = await server.request(
      AddEngagementMembersDocument,
      { input: { engagementId: pilot(), group: 'POWER_USER', userIds: [users.frank] } },
      as('pat'),
    );
    expect(codeOf(powerUser)).toBe('FORBIDDEN');
    expect(powerUser.errors?.[0].extensions?.rule).toBe('R-PU-2');
    const removePowerUser = await server.request(
      RemoveEngagementMembersDocument,
      { input: { engagementId: pilot(), group: 'POWER_USER', userIds: [users.nina] } },
      as('pat'),
    );
    expect(removePowerUser.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'R-PU-2',
    });

    const otherOrganization = await server.request(
      AddEngagementMembersDocument,
      {
        input: {
          engagementId: pilot(),
          group: 'PARTICIPANT',
          organizationId: northwind,
          userIds: [users.ned],
        },
      },
      as('pat'),
    );
    expect(otherOrganization.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'R-PU-1',
      reason: 'ENGAGEMENT_POWER_USER_OTHER_ORGANIZATION',
    });
    const stranger = await server.request(
      AddEngagementMembersDocument,
      { input: { engagementId: pilot(), group: 'PARTICIPANT', userIds: [users.ned] } },
      as('pat'),
    );
    expect(stranger.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'userIds',
      reason: 'GROUP_MEMBERS_NOT_IN_ORGANIZATION',
    });
    expect(stranger.errors?.[0].message).toContain('R-US-1');
    const removeOther = await server.request(
      RemoveEngagementMembersDocument,
      { input: { engagementId: pilot(), group: 'PARTICIPANT', userIds: [users.ned] } },
      as('pat'),
    );
    expect(removeOther.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'R-PU-1' });
    const searchOther = await server.request(
      ParticipantCandidatesDocument,
      { id: pilot(), search: 'n', organizationId: northwind },
      as('pat'),
    );
    expect(searchOther.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'R-PU-1' });

    // Nina (Northwind's Power User) saw none of Fabrikam's membership changes.
    await settle();
    expect(ninaLive.events).toEqual([]);
  });

  it('lets owners add users of an audience organization, all matching a search, with invitations', async () => {
    const added = await server.request(
      AddEngagementMembersDocument,
      {
        input: {
          engagementId: workshop(),
          group: 'PARTICIPANT',
          organizationId: northwind,
          allMatching: '',
          sendInvitation: true,
        },
      },
      as('oscar'),
    );
    expect(
      added.data?.addEngagementMembers.results.map((r) => [r.user.email, r.outcome]).sort(),
    ).toEqual([
      ['ned@northwind.example', 'CHANGED'],
      ['nina@northwind.example', 'CHANGED'],
    ]);
    const notes = await server.request(ViewerNotificationsDocument, {}, as('ned'));
    expect(notes.data?.viewerNotifications.edges.map((e) => e.node.kind)).toEqual([
      'ENGAGEMENT_INVITATION',
    ]);
    const again = await server.request(
      AddEngagementMembersDocument,
      {
        input: {
          engagementId: workshop(),
          group: 'PARTICIPANT',
          organizationId: northwind,
          userIds: [users.ned],
        },
      },
      as('oscar'),
    );
    expect(again.data?.addEngagementMembers.results[0].outcome).toBe('UNCHANGED');
    const notAudience = await server.request(
      AddEngagementMembersDocument,
      {
        input: {
          engagementId: workshop(),
          group: 'PARTICIPANT',
          organizationId: await organizationIdByName(server, 'Globex Corporation'),
          userIds: [users.grace],
        },
      },
      as('oscar'),
    );
    expect(codeOf(notAudience)).toBe('BAD_USER_INPUT');
    const hostOnlyOwners = await server.request(
      AddEngagementMembersDocument,
      {
        input: {
          engagementId: workshop(),
          group: 'ENGAGEMENT_OWNER',
          organizationId: fabrikam,
          userIds: [users.frank],
        },
      },
      as('oscar'),
    );
    expect(codeOf(hostOnlyOwners)).toBe('BAD_USER_INPUT');
    expect(hostOnlyOwners.errors?.[0].message).toContain('R-EN-1');
  });
});

describe('joining and requesting follow the join policy (R-EN-3)', () => {
  it('joins an open engagement only after accepting its terms', async () => {
    const noTerms = await server.request(
      JoinEngagementDocument,
      { input: { engagementId: workshop(), acceptTerms: false } },
      as('pat'),
    );
    expect(codeOf(noTerms)).toBe('BAD_USER_INPUT');
    const joined = await server.request(
      JoinEngagementDocument,
      { input: { engagementId: workshop(), acceptTerms: true } },
      as('pat'),
    );
    expect(joined.data?.joinEngagement.membership).toMatchObject({
      group: 'PARTICIPANT',
      organizationName: 'Fabrikam Partners',
      termsAcceptedAt: '2026-11-01T09:00:00.000Z',
    });
    const twice = await server.request(
      JoinEngagementDocument,
      { input: { engagementId: workshop(), acceptTerms: true } },
      as('pat'),
    );
    // R-EN-3: a participant does not join again.
    expect(twice.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ENGAGEMENT_ALREADY_PARTICIPANT',
    });
  });

  it('answers a clear error where the policy does not allow it', async () => {
    const joinApproval = await server.request(
      JoinEngagementDocument,
      { input: { engagementId: pilot(), acceptTerms: true } },
      as('frank'),
    );
    expect(codeOf(joinApproval)).toBe('BAD_USER_INPUT');
    expect(joinApproval.errors?.[0].message).toContain('requestEngagementAccess');
    const joinClosed = await server.request(
      JoinEngagementDocument,
      { input: { engagementId: briefing(), acceptTerms: true } },
      as('frank'),
    );
    expect(joinClosed.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'R-EN-3',
      reason: 'ENGAGEMENT_CLOSED',
    });
    const requestClosed = await server.request(
      RequestEngagementAccessDocument,
      { input: { engagementId: briefing(), justification: 'Please', acceptTerms: true } },
      as('frank'),
    );
    expect(requestClosed.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'R-EN-3',
    });
    const requestOpen = await server.request(
      RequestEngagementAccessDocument,
      { input: { engagementId: workshop(), justification: 'Please', acceptTerms: true } },
      as('frank'),
    );
    expect(requestOpen.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ENGAGEMENT_OPEN_JOIN_DIRECTLY',
    });
    const outsider = await server.request(
      JoinEngagementDocument,
      { input: { engagementId: workshop(), acceptTerms: true } },
      as('grace'),
    );
    expect(codeOf(outsider)).toBe('NOT_FOUND');
  });

  it('requires a bounded justification and the terms, and changes nothing otherwise', async () => {
    for (const [justification, acceptTerms] of [
      ['   ', true],
      ['x'.repeat(2001), true],
      ['Fine reason', false],
    ] as const) {
      const response = await server.request(
        RequestEngagementAccessDocument,
        { input: { engagementId: pilot(), justification, acceptTerms } },
        as('frank'),
      );
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
    }
    const mine = await server.request(ViewerAccessRequestsDocument, {}, as('frank'));
    expect(mine.data?.viewerAccessRequests.edges).toEqual([]);
  });

  it('lets the requester cancel, and no one else', async () => {
    const requested = await server.request(
      RequestEngagementAccessDocument,
      { input: { engagementId: pilot(), justification: 'Need the guide', acceptTerms: true } },
      as('frank'),
    );
    const id = requested.data!.requestEngagementAccess.accessRequest.id;
    const byOwner = await server.request(
      CancelAccessRequestDocument,
      { input: { accessRequestId: id } },
      as('oscar'),
    );
    expect(codeOf(byOwner)).toBe('FORBIDDEN');
    const cancelled = await server.request(
      CancelAccessRequestDocument,
      { input: { accessRequestId: id } },
      as('frank'),
    );
    expect(cancelled.data?.cancelAccessRequest.accessRequest.status).toBe('CANCELLED');
    const decideCancelled = await server.request(
      DenyAccessRequestDocument,
      { input: { accessRequestId: id } },
      as('oscar'),
    );
    expect(decideCancelled.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ACCESS_REQUEST_NOT_PENDING',
    });
    // After a cancellation a new request may be made, and denied with a note.
    const second = await server.request(
      RequestEngagementAccessDocument,
      { input: { engagementId: pilot(), justification: 'Second try', acceptTerms: true } },
      as('frank'),
    );
    const denied = await server.request(
      DenyAccessRequestDocument,
      {
        input: {
          accessRequestId: second.data!.requestEngagementAccess.accessRequest.id,
          note: 'Seats are full for this wave.',
        },
      },
      as('pat'),
    );
    expect(denied.data?.denyAccessRequest.accessRequest).toMatchObject({
      status: 'DENIED',
      decisionNote: 'Seats are full for this wave.',
    });
    const notes = await server.request(ViewerNotificationsDocument, {}, as('frank'));
    expect(notes.data?.viewerNotifications.edges.map((e) => e.node.kind)).toEqual([
      'ACCESS_DENIED',
    ]);
  });
});
