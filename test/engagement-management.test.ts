import {
  AddProgramMembersDocument,
  CopyEngagementParticipantsDocument,
  CreateEngagementDocument,
  CreateProgramDocument,
  EngagementAudienceDocument,
  EngagementContentDocument,
  EngagementFeedbackDocument,
  ProgramMembersDocument,
  PublishContentPackageDocument,
  SubmitFeedbackDocument,
  UpdateEngagementDocument,
  UpdateFeedbackDocument,
  ViewerEngagementsDocument,
} from './generated/graphql';
import { codeOf, organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { AuditEvent, Engagement, Program, User } from '../entities';
import { toGlobalId } from '../src/globalId';

let server: TestServer;
const tokens: Record<string, string> = {};
const users: Record<string, string> = {};
const engagements: Record<string, string> = {};
let program: string;
const as = (name: string) => tokens[name];

beforeAll(async () => {
  server = await startTestServer();
  const db = server.app.deps.db;
  for (const e of await db.getRepository(Engagement).find()) {
    engagements[e.name] = toGlobalId('Engagement', e.id);
  }
  program = toGlobalId('Program', (await db.getRepository(Program).findOneByOrFail({})).id);
  for (const u of await db.getRepository(User).find()) {
    const name = u.email.split('@')[0];
    users[name] = toGlobalId('User', u.id);
    tokens[name] = await server.token(u.email);
  }
});

afterAll(() => server.close());

const pilot = () => engagements['Cloud Migration Pilot'];
const workshop = () => engagements['Security Workshop'];

describe('programs and engagements are managed by host groups only (R-EN-1)', () => {
  it('lets a creator create an engagement it then owns, offered to chosen organizations', async () => {
    const fabrikam = await organizationIdByName(server, 'Fabrikam Partners');
    const created = await server.request(
      CreateEngagementDocument,
      {
        input: {
          programId: program,
          name: '  Data   Residency Briefing ',
          joinPolicy: 'OPEN',
          termsOfUse: 'Be kind.',
          acceptsFeedback: true,
          audienceOrganizationIds: [fabrikam],
        },
      },
      as('cora'),
    );
    const engagement = created.data!.createEngagement.engagement;
    expect(engagement).toMatchObject({
      name: 'Data Residency Briefing',
      joinPolicy: 'OPEN',
      viewerGroups: ['ENGAGEMENT_OWNER'],
    });
    // Offered to Fabrikam: Peter discovers it, Nina (Northwind) does not.
    const peterSees = await server.request(
      ViewerEngagementsDocument,
      { available: true, search: 'residency' },
      as('peter'),
    );
    expect(peterSees.data?.viewerEngagements.edges.map((e) => e.node.id)).toEqual([engagement.id]);
    const ninaSees = await server.request(
      ViewerEngagementsDocument,
      { available: true, search: 'residency' },
      as('nina'),
    );
    expect(ninaSees.data?.viewerEngagements.totalCount).toBe(0);

    const changed = await server.request(
      UpdateEngagementDocument,
      { input: { engagementId: engagement.id, joinPolicy: 'APPROVAL', termsOfUse: '' } },
      as('cora'),
    );
    expect(changed.data?.updateEngagement.engagement).toMatchObject({
      joinPolicy: 'APPROVAL',
      termsOfUse: null,
    });
    const audience = await server.request(
      EngagementAudienceDocument,
      { id: engagement.id },
      as('cora'),
    );
    expect(audience.data?.node).toMatchObject({ audience: [{ name: 'Fabrikam Partners' }] });
    const partnerAudience = await server.request(
      EngagementAudienceDocument,
      { id: pilot() },
      as('pat'),
    );
    expect(codeOf(partnerAudience)).toBe('FORBIDDEN');
  });

  it('keeps program groups to host-organization users, managed by Program Owners', async () => {
    const partner = await server.request(
      AddProgramMembersDocument,
      { input: { programId: program, group: 'PACKAGE_PUBLISHER', userIds: [users.frank] } },
      as('olivia'),
    );
    expect(partner.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'userIds',
      reason: 'PROGRAM_GROUP_NOT_HOST_USERS',
    });
    expect(partner.errors?.[0].message).toContain('R-EN-1');
    const added = await server.request(
      AddProgramMembersDocument,
      { input: { programId: program, group: 'PACKAGE_PUBLISHER', userIds: [users.oscar] } },
      as('olivia'),
    );
    expect(added.data?.addProgramMembers.results[0].outcome).toBe('CHANGED');
    const members = await server.request(
      ProgramMembersDocument,
      { id: program, group: 'PACKAGE_PUBLISHER' },
      as('olivia'),
    );
    expect(
      (
        members.data?.node as { members: { edges: { node: { user: { email: string } } }[] } }
      ).members.edges
        .map((e) => e.node.user.email)
        .sort(),
    ).toEqual(['oscar@contoso.example', 'paco@contoso.example']);

    const hostAdmin = await organizationIdByName(server, 'Contoso Host');
    const createdProgram = await server.request(
      CreateProgramDocument,
      { input: { organizationId: hostAdmin, name: 'Second Program' } },
      as('olivia'),
    );
    expect(createdProgram.data?.createProgram.program.name).toBe('Second Program');
    const partnerProgram = await server.request(
      CreateProgramDocument,
      {
        input: {
          organizationId: await organizationIdByName(server, 'Fabrikam Partners'),
          name: 'X',
        },
      },
      as('frank'),
    );
    // R-EN-1: programs run in host organizations only.
    expect(partnerProgram.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'organizationId',
      reason: 'PROGRAM_HOST_ORGANIZATION_ONLY',
    });
  });
});

