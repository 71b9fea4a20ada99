import fs from 'node:fs';
import path from 'node:path';
import { isIntrospectionType, isObjectType } from 'graphql';
import { FIELD_RULES, isVisibleWithParent, VISIBLE_WITH_PARENT } from '../src/permissions/shield';
import { buildBaseSchema, printSortedSchema } from '../src/schema';
import { ACTIONS, MATRIX } from '../src/permissions/matrix';
import { ACCESS_CHANGING_MUTATIONS, OTHER_MUTATIONS } from '../src/permissions/accessChanging';
import { MUTATIONS } from '../src/permissions/mutations';
import { dryRunMutations } from './helpers/dryRun';
import { startTestServer, TestServer } from './helpers/server';

const DOMAIN_RULE = /^R-[A-Z]{2}-\d+$/;

describe('the permission layer covers every field (deny by default)', () => {
  const schema = buildBaseSchema();
  const objectTypes = Object.values(schema.getTypeMap()).filter(
    (t) => isObjectType(t) && !isIntrospectionType(t),
  );

  it('gives every field of every object type a rule or an explicit "visible with parent" entry', () => {
    const uncovered: string[] = [];
    for (const type of objectTypes) {
      if (!isObjectType(type)) continue;
      const rules = (FIELD_RULES as Record<string, Record<string, unknown>>)[type.name] ?? {};
      for (const field of Object.keys(type.getFields())) {
        if (!(field in rules) && !isVisibleWithParent(type.name, field))
          uncovered.push(`${type.name}.${field}`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it('names only fields that exist, and never both a rule and "visible with parent"', () => {
    const stale: string[] = [];
    const entries = [
      ...Object.entries(FIELD_RULES as Record<string, Record<string, unknown>>).flatMap(([t, f]) =>
        Object.keys(f).map((n) => [t, n, 'rule']),
      ),
      ...Object.entries(VISIBLE_WITH_PARENT).flatMap(([t, f]) => f.map((n) => [t, n, 'parent'])),
    ];
    for (const [typeName, field, kind] of entries) {
      const type = schema.getType(typeName);
      if (!type || !isObjectType(type) || !(field in type.getFields()))
        stale.push(`${typeName}.${field}`);
      if (kind === 'rule' && isVisibleWithParent(typeName, field))
        stale.push(`${typeName}.${field} (both)`);
    }
    expect(stale).toEqual([]);
  });

  it('declares every mutation once in src/permissions/mutations.ts, with an action of the matrix (issue 24)', () => {
    const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
    expect(Object.keys(MUTATIONS).sort()).toEqual(mutations);
    for (const check of Object.values(MUTATIONS)) {
      const fixed =
        'perItem' in check ? check.perItem : 'onRecord' in check ? check.onRecord : null;
      const action = 'action' in check && typeof check.action === 'string' ? check.action : fixed;
      if (action) expect(ACTIONS).toContain(action);
    }
  });

  it('cites DOMAIN.md rules for every action of the matrix and grants each to someone', () => {
    for (const action of ACTIONS) {
      const definition = MATRIX[action];
      expect(definition.rules.length).toBeGreaterThan(0);
      for (const rule of definition.rules) expect(rule).toMatch(DOMAIN_RULE);
      expect(definition.grants.length).toBeGreaterThan(0);
    }
  });
});

describe('dry runs (issue 21)', () => {
  const mutations = Object.keys(buildBaseSchema().getMutationType()!.getFields()).sort();

  it('classifies every mutation as access-changing or not', () => {
    const listed = [...ACCESS_CHANGING_MUTATIONS, ...OTHER_MUTATIONS] as string[];
    expect(listed.filter((m) => !mutations.includes(m))).toEqual([]);
    expect(mutations.filter((m) => !listed.includes(m))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('gives every mutation that changes access a dryRun argument or input field', () => {
    const dry = dryRunMutations(buildBaseSchema());
    expect(ACCESS_CHANGING_MUTATIONS.filter((m) => !dry.includes(m))).toEqual([]);
  });
});

describe('resolvers on the hot read path (issue 17)', () => {
  const fieldsOf = (type: string) =>
    (buildBaseSchema().getType(type) as import('graphql').GraphQLObjectType).getFields();

  it('reads plain properties without a resolver, so the compiled executor inlines them', () => {
    for (const [type, field] of [
      ['TeamMember', 'role'],
      ['OrganizationMember', 'lastActivityAt'],
      ['User', 'email'],
      ['TeamMemberEdge', 'node'],
      ['PageInfo', 'endCursor'],
    ]) {
      expect({ type, field, resolve: fieldsOf(type)[field].resolve }).toEqual({
        type,
        field,
        resolve: undefined,
      });
    }
  });

  it('keeps a resolver where the property is a promise: lazy counts and viewerCan decisions', () => {
    const promised = [
      ['TeamMemberConnection', 'totalCount'],
      ['OrganizationViewerCan', 'addPartnerEmployees'],
      ['OrganizationMemberViewerCan', 'remove'],
      ['GroupMembershipViewerCan', 'remove'],
      ['AccessReviewItemViewerCan', 'decide'],
    ];
    for (const [type, field] of promised) {
      expect({ type, field, resolved: typeof fieldsOf(type)[field].resolve }).toEqual({
        type,
        field,
        resolved: 'function',
      });
    }
  });
});

describe('schema/schema.graphql', () => {
  it('is the sorted schema the code builds (run `npm run schema:emit` when this fails)', () => {
    const committed = fs.readFileSync(
      path.join(__dirname, '..', 'schema', 'schema.graphql'),
      'utf8',
    );
    expect(committed).toBe(printSortedSchema());
  });
});

describe('migrations', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false });
  });
  afterAll(() => server.close());

  it('produce exactly the schema the entities describe, on this database', async () => {
    const pending = await server.app.deps.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('are recorded as run, so a restart migrates nothing', async () => {
    expect(await server.app.deps.db.showMigrations()).toBe(false);
  });
});
