import {
  getNamedType,
  GraphQLInputType,
  GraphQLOutputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { Engagement, Organization, Team, TeamMember, User } from '../entities';
import { toGlobalId } from '../src/globalId';
import { buildBaseSchema } from '../src/schema';
import { startTestServer, TestServer } from './helpers/server';

/**
 * One bulk shape (issue 24): every mutation taking a list of ids or items answers one
 * `BulkItemResult` per item, unless the list is an attribute of one change (atomic-single).
 */
const ATOMIC_SINGLE: Record<string, string> = {
  addOrganizationMember: 'teamIds: the teams of the one member added',
  setMemberTeams: "teamIds: the one member's teams become exactly these",
  createEngagement: 'audienceOrganizationIds: an attribute of the one engagement created',
  updateEngagement: 'audienceOrganizationIds: an attribute of the one engagement changed',
  createPermissionSet: 'permissions: an attribute of the one permission set created',
  createExportLink: 'filter.roles, filter.licenses: a filter of the one export',
};

/** The dotted paths of the list arguments of a mutation (input fields included). */
function listInputs(type: GraphQLInputType, path: string, seen = new Set<string>()): string[] {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) return [path];
  if (!isInputObjectType(t) || seen.has(t.name)) return [];
  seen.add(t.name);
  return Object.values(t.getFields()).flatMap((f) => listInputs(f.type, `${path}.${f.name}`, seen));
}

/** The item types implementing BulkItemResult a payload lists, at any depth. */
function bulkItemTypes(schema: GraphQLSchema, type: GraphQLOutputType, seen = new Set<string>()) {
  const named = getNamedType(type);
  if (!isObjectType(named) || seen.has(named.name)) return [];
  seen.add(named.name);
  const found: string[] = named.getInterfaces().some((i) => i.name === 'BulkItemResult')
    ? [named.name]
    : [];
  for (const field of Object.values(named.getFields())) {
    found.push(...bulkItemTypes(schema, field.type, seen));
  }
  return found;
}

describe('the bulk shape in the schema', () => {
  const schema = buildBaseSchema();
  const mutations = Object.values(schema.getMutationType()!.getFields());
  const withLists = mutations.filter((m) => m.args.some((a) => listInputs(a.type, a.name).length));

  it('every mutation with a list input is classed: bulk items, or atomic-single', () => {
    const unclassed = withLists
      .filter((m) => !(m.name in ATOMIC_SINGLE))
      .filter((m) => bulkItemTypes(schema, m.type).length === 0)
      .map((m) => m.name);
    expect(unclassed).toEqual([]);
    const stale = Object.keys(ATOMIC_SINGLE).filter((name) => {
      const m = mutations.find((x) => x.name === name);
      return !m || !withLists.includes(m) || bulkItemTypes(schema, m.type).length > 0;
    });
    expect(stale).toEqual([]);
  });

  it('every type with an outcome per item implements BulkItemResult (no second shape)', () => {
    const withOutcome = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((t) => !t.name.startsWith('__') && 'outcome' in t.getFields())
      .filter((t) => getNamedType(t.getFields().outcome.type).name === 'BulkOutcome')
      .map((t) => t.name);
    const implementing = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((t) => t.getInterfaces().some((i) => i.name === 'BulkItemResult'))
      .map((t) => t.name);
    expect(withOutcome.sort()).toEqual(implementing.sort());
    expect(implementing.sort()).toEqual([
      'AccessReviewDecisionResult',
      'BatchMemberResult',
      'MembershipChangeResult',
      'PartnerEmployeeAssets',
      'PartnerEmployeeResult',
      'TeamMemberResult',
    ]);
  });
});

let server: TestServer;
const tokens: Record<string, string> = {};
const users: Record<string, string> = {};
const db = () => server.app.deps.db;

beforeAll(async () => {
  server = await startTestServer();
  for (const u of await db().getRepository(User).find()) {
    const name = u.email.split('@')[0];
    users[name] = toGlobalId('User', u.id);
    tokens[name] = await server.token(u.email);
  }
});
afterAll(() => server.close());

