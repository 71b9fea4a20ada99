import { GraphQLSchema, isNonNullType } from 'graphql';
import { buildBaseSchema } from '../src/schema';
import { FIELD_RULES } from '../src/permissions/shield';
import { organizationIdByName, startTestServer, TestServer } from './helpers/server';

/**
 * DESIGN.md convention 12 (GitHub's model): a lookup by id is nullable (null and NOT_FOUND),
 * so is every field whose permission depends on the viewer; one denied field never nulls its
 * siblings.
 */
let server: TestServer;
const tokens: Record<string, string> = {};
const as = (name: string) => tokens[name];

beforeAll(async () => {
  server = await startTestServer();
  for (const email of [
    'sam@acme-provider.example',
    'alice@acme-provider.example',
    'ivy@globex.example',
    'paula@fabrikam.example',
  ]) {
    tokens[email.split('@')[0]] = await server.token(email);
  }
});
afterAll(() => server.close());

type Errors = { path?: (string | number)[]; extensions?: Record<string, unknown> }[];
const errorAt = (errors: Errors | undefined, path: (string | number)[]) =>
  errors?.find((e) => JSON.stringify(e.path) === JSON.stringify(path));

describe('partial data next to a denied field', () => {
  it('keeps the viewer and every other organization when one row denies billing', async () => {
    const res = await server.raw<{
      viewer: { name: string };
      organizations: { edges: { node: { id: string; name: string; billing: unknown } }[] };
    }>(
      '{ viewer { name } organizations { edges { node { id name billing { __typename } } } } }',
      {},
      as('sam'),
    );
    expect(res.status).toBe(200);
    expect(res.data!.viewer.name).toBe('Sam Service-User');
    const rows = res.data!.organizations.edges;
    expect(rows.length).toBeGreaterThan(1);
    const denied = rows.findIndex((r) => r.node.billing === null);
    expect(denied).toBeGreaterThanOrEqual(0);
    expect(rows.every((r) => typeof r.node.id === 'string' && r.node.name)).toBe(true);
    const error = errorAt(res.errors, ['organizations', 'edges', denied, 'node', 'billing']);
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    // Every null billing has its own error entry; the others are present.
    rows.forEach((r, i) => {
      const at = errorAt(res.errors, ['organizations', 'edges', i, 'node', 'billing']);
      expect(r.node.billing === null).toBe(at !== undefined);
    });
  });

  it("answers null and NOT_FOUND for another tenant's organization, keeping the viewer", async () => {
    const globex = await organizationIdByName(server, 'Globex Corporation');
    const res = await server.raw<{ viewer: { id: string }; organization: unknown }>(
      'query ($id: ID!) { viewer { id } organization(id: $id) { id } }',
      { id: globex },
      as('alice'),
    );
    expect(res.status).toBe(200);
    expect(res.data!.viewer.id).toEqual(expect.any(String));
    expect(res.data!.organization).toBeNull();
    expect(errorAt(res.errors, ['organization'])?.extensions?.code).toBe('NOT_FOUND');
  });

  it("keeps a participant's engagements when their member lists are denied (R-IN-2)", async () => {
    const res = await server.raw<{
      viewerEngagements: { edges: { node: { name: string; members: unknown } }[] };
    }>('{ viewerEngagements { edges { node { name members { totalCount } } } } }', {}, as('paula'));
    expect(res.status).toBe(200);
    const rows = res.data!.viewerEngagements.edges;
    expect(rows.map((r) => r.node.name).sort()).toEqual([
      'Cloud Migration Pilot',
      'Security Workshop',
    ]);
    rows.forEach((r, i) => {
      expect(r.node.members).toBeNull();
      const at = errorAt(res.errors, ['viewerEngagements', 'edges', i, 'node', 'members']);
      expect(at?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('answers an allowed guarded field next to a denied sibling on the same object', async () => {
    const globex = await organizationIdByName(server, 'Globex Corporation');
    const res = await server.raw<{
      organization: { name: string; members: { totalCount: number } | null; billing: unknown };
    }>(
      'query ($id: ID!) { organization(id: $id) { name members { totalCount } billing { email } } }',
      { id: globex },
      as('ivy'),
    );
    expect(res.data!.organization.name).toBe('Globex Corporation');
    expect(res.data!.organization.members!.totalCount).toBe(5);
    expect(res.data!.organization.billing).toBeNull();
    expect(errorAt(res.errors, ['organization', 'billing'])?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors).toHaveLength(1);
  });
});

describe('the schema follows convention 12', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = buildBaseSchema();
  });

  it('makes every field the shield guards beyond its parent nullable', () => {
    for (const [typeName, fields] of Object.entries(FIELD_RULES)) {
      if (['Query', 'Mutation', 'Subscription'].includes(typeName)) continue;
      const type = schema.getType(typeName) as { getFields(): Record<string, { type: unknown }> };
      for (const field of Object.keys(fields)) {
        expect([typeName, field, isNonNullType(type.getFields()[field].type)]).toEqual([
          typeName,
          field,
          false,
        ]);
      }
    }
  });

  it('makes root lookups by id nullable', () => {
    const query = schema.getQueryType()!.getFields();
    for (const field of ['organization', 'node', 'explainAccess', 'whoCan']) {
      expect([field, isNonNullType(query[field].type)]).toEqual([field, false]);
    }
  });
});

describe("the viewer's own lists live under viewer", () => {
  it('answers viewer { engagements accessRequests notifications } like the deprecated root fields', async () => {
    const res = await server.raw<{
      viewer: {
        engagements: { edges: { node: { name: string } }[] };
        accessRequests: { totalCount: number };
        notifications: { totalCount: number };
      };
      viewerEngagements: { edges: { node: { name: string } }[] };
      viewerAccessRequests: { totalCount: number };
      viewerNotifications: { totalCount: number };
    }>(
      `{ viewer { engagements { edges { node { name } } } accessRequests { totalCount }
           notifications { totalCount } }
         viewerEngagements { edges { node { name } } } viewerAccessRequests { totalCount }
         viewerNotifications { totalCount } }`,
      {},
      as('paula'),
    );
    expect(res.errors).toBeUndefined();
    const { viewer } = res.data!;
    expect(viewer.engagements.edges.length).toBe(2);
    expect(viewer.engagements).toEqual(res.data!.viewerEngagements);
    expect(viewer.accessRequests).toEqual(res.data!.viewerAccessRequests);
    expect(viewer.notifications).toEqual(res.data!.viewerNotifications);
  });

  it("answers null and FORBIDDEN for another user's lists, keeping the user", async () => {
    const res = await server.raw<{
      organization: {
        members: { edges: { node: { user: { email: string; engagements: unknown } } }[] };
      };
    }>(
      'query ($id: ID!) { organization(id: $id) { members(first: 2) { edges { node { user { email engagements { totalCount } } } } } } }',
      { id: await organizationIdByName(server, 'Globex Corporation') },
      as('ivy'),
    );
    const rows = res.data!.organization.members.edges;
    rows.forEach((r, i) => {
      expect(r.node.user.email).toMatch(/@/);
      if (r.node.user.email === 'ivy@globex.example') {
        expect(r.node.user.engagements).toEqual({ totalCount: 0 });
        return;
      }
      expect(r.node.user.engagements).toBeNull();
      const path = ['organization', 'members', 'edges', i, 'node', 'user', 'engagements'];
      expect(errorAt(res.errors, path)?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('marks the root fields deprecated with a reason', () => {
    const query = buildBaseSchema().getQueryType()!.getFields();
    for (const field of ['viewerEngagements', 'viewerAccessRequests', 'viewerNotifications']) {
      expect(query[field].deprecationReason).toMatch(/^Use `viewer \{ \w+ \}`/);
    }
  });
});
