import {
  getNamedType,
  GraphQLField,
  GraphQLNamedType,
  isInterfaceType,
  isLeafType,
  isObjectType,
} from 'graphql';
import {
  AccessLink,
  AccessRequest,
  AccessReview,
  Engagement,
  ManagedRelationship,
  Organization,
  PermissionSet,
  Program,
  Team,
  TeamJoinRequest,
  User,
} from '../entities';
import {
  AccessLinkStatus,
  AccessRequestStatus,
  AccessReviewStatus,
  JoinRequestStatus,
} from '../entities/enums';
import { runInactivity } from '../jobs/inactivity';
import { toGlobalId } from '../src/globalId';
import { FIELD_RULES } from '../src/permissions/shield';
import { buildBaseSchema } from '../src/schema';
import { dryRunMutations } from './helpers/dryRun';
import { startTestServer, TestServer, warmUpViewer } from './helpers/server';

/**
 * Dry runs, generically (issue 21): every mutation of the schema that takes `dryRun` is run dry
 * on world A, then for real on world B, two servers seeded alike. The dry run must leave every
 * table of A exactly as it was and publish no event, and its payload (every scalar of the payload
 * and of the objects it names, or the errors) must equal what the real run returned on B. Then
 * the mutation runs for real on A too, so the worlds stay alike for the next step (the two real
 * payloads are compared as well: the worlds really are identical). Steps build on each other; a
 * `setup` step runs for real on both worlds without a dry run.
 */
jest.setTimeout(240_000);

interface Ids {
  user(name: string): string;
  org(name: string): string;
  team(name: string): string;
  engagement(name: string): string;
  program(): string;
  set(name: string): string;
  accessRequest(requester: string): string;
  joinRequest(user: string): string;
  accessLink(employee: string): string;
  relationship(client: string): string;
  accessReview(): string;
}

interface Step {
  mutation: string;
  as: string;
  input?: (ids: Ids) => Record<string, unknown>;
  setup?: boolean;
}

