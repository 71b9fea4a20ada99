import { createCompanyWithMembers } from './factories/organizations';
import { codeOf, startTestServer, TEST_NOW, TestServer } from './helpers/server';
import { OrganizationMember } from '../entities';
import { MemberStatus } from '../entities/enums';
import { toGlobalId } from '../src/globalId';

/**
 * Relay backward pagination (issue 15, part 3): `last`/`before` on every connection, keyset,
 * same bounds as `first`; walking backward from the end meets the same items as walking forward,
 * with hasPreviousPage/hasNextPage right on every page.
 */
let server: TestServer;
let orgId: string;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ seed: false });
  const { org, adminEmail } = await createCompanyWithMembers(server.app.deps.db, 'Pager Co', 7);
  // Two pending invitees: the directory lists them after the members (its second keyset phase).
  const members = await server.app.deps.db
    .getRepository(OrganizationMember)
    .find({ where: { organizationId: org.id }, order: { id: 'DESC' }, take: 2 });
  for (const m of members) {
    await server.app.deps.db
      .getRepository(OrganizationMember)
      .update(m.id, { status: MemberStatus.INVITED, invitedAt: TEST_NOW });
  }
  orgId = toGlobalId('Organization', org.id);
  token = await server.token(adminEmail);
});
afterAll(() => server.close());

interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
}

const listQuery = (field: string) => (args: string) =>
  `query ($id: ID!${args.includes('$cursor') ? ', $cursor: String' : ''}) { organization(id: $id) { list: ${field}(${args}) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage } } } }`;
const CONNECTIONS = { members: listQuery('members'), directory: listQuery('directory') };

async function page(
  connection: keyof typeof CONNECTIONS,
  args: string,
  cursor?: string,
): Promise<Page> {
  const r = await server.raw<{ organization: { list: Page } }>(
    CONNECTIONS[connection](args),
    args.includes('$cursor') ? { id: orgId, cursor: cursor ?? null } : { id: orgId },
    token,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.organization.list;
}

/** Every id, walking forward by `first: 3` and backward by `last: 3`, with the page flags. */
async function walk(connection: keyof typeof CONNECTIONS, backward: boolean) {
  const ids: string[] = [];
  const flags: [boolean, boolean][] = [];
  let cursor: string | undefined;
  for (;;) {
    const p = await page(
      connection,
      backward ? 'last: 3, before: $cursor' : 'first: 3, after: $cursor',
      cursor,
    );
    const pageIds = p.edges.map((e) => e.node.id);
    if (backward) ids.unshift(...pageIds);
    else ids.push(...pageIds);
    flags.push([p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage]);
    const more = backward ? p.pageInfo.hasPreviousPage : p.pageInfo.hasNextPage;
    if (!more) return { ids, flags };
    cursor = backward ? p.edges[0].cursor : p.edges[p.edges.length - 1].cursor;
  }
}

describe('Relay backward pagination (issue 15, part 3)', () => {
  it.each(['members', 'directory'] as const)(
    '%s: last/before walks the same items as first/after, with correct page flags',
    async (connection) => {
      const forward = await walk(connection, false);
      const backward = await walk(connection, true);
      expect(forward.ids).toHaveLength(8);
      expect(backward.ids).toEqual(forward.ids);
      // Forward: [no previous, next] … [previous, no next]; backward the mirror image.
      expect(forward.flags).toEqual([
        [false, true],
        [true, true],
        [true, false],
      ]);
      expect(backward.flags).toEqual([
        [true, false],
        [true, true],
        [false, true],
      ]);
      // The last page of a backward walk from the end is the tail of the list, in list order.
      const tail = await page(connection, 'last: 2');
      expect(tail.edges.map((e) => e.node.id)).toEqual(forward.ids.slice(-2));
    },
  );

  it('refuses first with last, and last beyond the bounds of first (BAD_USER_INPUT)', async () => {
    for (const args of [
      'first: 2, last: 2',
      'last: 101',
      'last: -1',
      'first: 2, before: $cursor',
    ]) {
      const variables = args.includes('$cursor') ? { id: orgId, cursor: 'x' } : { id: orgId };
      const r = await server.raw(CONNECTIONS.members(args), variables, token);
      expect([args, codeOf(r)]).toEqual([args, 'BAD_USER_INPUT']);
    }
  });

  it('costs the same SQL statements for last: 2 and last: 100', async () => {
    await page('members', 'last: 1');
    const count = async (last: number) => {
      server.sql.reset();
      const p = await page('members', `last: ${last}`);
      expect(p.edges.length).toBeGreaterThan(0);
      return server.sql.count;
    };
    expect(await count(100)).toBe(await count(2));
  });
});
