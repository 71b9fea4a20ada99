import express from 'express';
import mysql from 'mysql2/promise';
import { POOL_OPTIONS, readMembersPage, Row } from './membersPage';

/**
 * The floor of scenario (b) (issue 7): a minimal express handler answering "an organization's
 * members page of 50 with teams and groups" with the best hand-written SQL (`membersPage.ts`) through mysql2 and
 * JSON.stringify; no GraphQL, no authorization. Same pool size as the gateway.
 */
async function main() {
  const pool = mysql.createPool({ uri: process.env.DATABASE_URL!, ...POOL_OPTIONS });
  const app = express();
  const query = async (sql: string, params: unknown[]) =>
    (await pool.query(sql, params))[0] as Row[];
  app.get('/organizations/:id/members', async (req, res) => {
    const { members, hasNextPage, teamsOf, groupsOf } = await readMembersPage(
      query,
      Number(req.params.id),
      50,
      Number(req.query.after ?? 0),
    );
    const body = JSON.stringify({
      members: members.map((m) => ({
        id: m.id,
        role: m.role,
        license: m.license,
        status: m.status,
        lastActivityAt: m.lastActivityAt,
        user: {
          id: m.userId,
          email: m.email,
          name: m.name,
          teams: (teamsOf.get(Number(m.userId)) ?? []).map((t) => ({
            role: t.role,
            team: { id: t.id, name: t.name },
          })),
          groups: (groupsOf.get(Number(m.userId)) ?? []).map((g) => ({
            group: g.group,
            engagement: g.id === null ? null : { id: g.id, name: g.name },
          })),
        },
      })),
      endCursor: members.at(-1)?.id ?? null,
      hasNextPage,
    });
    res.type('application/json').send(body);
  });
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    process.stdout.write(`http://127.0.0.1:${address.port}\n`);
  });
  // The pool ends once the last request has had its answer (ending it first failed them).
  process.once('SIGTERM', () => {
    server.close(() => void pool.end().then(() => process.exit(0)));
    server.closeIdleConnections();
  });
}

void main();