const STEPS: Step[] = [
  {
    mutation: 'changeClientSeats',
    as: 'alice',
    input: (i) => ({ organizationId: i.org("My Client's Organization"), assigned: 16 }),
  },
  {
    mutation: 'createClientOrganization',
    as: 'alice',
    input: (i) => ({
      managerId: i.org('Acme Provider Services'),
      name: 'Dry Run Client',
      plan: 'TEAMS',
      seats: 5,
    }),
  },
  {
    mutation: 'addOrganizationMember',
    as: 'grace',
    input: (i) => ({
      organizationId: i.org('Globex Corporation'),
      email: 'zoe@globex.example',
      name: 'Zoe Added',
      teamIds: [i.team('Design')],
    }),
  },
  {
    mutation: 'addOrganizationMember',
    as: 'grace',
    setup: true,
    input: (i) => ({
      organizationId: i.org('Globex Corporation'),
      email: 'xavier@outside.example',
      name: 'Xavier Invited',
      invite: true,
    }),
  },
  {
    mutation: 'resendInvitation',
    as: 'grace',
    input: (i) => ({ organizationId: i.org('Globex Corporation'), userId: i.user('xavier') }),
  },
  {
    mutation: 'revokeInvitation',
    as: 'grace',
    input: (i) => ({ organizationId: i.org('Globex Corporation'), userId: i.user('xavier') }),
  },
  {
    mutation: 'acceptInvitation',
    as: 'ida',
    input: (i) => ({ organizationId: i.org('Globex Corporation') }),
  },
  {
    mutation: 'changeMemberRole',
    as: 'grace',
    input: (i) => ({
      organizationId: i.org('Globex Corporation'),
      userId: i.user('ivy'),
      role: 'ADMIN',
    }),
  },
  {
    mutation: 'setOrganizationMemberExpiry',
    as: 'grace',
    input: (i) => ({
      organizationId: i.org('Globex Corporation'),
      userId: i.user('hank'),
      expiresAt: new Date(Date.parse('2026-11-01T09:00:00Z') + 20 * 86_400_000).toISOString(),
    }),
  },
  {
    mutation: 'changeMemberLicense',
    as: 'grace',
    input: (i) => ({
      organizationId: i.org('Globex Corporation'),
      userId: i.user('hank'),
      license: 'TO_RESTRICTED_FREE',
    }),
  },
  {
    mutation: 'setMemberTeams',
    as: 'grace',
    input: (i) => ({
      organizationId: i.org('Globex Corporation'),
      userId: i.user('ivy'),
      teamIds: [i.team('Design'), i.team('Engineering')],
    }),
  },
  {
    mutation: 'batchUpdateMembers',
    as: 'grace',
    input: (i) => ({
      organizationId: i.org('Globex Corporation'),
      operation: 'ADD_TO_TEAMS',
      teamIds: [i.team('Engineering')],
      userIds: [i.user('hank'), i.user('zoe')],
    }),
  },
  {
    mutation: 'deactivateMember',
    as: 'grace',
    input: (i) => ({ organizationId: i.org('Globex Corporation'), userId: i.user('zoe') }),
  },
  {
    mutation: 'reactivateMember',
    as: 'grace',
    input: (i) => ({ organizationId: i.org('Globex Corporation'), userId: i.user('zoe') }),
  },
  {
    mutation: 'setTeamMembers',
    as: 'grace',
    input: (i) => ({ teamId: i.team('Design'), userIds: [i.user('gus')] }),
  },
  {
    mutation: 'removeTeamMember',
    as: 'grace',
    input: (i) => ({ teamId: i.team('Design'), userId: i.user('gus') }),
  },
  {
    mutation: 'inviteToTeam',
    as: 'grace',
    input: (i) => ({
      teamId: i.team('Design'),
      email: 'yuri@globex.example',
      name: 'Yuri Invited',
    }),
  },
  {
    mutation: 'updateTeam',
    as: 'grace',
    setup: true,
    input: (i) => ({ teamId: i.team('Design'), privacy: 'OPEN' }),
  },
  { mutation: 'joinTeam', as: 'ida', input: (i) => ({ teamId: i.team('Design') }) },
  {
    mutation: 'requestToJoinTeam',
    as: 'ida',
    input: (i) => ({ teamId: i.team('Engineering') }),
  },
  {
    mutation: 'denyTeamJoinRequest',
    as: 'grace',
    input: (i) => ({ requestId: i.joinRequest('ida') }),
  },
  {
    mutation: 'requestToJoinTeam',
    as: 'ida',
    setup: true,
    input: (i) => ({ teamId: i.team('Engineering') }),
  },
  {
    mutation: 'approveTeamJoinRequest',
    as: 'grace',
    input: (i) => ({ requestId: i.joinRequest('ida') }),
  },
  {
    mutation: 'removeOrganizationMember',
    as: 'grace',
    input: (i) => ({ organizationId: i.org('Globex Corporation'), userId: i.user('zoe') }),
  },
  {
    mutation: 'addEngagementMembers',
    as: 'oscar',
    input: (i) => ({
      engagementId: i.engagement('Cloud Migration Pilot'),
      group: 'PARTICIPANT',
      organizationId: i.org('Fabrikam Partners'),
      userIds: [i.user('peter')],
    }),
  },
  {
    mutation: 'setEngagementMemberExpiry',
    as: 'oscar',
    input: (i) => ({
      engagementId: i.engagement('Cloud Migration Pilot'),
      group: 'PARTICIPANT',
      userIds: [i.user('peter')],
      expiresAt: new Date(Date.parse('2026-11-01T09:00:00Z') + 20 * 86_400_000).toISOString(),
    }),
  },
  {
    mutation: 'removeEngagementMembers',
    as: 'oscar',
    input: (i) => ({
      engagementId: i.engagement('Cloud Migration Pilot'),
      group: 'PARTICIPANT',
      userIds: [i.user('peter')],
    }),
  },
  {
    mutation: 'copyEngagementParticipants',
    as: 'oscar',
    input: (i) => ({
      engagementId: i.engagement('Security Workshop'),
      sourceEngagementId: i.engagement('Cloud Migration Pilot'),
      userIds: [i.user('ned')],
    }),
  },
  {
    mutation: 'addProgramMembers',
    as: 'olivia',
    input: (i) => ({
      programId: i.program(),
      group: 'PACKAGE_PUBLISHER',
      userIds: [i.user('oscar')],
    }),
  },
  {
    mutation: 'setProgramMemberExpiry',
    as: 'olivia',
    input: (i) => ({
      programId: i.program(),
      group: 'PACKAGE_PUBLISHER',
      userIds: [i.user('oscar')],
      expiresAt: new Date(Date.parse('2026-11-01T09:00:00Z') + 20 * 86_400_000).toISOString(),
    }),
  },
  {
    mutation: 'removeProgramMembers',
    as: 'olivia',
    input: (i) => ({
      programId: i.program(),
      group: 'PACKAGE_PUBLISHER',
      userIds: [i.user('oscar')],
    }),
  },
  {
    mutation: 'joinEngagement',
    as: 'pat',
    input: (i) => ({ engagementId: i.engagement('Security Workshop'), acceptTerms: true }),
  },
  {
    mutation: 'requestEngagementAccess',
    as: 'peter',
    setup: true,
    input: (i) => ({
      engagementId: i.engagement('Cloud Migration Pilot'),
      acceptTerms: true,
      justification: 'Our team prepares the migration.',
    }),
  },
  {
    mutation: 'approveAccessRequest',
    as: 'oscar',
    input: (i) => ({ accessRequestId: i.accessRequest('peter'), note: 'Welcome.' }),
  },
  {
    mutation: 'requestEngagementAccess',
    as: 'frank',
    setup: true,
    input: (i) => ({
      engagementId: i.engagement('Cloud Migration Pilot'),
      acceptTerms: true,
      justification: 'Our team prepares the migration.',
    }),
  },
  {
    mutation: 'denyAccessRequest',
    as: 'oscar',
    input: (i) => ({ accessRequestId: i.accessRequest('frank'), note: 'Not now.' }),
  },
  { mutation: 'reactivateMyAccess', as: 'lars' },
  {
    mutation: 'createAccessLink',
    as: 'peter',
    setup: true,
    input: (i) => ({
      clientOrganizationId: i.org('Tailspin Client Co'),
      permissionSetId: i.set('Reporting'),
    }),
  },
  {
    mutation: 'rejectAccessLink',
    as: 'tina',
    input: (i) => ({ accessLinkId: i.accessLink('peter') }),
  },
  {
    mutation: 'createAccessLink',
    as: 'pat',
    setup: true,
    input: (i) => ({
      clientOrganizationId: i.org('Tailspin Client Co'),
      permissionSetId: i.set('Reporting'),
    }),
  },
  {
    mutation: 'approveAccessLink',
    as: 'tina',
    input: (i) => ({ accessLinkId: i.accessLink('pat') }),
  },
  {
    mutation: 'renewRelationship',
    as: 'tina',
    input: (i) => ({
      relationshipId: i.relationship('Tailspin Client Co'),
      expiresAt: new Date(Date.parse('2026-11-01T09:00:00Z') + 60 * 86_400_000).toISOString(),
    }),
  },
  {
    mutation: 'addPartnerEmployees',
    as: 'frank',
    input: (i) => ({
      clientOrganizationId: i.org('Tailspin Client Co'),
      userIds: [i.user('peter')],
      permissionSetId: i.set('Reporting'),
    }),
  },
  {
    mutation: 'changePartnerEmployeePermissions',
    as: 'frank',
    input: (i) => ({
      clientOrganizationId: i.org('Tailspin Client Co'),
      userId: i.user('peter'),
      permissionSetId: i.set('Employee manager'),
    }),
  },
  {
    mutation: 'setPartnerReportsAccess',
    as: 'tina',
    input: (i) => ({
      clientOrganizationId: i.org('Tailspin Client Co'),
      userId: i.user('peter'),
      granted: true,
    }),
  },
  {
    mutation: 'deactivatePartnerEmployees',
    as: 'frank',
    input: (i) => ({
      clientOrganizationId: i.org('Tailspin Client Co'),
      userIds: [i.user('peter')],
    }),
  },
  {
    mutation: 'reactivatePartnerEmployees',
    as: 'frank',
    input: (i) => ({
      clientOrganizationId: i.org('Tailspin Client Co'),
      userIds: [i.user('peter')],
    }),
  },
  {
    mutation: 'addOrganizationMember',
    as: 'tina',
    setup: true,
    input: (i) => ({
      organizationId: i.org('Tailspin Client Co'),
      email: 'paula@fabrikam.example',
      name: 'Paula Participant',
    }),
  },
  {
    mutation: 'linkPartnerEmployee',
    as: 'frank',
    input: (i) => ({
      clientOrganizationId: i.org('Tailspin Client Co'),
      userId: i.user('paula'),
      permissionSetId: i.set('Reporting'),
    }),
  },
  {
    mutation: 'removePartnerEmployees',
    as: 'frank',
    input: (i) => ({
      clientOrganizationIds: [i.org('Tailspin Client Co')],
      userIds: [i.user('peter')],
    }),
  },
  {
    mutation: 'switchToPartnerAdmin',
    as: 'tina',
    input: (i) => ({ organizationId: i.org('Tailspin Client Co') }),
  },
  {
    mutation: 'createAccessReview',
    as: 'oscar',
    setup: true,
    input: (i) => ({
      kind: 'ENGAGEMENT_PARTICIPANTS',
      scopeId: i.engagement('Cloud Migration Pilot'),
      dueAt: new Date(Date.parse('2026-11-01T09:00:00Z') + 14 * 86_400_000).toISOString(),
      undecided: 'REMOVE',
    }),
  },
  {
    mutation: 'completeAccessReview',
    as: 'oscar',
    input: (i) => ({ accessReviewId: i.accessReview() }),
  },
];