describe('content and feedback (R-EN-4)', () => {
  it('publishes content that participants list and download', async () => {
    const published = await server.request(
      PublishContentPackageDocument,
      { input: { engagementId: pilot(), title: 'Wave 2 plan', body: 'Plan body' } },
      as('paco'),
    );
    expect(published.data?.publishContentPackage.contentPackage.title).toBe('Wave 2 plan');
    const content = await server.request(EngagementContentDocument, { id: pilot() }, as('paula'));
    expect(content.data?.node).toMatchObject({
      contentPackages: {
        totalCount: 2,
        edges: [{ node: { title: 'Wave 2 plan', body: 'Plan body' } }, { node: {} }],
      },
    });
  });

  it('takes feedback from participants where accepted, and lets them edit only their own', async () => {
    const submitted = await server.request(
      SubmitFeedbackDocument,
      { input: { engagementId: pilot(), body: 'The checklist helped.' } },
      as('paula'),
    );
    const feedback = submitted.data!.submitFeedback.feedback;
    const notAccepted = await server.request(
      SubmitFeedbackDocument,
      { input: { engagementId: workshop(), body: 'Nice' } },
      as('paula'),
    );
    expect(notAccepted.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'R-EN-4',
      reason: 'ENGAGEMENT_FEEDBACK_CLOSED',
    });
    const notParticipant = await server.request(
      SubmitFeedbackDocument,
      { input: { engagementId: pilot(), body: 'Hi' } },
      as('pat'),
    );
    expect(codeOf(notParticipant)).toBe('FORBIDDEN');

    const edited = await server.request(
      UpdateFeedbackDocument,
      { input: { feedbackId: feedback.id, body: 'The checklist helped a lot.' } },
      as('paula'),
    );
    expect(edited.data?.updateFeedback.feedback.body).toBe('The checklist helped a lot.');
    const byOwner = await server.request(
      UpdateFeedbackDocument,
      { input: { feedbackId: feedback.id, body: 'Rewritten' } },
      as('oscar'),
    );
    expect(codeOf(byOwner)).toBe('FORBIDDEN');
    const byOther = await server.request(
      UpdateFeedbackDocument,
      { input: { feedbackId: feedback.id, body: 'Rewritten' } },
      as('ned'),
    );
    expect(codeOf(byOther)).toBe('NOT_FOUND');

    const all = await server.request(EngagementFeedbackDocument, { id: pilot() }, as('oscar'));
    expect(all.data?.node).toMatchObject({
      feedback: {
        totalCount: 1,
        edges: [
          {
            node: {
              body: 'The checklist helped a lot.',
              author: { email: 'paula@fabrikam.example' },
            },
          },
        ],
      },
    });
    const own = await server.request(EngagementContentDocument, { id: pilot() }, as('paula'));
    expect(own.data?.node).toMatchObject({
      viewerFeedback: { edges: [{ node: { id: feedback.id } }] },
    });
  });
});

