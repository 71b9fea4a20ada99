import { Engagement, User } from '../entities';
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