/**
 * Fields computed from other tables when the payload is read, after the command's transaction:
 * in a dry run that transaction is gone, so they show the world before the change. Known limit,
 * listed here one by one (README "Governance").
 */
const DERIVED: Record<string, string[]> = {
  OrganizationMember: ['teamCount'],
  // Whether the item may still be decided reads the review's status after the transaction.
  AccessReviewItem: ['viewerCan'],
};

const schema = buildBaseSchema();
const mutationFields = schema.getMutationType()!.getFields();

/**
 * Every scalar of the payload and of the objects it returns: what the mutation says changed.
 * Fields behind their own permission rule (`FIELD_RULES`) and relations of those objects are
 * reads of the world around the change, authorized and cached per request; they are left out.
 */
function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type) && !isInterfaceType(type)) return '__typename';
  const gated = (FIELD_RULES as Record<string, Record<string, unknown>>)[type.name] ?? {};
  const fields = Object.values(type.getFields() as Record<string, GraphQLField<unknown, unknown>>)
    .filter(
      (f) => f.args.length === 0 && !(f.name in gated) && !DERIVED[type.name]?.includes(f.name),
    )
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      if (depth >= 2) return '';
      return `${f.name} { ${selectionOf(named, depth + 1)} }`;
    })
    .filter(Boolean);
  return fields.length ? fields.join(' ') : '__typename';
}

