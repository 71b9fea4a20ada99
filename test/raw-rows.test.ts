import { DataSource, ObjectLiteral } from 'typeorm';
import {
  AuditEvent,
  ENTITIES,
  GroupMembership,
  Organization,
  OrganizationMember,
  PermissionSet,
  Team,
  TeamMember,
  User,
} from '../entities';
import { License, MemberStatus, OrgRole } from '../entities/enums';
import { readRelations, readViewer } from '../src/loaders/relations';
import { fromOf, Part, readRows, shapeOf } from '../src/loaders/rows';
import { startTestServer, TestServer } from './helpers/server';

/**
 * Issue 17: list paths read raw rows with explicit column mapping instead of TypeORM entities.
 * Every table of the demo world (plus rows with every boolean set, null dates, nested JSON and
 * a time with milliseconds) reads the same through both paths, on whichever database the suite
 * runs (SQLite by default; MariaDB with DATABASE_URL, as in CI's second run).
 */
let server: TestServer;
let db: DataSource;
beforeAll(async () => {
  server = await startTestServer();
  db = server.app.deps.db;
  const org = await db.getRepository(Organization).findOneByOrFail({ name: 'Contoso Host' });
  const user = await db.getRepository(User).save(
    db.getRepository(User).create({
      subject: 'raw-rows|ü',
      email: 'raw-rows@contoso.example',
      name: 'Zoë Raw-Rows',
      photoUrl: null,
      createdAt: new Date('2026-03-29T01:30:45.000Z'), // a DST change in Europe: UTC only
      linkedAt: null,
    }),
  );
  const set = await db.getRepository(PermissionSet).findOneByOrFail({ name: 'Full access' });
  await db.getRepository(OrganizationMember).insert({
    organizationId: org.id,
    userId: user.id,
    role: OrgRole.MEMBER,
    license: License.FULL,
    status: MemberStatus.INVITED,
    lastActivityAt: null,
    invitedAt: new Date('2026-10-31T23:59:59.000Z'),
    invitedName: 'Zoë',
    permissionSetId: set.id,
    verified: true,
    billingPermission: true,
    reportsAccess: true,
    createdAt: new Date('2026-01-01T00:00:00.000Z'),
  });
  await db.getRepository(AuditEvent).insert({
    organizationId: org.id,
    actorUserId: null,
    action: 'raw.rows',
    targetType: 'User',
    targetId: user.id,
    metadata: { nested: { list: [1, 'two', null, true] }, text: 'ünïcode "quoted"' },
    createdAt: new Date('2026-11-01T09:00:00.000Z'),
  });
});
afterAll(() => server.close());

/** All rows of a table through the raw path, by primary key. */
async function rawAll<T extends ObjectLiteral>(entity: new () => T): Promise<T[]> {
  const part: Part = { shape: shapeOf(db, entity) as Part['shape'], alias: 't' };
  const key = db.getMetadata(entity).primaryColumns[0].databaseName;
  const rows = await readRows(db, db, [
    {
      kind: 'all',
      parts: [part],
      rest: `FROM ${fromOf(db, part)} ORDER BY ${db.driver.escape('t')}.${db.driver.escape(key)}`,
      params: [],
    },
  ]);
  return rows.get('all')!.map(([row]) => row as T);
}

const byKey = <T extends ObjectLiteral>(entity: new () => T) => {
  const key = db.getMetadata(entity).primaryColumns[0].propertyName;
  return (a: T, b: T) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0);
};

describe('raw rows read like TypeORM entities (issue 17)', () => {
  it('every table: integers, booleans, dates, JSON and text convert the same way', async () => {
    let compared = 0;
    for (const entity of ENTITIES as (new () => ObjectLiteral)[]) {
      const hydrated = (await db.getRepository(entity).find()).sort(byKey(entity));
      const raw = await rawAll(entity);
      expect({ entity: entity.name, rows: raw }).toStrictEqual({
        entity: entity.name,
        rows: hydrated,
      });
      compared += raw.length;
    }
    expect(compared).toBeGreaterThan(50);
    // The rows meant to cover each conversion are among them.
    const member = (await rawAll(OrganizationMember)).find((m) => m.invitedName === 'Zoë')!;
    expect(member).toMatchObject({ verified: true, billingPermission: true, reportsAccess: true });
    expect(member.lastActivityAt).toBeNull();
    expect(member.invitedAt).toEqual(new Date('2026-10-31T23:59:59.000Z'));
    const event = (await rawAll(AuditEvent)).find((e) => e.action === 'raw.rows')!;
    expect(event.metadata).toEqual({
      nested: { list: [1, 'two', null, true] },
      text: 'ünïcode "quoted"',
    });
  });

  it("the UNION of users' memberships reads each kind as its own table does", async () => {
    const users = await db.getRepository(User).find();
    const ids = users.map((u) => u.id);
    const { byUser, related } = await readRelations(db, ids);
    for (const id of ids) {
      const relations = byUser.get(id)!;
      expect(relations.memberships).toStrictEqual(
        await db
          .getRepository(OrganizationMember)
          .find({ where: { userId: id }, order: { id: 1 } }),
      );
      expect(relations.teams).toStrictEqual(
        await db.getRepository(TeamMember).find({ where: { userId: id }, order: { id: 1 } }),
      );
      expect(relations.groups).toStrictEqual(
        await db.getRepository(GroupMembership).find({ where: { userId: id }, order: { id: 1 } }),
      );
    }
    expect(related.organizations).toEqual([]); // joined for the viewer only (readViewer)
    for (const [name, list] of Object.entries({ ...related, organizations: [] })) {
      if (name !== 'organizations') expect(list.length).toBeGreaterThan(0);
      for (const row of list as ObjectLiteral[]) {
        const entity = row.constructor as new () => ObjectLiteral;
        expect({ name, row }).toStrictEqual({
          name,
          row: await db.getRepository(entity).findOneByOrFail({ id: row.id }),
        });
      }
    }
  });

  it('a row a statement reads twice is one entity: rows of the same id share it', async () => {
    const team = { shape: shapeOf(db, Team) as Part['shape'], alias: 't' };
    const rest = `FROM ${fromOf(db, team)}`;
    const rows = await readRows(db, db, [
      { kind: 'a', parts: [team], rest, params: [] },
      { kind: 'b', parts: [team], rest, params: [] },
    ]);
    const [a, b] = [rows.get('a')!, rows.get('b')!].map((list) => list.map(([t]) => t));
    expect(a.length).toBeGreaterThan(1);
    expect(b).toHaveLength(a.length);
    for (const [i, t] of a.entries()) expect(b[i]).toBe(t);
  });

  it('the viewer and its memberships in one statement, as read separately', async () => {
    const user = await db.getRepository(User).findOneByOrFail({ subject: 'raw-rows|ü' });
    server.sql.reset();
    const { user: viewer, relations } = await readViewer(db, 'raw-rows|ü');
    expect(server.sql.count).toBe(1);
    expect(viewer).toStrictEqual(user);
    expect(relations.byUser.get(user.id)).toStrictEqual(
      (await readRelations(db, [user.id])).byUser.get(user.id),
    );
    expect(relations.related.organizations).toStrictEqual([
      await db.getRepository(Organization).findOneByOrFail({ name: 'Contoso Host' }),
    ]);
    expect(relations.related.permissionSets.map((p) => p.name)).toEqual(['Full access']);
    expect(await readViewer(db, 'nobody')).toEqual({
      user: null,
      relations: { byUser: new Map(), related: expect.anything() },
    });
  });
});
