import type { DataSource } from 'typeorm';
import { startTestServer, TestServer, TEST_NOW } from './helpers/server';
import { createActiveMember } from './factories/organizations';
import { Engagement, Organization, User } from '../entities';
import { createLoaders } from '../src/loaders';
import { Access } from '../src/permissions/access';
import type { Action } from '../src/permissions/matrix';
import type { ResourceScope } from '../src/permissions/scope';

/**
 * The subscribers of one event share their decisions (issue 17): an access made `forEvent` over
 * the event's loaders reuses what another subscriber's access decided there, but only when their
 * grants have the same fingerprint and the resource is the viewer itself for both or for neither.
 * Every shared answer is compared with the same viewer's decision taken alone.
 */
let server: TestServer;
let db: DataSource;
const users: Record<string, User> = {};
let requestScope: ResourceScope;

/** A second plain member of Fabrikam: the same grants as Peter (R-OA-1 member, no groups). */
async function cloneOfPeter(email: string): Promise<User> {
  const fabrikam = await db
    .getRepository(Organization)
    .findOneByOrFail({ name: 'Fabrikam Partners' });
  return createActiveMember(db, fabrikam.id, email, email, TEST_NOW);
}

beforeAll(async () => {
  server = await startTestServer();
  db = server.app.deps.db;
  for (const email of ['peter@fabrikam.example', 'pat@fabrikam.example']) {
    users[email] = await db.getRepository(User).findOneByOrFail({ email });
  }
  users.quinn = await cloneOfPeter('quinn@fabrikam.example');
  users.quincy = await cloneOfPeter('quincy@fabrikam.example');
  const pilot = await db
    .getRepository(Engagement)
    .findOneByOrFail({ name: 'Cloud Migration Pilot' });
  const fabrikam = await db
    .getRepository(Organization)
    .findOneByOrFail({ name: 'Fabrikam Partners' });
  // An access request of Peter's to the pilot, as its events carry it.
  requestScope = {
    organizationId: pilot.hostOrganizationId,
    programId: pilot.programId,
    engagementId: pilot.id,
    userId: users['peter@fabrikam.example'].id,
    memberOrganizationId: fabrikam.id,
  };
});
afterAll(() => server.close());

/** The decision of `user` taken alone, over loaders of its own. */
function alone(user: User, action: Action, scope: ResourceScope): Promise<boolean> {
  return new Access(user, createLoaders(db)).can(action, scope);
}

it('a subscriber decides like it would alone, whoever decided the event before it', async () => {
  const eventLoaders = createLoaders(db);
  const forEvent = (user: User) => new Access(user, createLoaders(db)).forEvent(eventLoaders);
  const cases: [string, Action][] = [
    // Peter cancels his own request (R-AR-3, `self` only); his clone with the same grants may not.
    ['peter@fabrikam.example', 'accessRequest.cancel'],
    ['quinn', 'accessRequest.cancel'],
    // Pat, a Power User of the requester's organization, reads it (R-AR-1); Quinn does not,
    // though Pat decided it first over the same loaders.
    ['pat@fabrikam.example', 'accessRequest.read'],
    ['quinn', 'accessRequest.read'],
    ['peter@fabrikam.example', 'accessRequest.read'],
    ['quinn', 'user.read'],
    ['peter@fabrikam.example', 'user.read'],
  ];
  const answers: boolean[] = [];
  for (const [who, action] of cases) {
    const shared = await (await forEvent(users[who])).can(action, requestScope);
    expect([who, action, shared]).toEqual([
      who,
      action,
      await alone(users[who], action, requestScope),
    ]);
    answers.push(shared);
  }
  // Both outcomes occur, so the comparison above could fail either way.
  expect(answers).toContain(true);
  expect(answers).toContain(false);
  expect(answers[0]).toBe(true);
  expect(answers[1]).toBe(false);
  expect(answers[2]).toBe(true);
  expect(answers[3]).toBe(false);
});

it('decides once per fingerprint and relation to the resource, not once per subscriber', async () => {
  const eventLoaders = createLoaders(db);
  const forEvent = (user: User) => new Access(user, createLoaders(db)).forEvent(eventLoaders);
  const [quinn, quincy, peter] = await Promise.all(
    [users.quinn, users.quincy, users['peter@fabrikam.example']].map(forEvent),
  );
  const decide = jest.spyOn(Access.prototype as unknown as { decide: () => unknown }, 'decide');
  try {
    const first = await quinn.can('user.read', requestScope);
    expect(decide).toHaveBeenCalledTimes(1);
    // Same grants, neither is the user read: Quincy takes Quinn's decision.
    expect(await quincy.can('user.read', requestScope)).toBe(first);
    expect(decide).toHaveBeenCalledTimes(1);
    // Same grants, but Peter is the user read: a decision of his own.
    expect(await peter.can('user.read', requestScope)).toBe(true);
    expect(decide).toHaveBeenCalledTimes(2);
  } finally {
    decide.mockRestore();
  }
});