function operationOf(mutation: string, dryRun: boolean): { query: string; withInput: boolean } {
  const field = mutationFields[mutation];
  const selection = selectionOf(getNamedType(field.type), 1);
  const input = field.args.find((a) => a.name === 'input');
  if (input) {
    return {
      query: `mutation ($input: ${input.type.toString()}) { ${mutation}(input: $input) { ${selection} } }`,
      withInput: true,
    };
  }
  return {
    query: `mutation { ${mutation}(dryRun: ${dryRun}) { ${selection} } }`,
    withInput: false,
  };
}

interface World {
  server: TestServer;
  tokens: Map<string, string>;
  published: unknown[];
}

async function openWorld(): Promise<World> {
  const server = await startTestServer({ env: { JOBS_ENABLED: 'false', MAX_COST: '1000000' } });
  const published: unknown[] = [];
  const bus = server.app.deps.events;
  const publish = bus.publish.bind(bus);
  // A spy, not a fake: every event still goes out; the test counts them.
  bus.publish = (events) => {
    published.push(...events);
    return publish(events);
  };
  return { server, tokens: new Map(), published };
}

async function tokenOf(world: World, name: string): Promise<string> {
  if (!world.tokens.has(name)) {
    const user = await world.server.app.deps.db
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.email LIKE :p', { p: `${name}@%` })
      .getOneOrFail();
    const token = await world.server.token(user.email);
    // The first request records the viewer's access (once an hour): done before any snapshot.
    await warmUpViewer(world.server, token);
    world.tokens.set(name, token);
  }
  return world.tokens.get(name)!;
}