interface Item {
  id: string;
  outcome: string;
  error: { code: string; reason: string | null; rule: string | null; message: string } | null;
}
/** Each item as [id, outcome, error without its message]. */
const summary = (items: Item[]) =>
  items.map(({ id, outcome, error }) => [
    id,
    outcome,
    error && { code: error.code, reason: error.reason, rule: error.rule },
  ]);

const BATCH = `mutation ($input: BatchUpdateMembersInput!) { batchUpdateMembers(input: $input) {
  applied results { id outcome error { code reason rule } } } }`;

describe('batchUpdateMembers: per item, or all or nothing', () => {
  const globex = async () =>
    toGlobalId(
      'Organization',
      (await db().getRepository(Organization).findOneByOrFail({ name: 'Globex Corporation' })).id,
    );
  const team = async (name: string) => db().getRepository(Team).findOneByOrFail({ name });
  const batch = async (input: Record<string, unknown>) =>
    server.raw<{ batchUpdateMembers: { applied: boolean; results: Item[] } }>(
      BATCH,
      { input: { organizationId: await globex(), operation: 'ADD_TO_TEAMS', ...input } },
      tokens.grace,
    );

  it('best effort: CHANGED, UNCHANGED and FAILED NOT_FOUND (another tenant’s user), in input order', async () => {
    const design = await team('Design');
    const r = await batch({
      userIds: [users.hank, users.gus, users.tina],
      teamIds: [toGlobalId('Team', design.id)],
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.batchUpdateMembers.applied).toBe(true);
    expect(summary(r.data!.batchUpdateMembers.results)).toEqual([
      [users.hank, 'UNCHANGED', null],
      [users.gus, 'CHANGED', null],
      [users.tina, 'FAILED', { code: 'NOT_FOUND', reason: null, rule: null }],
    ]);
  });

  it('atomic: one failing user leaves the others NOT_APPLIED and writes nothing', async () => {
    const engineering = await team('Engineering');
    const before = await db().getRepository(TeamMember).countBy({ teamId: engineering.id });
    const r = await batch({
      userIds: [users.hank, users.tina, users.ivy],
      teamIds: [toGlobalId('Team', engineering.id)],
      atomic: true,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.batchUpdateMembers.applied).toBe(false);
    expect(summary(r.data!.batchUpdateMembers.results)).toEqual([
      [users.hank, 'NOT_APPLIED', null],
      [users.tina, 'FAILED', { code: 'NOT_FOUND', reason: null, rule: null }],
      [users.ivy, 'NOT_APPLIED', null],
    ]);
    expect(await db().getRepository(TeamMember).countBy({ teamId: engineering.id })).toBe(before);
  });
});

const SET_TEAM_MEMBERS = `mutation ($input: SetTeamMembersInput!) { setTeamMembers(input: $input) {
  results { id outcome error { code } member { user { id } } } members { user { id } } } }`;

describe('setTeamMembers: all or nothing, CHANGED or UNCHANGED per user', () => {
  const setMembers = async (userIds: string[]) => {
    const team = await db().getRepository(Team).findOneByOrFail({ name: 'Engineering' });
    return server.raw<{
      setTeamMembers: {
        results: (Item & { member: { user: { id: string } } })[];
        members: { user: { id: string } }[];
      };
    }>(
      SET_TEAM_MEMBERS,
      { input: { teamId: toGlobalId('Team', team.id), userIds, role: 'MEMBER' } },
      tokens.grace,
    );
  };

  it('refuses the whole call for a stranger and writes nothing', async () => {
    const before = await db().getRepository(TeamMember).count();
    const r = await setMembers([users.ivy, users.tina]);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await db().getRepository(TeamMember).count()).toBe(before);
  });

  it('answers each user in input order; the deprecated members list follows it', async () => {
    const r = await setMembers([users.ivy, users.gus]);
    expect(r.errors).toBeUndefined();
    const { results, members } = r.data!.setTeamMembers;
    expect(summary(results)).toEqual([
      [users.ivy, 'CHANGED', null],
      [users.gus, 'UNCHANGED', null],
    ]);
    expect(results.map((x) => x.member.user.id)).toEqual([users.ivy, users.gus]);
    expect(members.map((m) => m.user.id)).toEqual([users.ivy, users.gus]);
  });
});

const CREATE_REVIEW = `mutation ($input: CreateAccessReviewInput!) { createAccessReview(input: $input) {
  accessReview { id items(first: 50) { edges { node { id user { email } } } } } } }`;
const DECIDE_MANY = `mutation ($input: DecideAccessReviewItemsInput!) { decideAccessReviewItems(input: $input) {
  results { id outcome error { code reason rule message } item { decision } } } }`;

describe('decideAccessReviewItems: each item on its own', () => {
  const itemsOfReview = async (engagement: string) => {
    const { id } = await db().getRepository(Engagement).findOneByOrFail({ name: engagement });
    const dueAt = new Date(server.clock.now().getTime() + 14 * 86_400_000).toISOString();
    const r = await server.raw<{
      createAccessReview: {
        accessReview: { items: { edges: { node: { id: string; user: { email: string } } }[] } };
      };
    }>(
      CREATE_REVIEW,
      {
        input: {
          kind: 'ENGAGEMENT_PARTICIPANTS',
          scopeId: toGlobalId('Engagement', id),
          dueAt,
        },
      },
      tokens.oscar,
    );
    expect(r.errors).toBeUndefined();
    const edges = r.data!.createAccessReview.accessReview.items.edges;
    return (name: string) => edges.find((e) => e.node.user.email.startsWith(`${name}@`))!.node.id;
  };
  const decide = (itemIds: string[]) =>
    server.raw<{ decideAccessReviewItems: { results: (Item & { item: unknown })[] } }>(
      DECIDE_MANY,
      {
        input: {
          decisions: itemIds.map((itemId) => ({
            itemId,
            decision: 'APPROVE',
            justification: 'Still on the project.',
          })),
        },
      },
      tokens.pat,
    );

  it('CHANGED, FAILED FORBIDDEN with the rule, FAILED NOT_FOUND, then FAILED CONFLICT', async () => {
    const pilot = await itemsOfReview('Cloud Migration Pilot');
    const workshop = await itemsOfReview('Security Workshop');
    const [paula, ned, hidden] = [pilot('paula'), pilot('ned'), workshop('paula')];
    const first = await decide([paula, ned, hidden]);
    expect(first.errors).toBeUndefined();
    expect(summary(first.data!.decideAccessReviewItems.results)).toEqual([
      [paula, 'CHANGED', null],
      [ned, 'FAILED', { code: 'FORBIDDEN', reason: null, rule: 'R-PU-1' }],
      [hidden, 'FAILED', { code: 'NOT_FOUND', reason: null, rule: null }],
    ]);
    expect(first.data!.decideAccessReviewItems.results.map((r) => r.item)).toEqual([
      { decision: 'APPROVE' },
      { decision: null },
      null,
    ]);
    const single = await server.raw(
      `mutation ($input: AccessReviewDecisionInput!) { decideAccessReviewItem(input: $input) { item { id } } }`,
      { input: { itemId: ned, decision: 'APPROVE', justification: 'Still on the project.' } },
      tokens.pat,
    );
    expect(single.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'R-PU-1' });
    expect(single.errors?.[0].message).toBe(
      first.data!.decideAccessReviewItems.results[1].error!.message,
    );
    const again = await decide([paula]);
    expect(summary(again.data!.decideAccessReviewItems.results)).toEqual([
      [paula, 'FAILED', { code: 'CONFLICT', reason: 'REVIEW_ITEM_DECIDED', rule: null }],
    ]);
  });
});
