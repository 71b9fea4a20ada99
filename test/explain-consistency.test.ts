import { startTestServer, TestServer } from './helpers/server';
import { AccessReview, Engagement, Organization, Program, Team, User } from '../entities';
import { enumNameOf } from '../resolvers/types/permissionAction';
import { toGlobalId } from '../src/globalId';
import { createLoaders } from '../src/loaders';
import { Access } from '../src/permissions/access';
import { scopeOf } from '../src/permissions/scope';
import { CONDITIONAL_ACTIONS } from '../src/services/engagements/conditions';
import { ADMIN_ACTION, Action, definitionOf } from '../src/permissions/matrix';
import {
  VIEWER_CAN_RESOURCES,
  ViewerCanResource,
  viewerCanFields,
} from '../src/permissions/viewerCan';

/**
 * The consistency proof (issue 9): for every action and every seeded user, what the API
 * enforces, what `viewerCan` shows, what `explainAccess` answers and whom `whoCan` lists agree.
 * The reference is the enforcing check itself (`Access.can`, run in-process); every other
 * answer comes through the API.
 */
let server: TestServer;
const people: User[] = [];
const tokens = new Map<number, string>();
type Resource = { type: ViewerCanResource; id: string; entity: object };
const resources: Resource[] = [];

/** Fields of the schema gated by a matrix action (the shield's onParent rules). */
const GATED: Record<ViewerCanResource, Record<string, Action>> = {
  Organization: {
    'seats { used }': 'organization.readSeats',
    'members(first: 1) { totalCount }': 'organization.readMembers',
    'teams(first: 1) { totalCount }': 'organization.readTeams',
    'clients(first: 1) { totalCount }': 'organization.readClients',
    'managedBy(first: 1) { totalCount }': 'organization.readManagers',
    'programs(first: 1) { totalCount }': 'organization.readPrograms',
    'auditEvents(first: 1) { totalCount }': 'organization.readEventLog',
    'billing { email }': 'organization.readBilling',
    'permissionSets { id }': 'organization.readPermissionSets',
    'accessLinks(first: 1) { totalCount }': 'organization.readAccessLinks',
  },
  Team: {},
  Program: {
    'engagements(first: 1) { totalCount }': 'program.readEngagements',
    'members(first: 1) { totalCount }': 'program.readMembers',
  },
  Engagement: {
    'members(first: 1) { totalCount }': 'engagement.readMembers',
    'audience { id }': 'engagement.update',
    'accessRequests(first: 1) { totalCount }': 'engagement.readAccessRequests',
    'contentPackages(first: 1) { totalCount }': 'engagement.readContent',
    'feedback(first: 1) { totalCount }': 'engagement.readFeedback',
  },
  AccessReview: {},
};

beforeAll(async () => {
  // Batches of explainAccess and whoCan in one request: a test-only cost allowance.
  server = await startTestServer({ env: { MAX_COST: '1000000', MAX_ALIASES: '100' } });
  const db = server.app.deps.db;
  people.push(...(await db.getRepository(User).find({ order: { id: 'ASC' } })));
  for (const u of people) tokens.set(u.id, await server.token(u.email));
  const add = (type: ViewerCanResource, entities: { id: number }[]) =>
    entities.forEach((entity) => resources.push({ type, id: toGlobalId(type, entity.id), entity }));
  add('Organization', await db.getRepository(Organization).find());
  add('Team', await db.getRepository(Team).find());
  add('Program', await db.getRepository(Program).find());
  add('Engagement', await db.getRepository(Engagement).find());
  // One access review of each kind (issue 21), opened through the API by who manages its scope.
  const pilot = await db
    .getRepository(Engagement)
    .findOneByOrFail({ name: 'Cloud Migration Pilot' });
  const program = await db.getRepository(Program).findOneByOrFail({});
  const org = (name: string) => db.getRepository(Organization).findOneByOrFail({ name });
  const dueAt = new Date(server.clock.now().getTime() + 14 * 86_400_000).toISOString();
  for (const [kind, scopeId, email] of [
    ['ENGAGEMENT_PARTICIPANTS', toGlobalId('Engagement', pilot.id), 'oscar@contoso.example'],
    ['PROGRAM_GROUPS', toGlobalId('Program', program.id), 'olivia@contoso.example'],
    [
      'ORGANIZATION_PARTNER_ADMINS',
      toGlobalId('Organization', (await org('Tailspin Client Co')).id),
      'tina@tailspin.example',
    ],
    [
      'ORGANIZATION_GUESTS',
      toGlobalId('Organization', (await org('Globex Corporation')).id),
      'grace@globex.example',
    ],
  ]) {
    const created = await server.raw(
      `mutation ($input: CreateAccessReviewInput!) { createAccessReview(input: $input) { accessReview { id } } }`,
      { input: { kind, scopeId, dueAt } },
      tokens.get(people.find((u) => u.email === email)!.id),
    );
    expect(created.errors).toBeUndefined();
  }
  add('AccessReview', await db.getRepository(AccessReview).find());
});
afterAll(() => server.close());

/** What the enforcing check says, in-process. */
async function truth(user: User, r: Resource, action: Action): Promise<boolean> {
  return new Access(user, createLoaders(server.app.deps.db)).can(
    action,
    scopeOf(r.type, r.entity as never),
  );
}

const fieldsOf = (type: ViewerCanResource) => viewerCanFields(type);
const alias = (action: string) => action.replace('.', '_');