function idsOf(world: World): () => Promise<Ids> {
  const db = world.server.app.deps.db;
  return async () => {
    const [
      users,
      orgs,
      teams,
      engagements,
      programs,
      sets,
      requests,
      joins,
      links,
      relations,
      reviews,
    ] = await Promise.all([
      db.getRepository(User).find(),
      db.getRepository(Organization).find(),
      db.getRepository(Team).find(),
      db.getRepository(Engagement).find(),
      db.getRepository(Program).find(),
      db.getRepository(PermissionSet).find(),
      db.getRepository(AccessRequest).findBy({ status: AccessRequestStatus.PENDING }),
      db.getRepository(TeamJoinRequest).findBy({ status: JoinRequestStatus.PENDING }),
      db.getRepository(AccessLink).findBy({ status: AccessLinkStatus.PENDING }),
      db.getRepository(ManagedRelationship).find(),
      db.getRepository(AccessReview).findBy({ status: AccessReviewStatus.OPEN }),
    ]);
    const userId = (name: string) => users.find((u) => u.email.startsWith(`${name}@`))!.id;
    const one = <T extends { id: number }>(type: string, rows: T[], pick: (r: T) => boolean) => {
      const row = rows.find(pick);
      if (!row) throw new Error(`no ${type} for this step`);
      return toGlobalId(type as never, row.id);
    };
    return {
      user: (name) => toGlobalId('User', userId(name)),
      org: (name) => one('Organization', orgs, (o) => o.name === name),
      team: (name) => one('Team', teams, (t) => t.name === name),
      engagement: (name) => one('Engagement', engagements, (e) => e.name === name),
      program: () => one('Program', programs, () => true),
      set: (name) => one('PermissionSet', sets, (s) => s.name === name),
      accessRequest: (n) => one('AccessRequest', requests, (r) => r.requesterUserId === userId(n)),
      joinRequest: (n) => one('TeamJoinRequest', joins, (r) => r.userId === userId(n)),
      accessLink: (n) => one('AccessLink', links, (l) => l.employeeUserId === userId(n)),
      relationship: (client) =>
        one(
          'ManagedRelationship',
          relations,
          (r) => r.clientOrganizationId === orgs.find((o) => o.name === client)!.id,
        ),
      accessReview: () => one('AccessReview', reviews, () => true),
    };
  };
}

