import { Engagement, GroupMembership, Organization, Team, User } from '../entities';
import { GroupMembershipStatus } from '../entities/enums';
import { ForbiddenError, NotFoundError } from '../src/errors';
import { Access, refusalOf } from '../src/permissions/access';
import { createLoaders } from '../src/loaders';
import { scopeOf } from '../src/permissions/scope';
import { startTestServer, TestServer } from './helpers/server';

/** `Access.filter` and what is built on it (issue 24): the allowed subset, a refusal per id. */
let server: TestServer;
let pilot: Engagement;
const MISSING = 999_999;

beforeAll(async () => {
  server = await startTestServer();
  pilot = await server.app.deps.db
    .getRepository(Engagement)
    .findOneByOrFail({ name: 'Cloud Migration Pilot' });
});
afterAll(() => server.close());

async function accessOf(email: string): Promise<Access> {
  const { db } = server.app.deps;
  const viewer = await db.getRepository(User).findOneByOrFail({ email });
  return new Access(viewer, createLoaders(db));
}

const refusals = (denied: { id: number; error: Error }[]) =>
  denied.map(({ id, error }) => [id, error.constructor.name, error.message]);

describe('Access.filter', () => {
  it('keeps the ids the viewer may act on, in input order, and refuses a missing one NOT_FOUND', async () => {
    const access = await accessOf('oscar@contoso.example');
    const { allowed, denied } = await access.filter('engagement.update', [
      pilot.id,
      MISSING,
      pilot.id,
    ]);
    expect(allowed.map((e) => e.id)).toEqual([pilot.id, pilot.id]);
    expect(refusals(denied)).toEqual([[MISSING, 'NotFoundError', 'Engagement not found.']]);
  });

  it('refuses FORBIDDEN, with the rule, what the viewer sees but may not act on', async () => {
    const access = await accessOf('pat@fabrikam.example');
    const { allowed, denied } = await access.filter('engagement.update', [MISSING, pilot.id]);
    expect(allowed).toEqual([]);
    const forbidden = refusalOf('engagement.update');
    expect(refusals(denied)).toEqual([
      [MISSING, 'NotFoundError', 'Engagement not found.'],
      [pilot.id, 'ForbiddenError', forbidden.message],
    ]);
    expect(denied[1].error.details).toEqual(forbidden.details);
  });

  it('refuses NOT_FOUND what exists but the viewer may not see (another tenant)', async () => {
    const access = await accessOf('gus@partner-guest.example');
    const { denied } = await access.filter('engagement.update', [pilot.id]);
    expect(refusals(denied)).toEqual([[pilot.id, 'NotFoundError', 'Engagement not found.']]);
  });

  it('decides loaded records at their own scope, and the read at the read scope', async () => {
    const access = await accessOf('pat@fabrikam.example');
    const scope = scopeOf('Engagement', pilot);
    const { allowed, denied } = await access.filterTargets('engagement.readMembers', [
      { id: 1, scope: { ...scope, memberOrganizationId: MISSING }, readScope: scope },
      { id: 2, scope: null },
    ]);
    expect(allowed).toEqual([]);
    expect(denied.map((d) => [d.id, d.error.code])).toEqual([
      [1, 'FORBIDDEN'],
      [2, 'NOT_FOUND'],
    ]);
  });
});

describe('Access.require, built on filter', () => {
  it('throws NOT_FOUND when any id is invisible, even listed after a FORBIDDEN one', async () => {
    const access = await accessOf('pat@fabrikam.example');
    await expect(access.require('engagement.update', [pilot.id, MISSING])).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('throws the matrix FORBIDDEN when every id is visible; returns the rows when allowed', async () => {
    const pat = await accessOf('pat@fabrikam.example');
    const refused = pat.requireOne('engagement.update', pilot.id);
    await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
    await expect(refused).rejects.toThrow(refusalOf('engagement.update').message);
    const oscar = await accessOf('oscar@contoso.example');
    expect((await oscar.requireOne('engagement.update', pilot.id)).name).toBe(
      'Cloud Migration Pilot',
    );
  });
});

describe('decisions taken without waiting once the grants are loaded (issue 17)', () => {
  const checks = async () => {
    const { db } = server.app.deps;
    const [organizations, teams, engagements] = await Promise.all([
      db.getRepository(Organization).find(),
      db.getRepository(Team).find(),
      db.getRepository(Engagement).find(),
    ]);
    return [
      ...organizations.map((o) => ({
        action: 'organization.readMembers' as const,
        scope: scopeOf('Organization', o),
      })),
      ...teams.map((t) => ({ action: 'team.read' as const, scope: scopeOf('Team', t) })),
      ...engagements.flatMap((e) =>
        (['engagement.update', 'engagement.readMembers'] as const).map((action) => ({
          action,
          scope: scopeOf('Engagement', e),
        })),
      ),
    ];
  };

  // Host, partner and provider admins (manager grants read), a Power User, a guest.
  it.each([
    'oscar@contoso.example',
    'pat@fabrikam.example',
    'frank@fabrikam.example',
    'alice@acme-provider.example',
    'gus@partner-guest.example',
  ])('answer for %s as each decision taken alone, before any grant was loaded', async (email) => {
    const list = await checks();
    const alone = await Promise.all(
      list.map(async (c) => (await accessOf(email)).can(c.action, c.scope)),
    );
    const warm = await accessOf(email);
    await warm.organizationIds(); // the grants are loaded
    const allowed = new Set(await warm.allowedOf(list, (c) => c));
    expect(list.map((c) => allowed.has(c))).toEqual(alone);
    expect(alone).toContain(true);
    expect(alone).toContain(false);
  });

  it('take the grants anew after refresh(): a deactivated group no longer grants (R-EN-1)', async () => {
    const { db } = server.app.deps;
    const oscar = await db.getRepository(User).findOneByOrFail({ email: 'oscar@contoso.example' });
    const loaders = createLoaders(db);
    const access = new Access(oscar, loaders);
    const scope = scopeOf('Engagement', pilot);
    const [matched] = await access.matched('engagement.update', scope);
    expect(matched.via.engagementId).toBe(pilot.id); // held through an engagement group
    expect(await access.can('engagement.update', scope)).toBe(true);
    const groups = db.getRepository(GroupMembership);
    const held = { userId: oscar.id, engagementId: pilot.id, status: GroupMembershipStatus.ACTIVE };
    const ids = (await groups.findBy(held)).map((g) => g.id);
    await groups.update(ids, { status: GroupMembershipStatus.DEACTIVATED });
    try {
      loaders.groupMembershipsOfUser.clear(oscar.id);
      expect(await access.can('engagement.update', scope)).toBe(true); // decided for the request
      access.refresh();
      await access.organizationIds(); // the new grants are loaded: decided on them, not waiting
      expect(
        await access.allowedOf([scope], (s) => ({ action: 'engagement.update', scope: s })),
      ).toEqual([]);
      expect(await access.can('engagement.update', scope)).toBe(false);
    } finally {
      await groups.update(ids, { status: GroupMembershipStatus.ACTIVE });
    }
  });
});
