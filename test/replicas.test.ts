import mysql from 'mysql2/promise';
import { replicaReads } from '../src/db/readRoute';
import { organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { privateReplicatedMariaDb, PrivateService } from './helpers/privateServices';

/**
 * Read replicas (issue 23; DESIGN "read replicas", docs/scaling.md): a private primary and a
 * private replica replicating from it. A read-only query's list pages land on the replica; a
 * mutation and the reads that follow it in the same request stay on the primary
 * (read-your-writes); a replica that is killed is skipped and requests still succeed.
 */
const enabled = /^mysql:|^mariadb:/.test(process.env.DATABASE_URL ?? '');
const suite = enabled ? describe : describe.skip;
if (!enabled) {
  // Replication needs MariaDB servers; the SQLite pass has none (CI's MariaDB pass runs this).
  test.skip('read replicas need DATABASE_URL on MySQL/MariaDB', () => undefined);
}

jest.setTimeout(240_000);

const MEMBERS = `query Members($id: ID!) {
  organization(id: $id) { members(first: 100) { totalCount edges { node { user { email } } } } }
}`;

const ADD = `mutation Add($input: AddOrganizationMemberInput!) {
  addOrganizationMember(input: $input) {
    member {
      user { email }
      organization { members(first: 100) { totalCount edges { node { user { email } } } } }
    }
  }
}`;

interface MembersPage {
  totalCount: number;
  edges: { node: { user: { email: string } } }[];
}

const emails = (page: MembersPage) => page.edges.map((e) => e.node.user.email);

/** SELECT statements the server has executed (the SQL thread's applied events do not count). */
async function selects(service: PrivateService): Promise<number> {
  const conn = await mysql.createConnection({
    host: '127.0.0.1',
    port: service.port,
    user: 'root',
  });
  try {
    const [rows] = await conn.query("SHOW GLOBAL STATUS LIKE 'Com_select'");
    return Number((rows as { Value: string }[])[0].Value);
  } finally {
    await conn.end();
  }
}

async function onReplica(service: PrivateService, sql: string): Promise<void> {
  const conn = await mysql.createConnection({
    host: '127.0.0.1',
    port: service.port,
    user: 'root',
  });
  try {
    await conn.query(sql);
  } finally {
    await conn.end();
  }
}

suite('read replicas (DATABASE_REPLICA_URLS)', () => {
  let servers: Awaited<ReturnType<typeof privateReplicatedMariaDb>>;
  let server: TestServer;
  let org: string;
  let carol: string;

  beforeAll(async () => {
    servers = await privateReplicatedMariaDb();
    server = await startTestServer({
      env: {
        DATABASE_URL: servers.primary.url,
        DATABASE_REPLICA_URLS: servers.replica.url,
      },
    });
    await servers.catchUp();
    org = await organizationIdByName(server, "My Client's Organization");
    carol = await server.token('carol@myclient.example');
  });

  afterAll(async () => {
    await server?.close();
    await servers?.replica.destroy();
    await servers?.primary.destroy();
  });

  async function members(): Promise<MembersPage> {
    const res = await server.raw<{ organization: { members: MembersPage } }>(
      MEMBERS,
      { id: org },
      carol,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.organization.members;
  }

  it('reads the list page of a query on the replica', async () => {
    const before = await selects(servers.replica);
    const routed = replicaReads.replica;
    const page = await members();
    expect(emails(page)).toContain('carol@myclient.example');
    expect(await selects(servers.replica)).toBeGreaterThan(before);
    expect(replicaReads.replica).toBeGreaterThan(routed);
  });

  it('serves the directory export from the replica', async () => {
    const id = org;
    const before = await selects(servers.replica);
    const response = await fetch(`${server.url}/exports/organizations/${id}/directory.csv`, {
      headers: { authorization: `Bearer ${carol}` },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('carol@myclient.example');
    expect(await selects(servers.replica)).toBeGreaterThan(before);
  });

  it('keeps a mutation and its follow-up reads on the primary (read-your-writes)', async () => {
    // The replica stops applying changes: anything it answers from now on is stale.
    await onReplica(servers.replica, 'STOP SLAVE SQL_THREAD');
    const before = await selects(servers.replica);
    const added = await server.raw<{
      addOrganizationMember: {
        member: { user: { email: string }; organization: { members: MembersPage } };
      };
    }>(
      ADD,
      {
        input: {
          organizationId: org,
          email: 'rita@myclient.example',
          name: 'Rita Replica',
          role: 'MEMBER',
        },
      },
      carol,
    );
    expect(added.errors).toBeUndefined();
    const member = added.data!.addOrganizationMember.member;
    expect(member.user.email).toBe('rita@myclient.example');
    // The list read after the write, in the same request, sees the write: the primary.
    expect(emails(member.organization.members)).toContain('rita@myclient.example');
    expect(await selects(servers.replica)).toBe(before);

    // A later query reads the (stopped, so stale) replica: proof that queries go there.
    expect(emails(await members())).not.toContain('rita@myclient.example');

    await onReplica(servers.replica, 'START SLAVE SQL_THREAD');
    await servers.catchUp();
    expect(emails(await members())).toContain('rita@myclient.example');
  });

  it('skips a replica that was killed: queries still succeed, on the primary', async () => {
    await servers.replica.kill();
    const fallbacks = replicaReads.fallbacks;
    for (let i = 0; i < 3; i++) {
      expect(emails(await members())).toContain('rita@myclient.example');
    }
    expect(replicaReads.fallbacks).toBeGreaterThan(fallbacks);
    const exported = await fetch(`${server.url}/exports/organizations/${org}/directory.csv`, {
      headers: { authorization: `Bearer ${carol}` },
    });
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain('rita@myclient.example');
  });
});