describe('viewerCan, explainAccess, whoCan and the API never disagree (issue 9)', () => {
  it('for every action and every seeded user', async () => {
    let compared = 0;
    const holders = new Map<string, Set<number>>(); // "resource|action" → users (reference)
    for (const user of people) {
      const token = tokens.get(user.id)!;
      // viewerCan for every resource in one request.
      const fragments = VIEWER_CAN_RESOURCES.map(
        (t) =>
          `... on ${t} { viewerCan { ${fieldsOf(t)
            .map((f) => f.field)
            .join(' ')} } }`,
      ).join(' ');
      const seen = await server.raw<{ nodes: ({ viewerCan: Record<string, boolean> } | null)[] }>(
        `query ($ids: [ID!]!) { nodes(ids: $ids) { ${fragments} } }`,
        { ids: resources.map((r) => r.id) },
        token,
      );
      expect(seen.errors).toBeUndefined();
      for (const [i, r] of resources.entries()) {
        const viewerCan = seen.data!.nodes[i]?.viewerCan;
        const pairs = fieldsOf(r.type);
        // explainAccess about oneself, batched with aliases.
        const explained = await server.raw<Record<string, { allowed: boolean } | null>>(
          `query ($id: ID!, $me: ID!) { ${pairs
            .filter((f) => definitionOf(f.action).resource === r.type)
            .map(
              (f) =>
                `${alias(f.action)}: explainAccess(userId: $me, action: ${enumNameOf(f.action)}, resourceId: $id) { allowed }`,
            )
            .join(' ')} }`,
          { id: r.id, me: toGlobalId('User', user.id) },
          token,
        );
        for (const f of pairs) {
          const expected = await truth(user, r, f.action);
          const key = `${r.id}|${f.action}`;
          if (expected && definitionOf(f.action).resource === r.type) {
            if (!holders.has(key)) holders.set(key, new Set());
            holders.get(key)!.add(user.id);
          }
          if (!viewerCan) {
            // Not visible: nobody learns about it, whatever it could do (NOT_FOUND everywhere).
            expect(explained.data?.[alias(f.action)] ?? null).toBeNull();
            continue;
          }
          // On a conditional action viewerCan also folds in the mutation's own rules (proved
          // against the mutations in test/viewer-can-mutations.test.ts): true needs the grant.
          const shown = CONDITIONAL_ACTIONS.includes(f.action)
            ? viewerCan[f.field] && expected
            : viewerCan[f.field];
          expect({ user: user.email, resource: r.id, action: f.action, viewerCan: shown }).toEqual({
            user: user.email,
            resource: r.id,
            action: f.action,
            viewerCan: CONDITIONAL_ACTIONS.includes(f.action) ? viewerCan[f.field] : expected,
          });
          if (definitionOf(f.action).resource === r.type) {
            expect(explained.data?.[alias(f.action)]?.allowed).toBe(expected);
          }
          compared++;
        }
        // The API enforces what viewerCan says on every gated field.
        const gated = Object.entries(GATED[r.type]);
        if (viewerCan && gated.length) {
          // One `node` per field: a denied non-null field nulls only its own alias.
          const response = await server.raw<Record<string, unknown>>(
            `query ($id: ID!) { ${gated
              .map(([selection], k) => `n${k}: node(id: $id) { ... on ${r.type} { ${selection} } }`)
              .join(' ')} }`,
            { id: r.id },
            token,
          );
          const denied = new Set((response.errors ?? []).map((e) => String(e.path?.[0])));
          for (const [k, [, action]] of gated.entries()) {
            const enforced = !denied.has(`n${k}`) && response.data?.[`n${k}`] != null;
            expect({ user: user.email, resource: r.id, action, enforced }).toEqual({
              user: user.email,
              resource: r.id,
              action,
              enforced: viewerCan[viewerCanFields(r.type).find((f) => f.action === action)!.field],
            });
            compared++;
          }
        }
      }
    }

    // whoCan, asked by an administrator of each resource, lists exactly the holders.
    for (const r of resources) {
      const admin = ADMIN_ACTION[r.type]!;
      let asker: User | undefined;
      for (const u of people) {
        if (await truth(u, r, admin)) {
          asker = u;
          break;
        }
      }
      if (!asker) continue;
      const pairs = fieldsOf(r.type).filter((f) => definitionOf(f.action).resource === r.type);
      const listed = await server.raw<
        Record<string, { edges: { node: { user: { id: string } } }[] }>
      >(
        `query ($id: ID!) { ${pairs
          .map(
            (f, k) =>
              `w${k}: whoCan(action: ${enumNameOf(f.action)}, resourceId: $id, first: 100) { edges { node { user { id } } } }`,
          )
          .join(' ')} }`,
        { id: r.id },
        tokens.get(asker.id),
      );
      expect(listed.errors).toBeUndefined();
      for (const [k, f] of pairs.entries()) {
        const got = listed.data![`w${k}`].edges.map((e) => e.node.user.id).sort();
        const want = [...(holders.get(`${r.id}|${f.action}`) ?? [])]
          .map((id) => toGlobalId('User', id))
          .sort();
        expect({ resource: r.id, action: f.action, holders: got }).toEqual({
          resource: r.id,
          action: f.action,
          holders: want,
        });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  }, 240_000); // thousands of requests: a loaded CI machine needs more than the default 60 s
});
