import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  BatchUpdateMembersDocument,
  CreateTeamDocument,
  DirectoryDocument,
  EngagementMembersDocument,
  EventLogDocument,
  HostProgramsDocument,
  MyGraphDocument,
  OrganizationMembersDocument,
  OrganizationSeatsDocument,
  OrganizationsWithMembersDocument,
  OrganizationTeamsDocument,
  ViewerAccessRequestsDocument,
  ViewerDocument,
  ViewerEngagementsDocument,
  ViewerNotificationsDocument,
} from './generated/graphql';
import { toGlobalId } from '../src/globalId';
import {
  GraphQLResponse,
  organizationIdByName,
  startTestServer,
  TestServer,
} from './helpers/server';

/**
 * The compiled executor (GRAPHQL_EXECUTOR=jit, the default; issue 17) answers exactly as graphql-js
 * does: the same committed operations, as viewers of every kind, on two gateways over identical
 * worlds, give the same data and the same errors. CI also runs the whole suite with each executor.
 */
let jit: TestServer;
let interpreted: TestServer;
const VIEWERS = [
  'grace@globex.example',
  'hank@globex.example',
  'gus@partner-guest.example',
  'alice@acme-provider.example',
  'carol@myclient.example',
  'olivia@contoso.example',
  'oscar@contoso.example',
  'peter@fabrikam.example',
  'paula@fabrikam.example',
];

beforeAll(async () => {
  [jit, interpreted] = await Promise.all([
    startTestServer({ env: { GRAPHQL_EXECUTOR: 'jit' } }),
    startTestServer({ env: { GRAPHQL_EXECUTOR: 'graphql-js' } }),
  ]);
}, 120_000);
afterAll(() => Promise.all([jit?.close(), interpreted?.close()]));

/** A response without the per-request id, which differs by design. */
function comparable(response: GraphQLResponse<unknown>) {
  const errors = response.errors?.map(({ extensions, ...rest }) => {
    const { requestId: _id, ...kept } = extensions ?? {};
    return { ...rest, extensions: kept };
  });
  return { status: response.status, data: response.data, errors };
}

async function both<R, V>(doc: TypedDocumentNode<R, V>, variables: V, email: string) {
  const [a, b] = await Promise.all([
    jit.token(email).then((t) => jit.request(doc, variables, t)),
    interpreted.token(email).then((t) => interpreted.request(doc, variables, t)),
  ]);
  return [comparable(a), comparable(b)] as const;
}

async function ids() {
  const names = ['Globex Corporation', 'Contoso Host', 'Fabrikam Partners'];
  const fromJit = await Promise.all(names.map((n) => organizationIdByName(jit, n)));
  const fromInterpreted = await Promise.all(names.map((n) => organizationIdByName(interpreted, n)));
  expect(fromJit).toEqual(fromInterpreted); // identical worlds
  const [globex, contoso, fabrikam] = fromJit;
  return { globex, contoso, fabrikam };
}

describe('the compiled executor answers as graphql-js does (issue 17)', () => {
  it.each(VIEWERS)('reads the committed operations identically as %s', async (email) => {
    const { globex, contoso, fabrikam } = await ids();
    const cases: [TypedDocumentNode<unknown, never>, Record<string, unknown>][] = [
      [ViewerDocument, {}],
      [MyGraphDocument, {}],
      [OrganizationsWithMembersDocument, { first: 5, membersFirst: 5 }],
      [ViewerEngagementsDocument, { first: 10 }],
      [ViewerAccessRequestsDocument, {}],
      [ViewerNotificationsDocument, {}],
      [OrganizationMembersDocument, { id: globex, first: 3 }],
      [OrganizationTeamsDocument, { id: globex }],
      [HostProgramsDocument, { id: contoso }],
      [OrganizationSeatsDocument, { id: fabrikam }],
      [EventLogDocument, { id: globex, first: 5 }],
      [DirectoryDocument, { organizationId: globex, filter: { activity: 'LAST_90_DAYS' } }],
      [DirectoryDocument, { organizationId: globex, last: 2 }],
      [EngagementMembersDocument, { id: toGlobalId('Engagement', 1), group: 'PARTICIPANT' }],
    ];
    for (const [doc, variables] of cases) {
      const [a, b] = await both(doc, variables as never, email);
      expect(a).toEqual(b);
    }
  });

  it('applies defaults of input fields inside variables (R-BK-1 batch, dry run)', async () => {
    const { globex } = await ids();
    const directory = await jit.request(
      DirectoryDocument,
      { organizationId: globex, first: 2 },
      await jit.token('grace@globex.example'),
    );
    const userIds = directory.data!.organization!.directory!.edges.map((e) => e.node.user.id);
    // `atomic`, `dryRun` and `removeFromCurrentTeams` are `Boolean! = false` and left out here,
    // except dryRun; graphql-jit alone would refuse the missing non-null fields.
    const input = { organizationId: globex, userIds, operation: 'DEACTIVATE', dryRun: true };
    const [a, b] = await both(
      BatchUpdateMembersDocument,
      { input } as never,
      'grace@globex.example',
    );
    expect(a.errors).toBeUndefined();
    expect(a).toEqual(b);
  });

  it('refuses bad variables with the same error on both', async () => {
    const { globex } = await ids();
    const [a, b] = await both(
      DirectoryDocument,
      { organizationId: globex, filter: { activity: 'LAST_7_DAYS' } } as never,
      'grace@globex.example',
    );
    expect(a.status).toBe(400);
    expect(a.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', variable: 'filter' });
    expect(a).toEqual(b);
  });

  it('runs mutations identically, their errors included', async () => {
    const { globex } = await ids();
    const input = { organizationId: globex, name: 'Compiled Team' };
    const [created, createdToo] = await both(CreateTeamDocument, { input }, 'grace@globex.example');
    expect(created.errors).toBeUndefined();
    expect(created).toEqual(createdToo);
    const [refused, refusedToo] = await both(
      CreateTeamDocument,
      { input },
      'gus@partner-guest.example',
    );
    expect(refused.errors?.length).toBeGreaterThan(0);
    expect(refused).toEqual(refusedToo);
  });

  it('compiles each document once, on the compiled executor only', async () => {
    const metricsOf = async (server: TestServer) =>
      (await (await fetch(`${server.url}/metrics`)).text())
        .split('\n')
        .find((line) =>
          line.startsWith('accessgraph_graphql_compilations_total{result="compiled"}'),
        );
    const before = await metricsOf(jit);
    const token = await jit.token('grace@globex.example');
    await jit.request(ViewerDocument, {}, token);
    await jit.request(ViewerDocument, {}, token);
    expect(await metricsOf(jit)).toBe(before); // Viewer was compiled by the first test already
    expect(Number(before?.split(' ')[1])).toBeGreaterThan(5);
    expect(await metricsOf(interpreted)).toBeUndefined();
  });
});