/** Every row of every table, order-free: what "wrote nothing" is checked against. */
async function snapshot(world: World): Promise<Record<string, string[]>> {
  const db = world.server.app.deps.db;
  const tables: Record<string, string[]> = {};
  for (const meta of db.entityMetadatas) {
    const rows = (await db.query(`SELECT * FROM ${db.driver.escape(meta.tableName)}`)) as object[];
    tables[meta.tableName] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return tables;
}

/** MySQL's next auto-increment value per table (none on SQLite, where a rollback restores it). */
async function counters(world: World): Promise<Map<string, number>> {
  const db = world.server.app.deps.db;
  if (db.options.type === 'better-sqlite3') return new Map();
  const rows = (await db.query(
    'SELECT TABLE_NAME AS t, AUTO_INCREMENT AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND AUTO_INCREMENT IS NOT NULL',
  )) as { t: string; n: number }[];
  return new Map(rows.map((r) => [r.t, Number(r.n)]));
}

/**
 * MySQL does not give back auto-increment values a rolled-back insert took: the tables whose
 * counter the dry run moved are set back, so the two worlds keep numbering rows alike (the dry
 * run itself wrote no row: the table snapshot proves it).
 */
async function restoreCounters(world: World, before: Map<string, number>): Promise<void> {
  const db = world.server.app.deps.db;
  for (const [table, next] of await counters(world)) {
    if (before.get(table) !== next) {
      await db.query(
        `ALTER TABLE ${db.driver.escape(table)} AUTO_INCREMENT = ${before.get(table)}`,
      );
    }
  }
}

type Outcome = { data: unknown; errors?: { code: unknown; message: string; path?: unknown }[] };

async function run(world: World, step: Step, dryRun: boolean, ids: Ids): Promise<Outcome> {
  const { query, withInput } = operationOf(step.mutation, dryRun);
  const variables = withInput
    ? { input: { ...step.input!(ids), ...(step.setup ? {} : { dryRun }) } }
    : {};
  const response = await world.server.raw(query, variables, await tokenOf(world, step.as));
  return {
    data: response.data ?? null,
    ...(response.errors
      ? {
          errors: response.errors.map((e) => ({
            code: e.extensions?.code,
            message: e.message,
            path: e.path,
          })),
        }
      : {}),
  };
}

let a: World;
let b: World;

beforeAll(async () => {
  a = await openWorld();
  b = await openWorld();
  // Lars has not been seen for 200 days: the inactivity job deactivates his access (R-IN-1), so
  // reactivateMyAccess has something to restore.
  for (const w of [a, b]) await runInactivity(w.server.app.deps);
});
afterAll(async () => {
  await a?.server.close();
  await b?.server.close();
});

describe('every mutation with dryRun predicts its real run and writes nothing (issue 21)', () => {
  it('walks every mutation of the schema that takes dryRun', () => {
    const walked = [...new Set(STEPS.filter((s) => !s.setup).map((s) => s.mutation))].sort();
    expect(walked).toEqual(dryRunMutations(schema));
  });

  it('runs each dry on world A and for real on world B; A is untouched and the payloads agree', async () => {
    const refused: string[] = [];
    let succeeded = 0;
    for (const step of STEPS) {
      const idsA = await idsOf(a)();
      const idsB = await idsOf(b)();
      if (step.setup) {
        const [ra, rb] = [await run(a, step, false, idsA), await run(b, step, false, idsB)];
        expect({ step: step.mutation, errors: ra.errors }).toEqual({ step: step.mutation });
        expect(ra).toEqual(rb);
        continue;
      }
      await tokenOf(a, step.as);
      await tokenOf(b, step.as);
      const countersBefore = await counters(a);
      const before = await snapshot(a);
      const eventsBefore = a.published.length;
      const dry = await run(a, step, true, idsA);
      expect({ step: step.mutation, tables: await snapshot(a) }).toEqual({
        step: step.mutation,
        tables: before,
      });
      expect({ step: step.mutation, events: a.published.length }).toEqual({
        step: step.mutation,
        events: eventsBefore,
      });
      await restoreCounters(a, countersBefore);
      const real = await run(b, step, false, idsB);
      expect({ step: step.mutation, outcome: dry }).toEqual({
        step: step.mutation,
        outcome: withoutDryRunFlags(real),
      });
      const realA = await run(a, step, false, idsA);
      expect(realA).toEqual(real);
      if (real.errors) refused.push(`${step.mutation}: ${String(real.errors[0].code)}`);
      else succeeded++;
    }
    // Every step changes something but one, whose refusal the dry run predicts as well.
    expect(refused).toEqual(['switchToPartnerAdmin: CONFLICT']);
    expect(succeeded).toBe(STEPS.filter((s) => !s.setup).length - 1);
  });
});

/**
 * The real payload as a dry run reports it: the flags saying which kind of run it was
 * (`dryRun: true`, `applied: false`) are the one expected difference.
 */
function withoutDryRunFlags(outcome: Outcome): Outcome {
  const data = outcome.data as Record<string, Record<string, unknown> | null> | null;
  if (!data) return outcome;
  const [[field, payload]] = Object.entries(data);
  if (!payload) return outcome;
  const flags = {
    ...('dryRun' in payload ? { dryRun: true } : {}),
    ...('applied' in payload ? { applied: false } : {}),
  };
  return { ...outcome, data: { [field]: { ...payload, ...flags } } };
}