describe('copying participants and exporting them (R-MB-3, R-MB-4)', () => {
  it('copies chosen participants of another engagement found by name', async () => {
    const found = await server.request(ViewerEngagementsDocument, { search: 'PILOT' }, as('oscar'));
    const source = found.data!.viewerEngagements.edges.map((e) => e.node);
    expect(source.map((e) => e.name)).toEqual(['Cloud Migration Pilot']);
    const copied = await server.request(
      CopyEngagementParticipantsDocument,
      {
        input: { engagementId: workshop(), sourceEngagementId: source[0].id, userIds: [users.ned] },
      },
      as('oscar'),
    );
    expect(copied.data?.copyEngagementParticipants.results).toMatchObject([
      { outcome: 'CHANGED', membership: { organizationName: 'Northwind Partners' } },
    ]);
    const notInSource = await server.request(
      CopyEngagementParticipantsDocument,
      { input: { engagementId: workshop(), sourceEngagementId: pilot(), userIds: [users.peter] } },
      as('oscar'),
    );
    // R-MB-4: only the source's participants are copied.
    expect(notInSource.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'userIds',
      reason: 'ENGAGEMENT_COPY_NOT_SOURCE_PARTICIPANTS',
    });
    // Pat is a Power User of the pilot only: adding to the workshop is not his to do.
    const otherOrg = await server.request(
      CopyEngagementParticipantsDocument,
      { input: { engagementId: workshop(), sourceEngagementId: pilot(), userIds: [users.ned] } },
      as('pat'),
    );
    expect(codeOf(otherOrg)).toBe('FORBIDDEN');
  });

  it('exports the participant list as CSV with quoting, limited like the member list', async () => {
    const db = server.app.deps.db;
    await db
      .getRepository(User)
      .update({ email: 'paula@fabrikam.example' }, { name: 'Paula "P", Participant' });
    const download = async (name?: string) => {
      const response = await fetch(
        `${server.url}/exports/engagements/${pilot()}/participants.csv`,
        {
          headers: name ? { authorization: `Bearer ${as(name)}` } : {},
        },
      );
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        text: await response.text(),
      };
    };
    const owner = await download('oscar');
    expect(owner.status).toBe(200);
    expect(owner.type).toContain('text/csv');
    const lines = owner.text.trim().split('\r\n'); // RFC 4180 line ends
    expect(lines[0]).toBe('name,email,organization,status,lastAccessAt,addedAt');
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',').find((c) => c.includes('@')))
        .sort(),
    ).toEqual(['ned@northwind.example', 'paula@fabrikam.example']);
    expect(owner.text).toContain(
      '"Paula ""P"", Participant",paula@fabrikam.example,Fabrikam Partners,ACTIVE,2026-11-01T09:00:00.000Z',
    );

    const powerUser = await download('pat');
    expect(powerUser.text.trim().split('\r\n').slice(1)).toHaveLength(1);
    expect(powerUser.text).not.toContain('northwind');
    expect((await download('paula')).status).toBe(403);
    expect((await download('grace')).status).toBe(404);
    expect((await download()).status).toBe(401);
  });

  it('records every change in the host organization’s event log', async () => {
    const actions = (await server.app.deps.db.getRepository(AuditEvent).find()).map(
      (e) => e.action,
    );
    for (const action of [
      'engagement.created',
      'engagement.updated',
      'engagement.member.added',
      'program.member.added',
      'program.created',
      'content.published',
      'feedback.submitted',
      'feedback.updated',
    ]) {
      expect(actions).toContain(action);
    }
  });
});
