import express from 'express';
import mysql, { RowDataPacket } from 'mysql2/promise';

/**
 * The floor of scenario (b) (issue 7): a minimal express handler answering "an organization's
 * members page of 50 with teams and groups" with the best hand-written SQL through mysql2 and
 * JSON.stringify; no GraphQL, no authorization. Same pool size as the gateway.
 */
async function main() {
  const pool = mysql.createPool({ uri: process.env.DATABASE_URL!, connectionLimit: 20 });
  const app = express();
  app.get('/organizations/:id/members', async (req, res) => {
    const organizationId = Number(req.params.id);
    const after = Number(req.query.after ?? 0);
    const [members] = await pool.query<RowDataPacket[]>(
      `SELECT m.id, m.role, m.license, m.status, m.lastActivityAt, u.id AS userId, u.email, u.name
         FROM organization_member m JOIN \`user\` u ON u.id = m.userId
        WHERE m.organizationId = ? AND m.id > ? ORDER BY m.id LIMIT 50`,
      [organizationId, after],
    );
    const userIds = members.map((m) => m.userId as number);
    const [teams, groups] = userIds.length
      ? await Promise.all([
          pool.query<RowDataPacket[]>(
            `SELECT tm.userId, tm.role, t.id, t.name FROM team_member tm JOIN team t ON t.id = tm.teamId
              WHERE tm.userId IN (?) ORDER BY tm.id`,
            [userIds],
          ),
          pool.query<RowDataPacket[]>(
            `SELECT g.userId, g.\`group\`, e.id, e.name FROM group_membership g
               JOIN engagement e ON e.id = g.engagementId
              WHERE g.userId IN (?) ORDER BY g.id`,
            [userIds],
          ),
        ]).then(([[t], [g]]) => [t, g])
      : [[], []];
    const byUser = <T extends RowDataPacket>(rows: T[]) => {
      const map = new Map<number, T[]>();
      for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r]);
      return map;
    };
    const teamsOf = byUser(teams);
    const groupsOf = byUser(groups);
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
          teams: (teamsOf.get(m.userId) ?? []).map((t) => ({
            role: t.role,
            team: { id: t.id, name: t.name },
          })),
          groups: (groupsOf.get(m.userId) ?? []).map((g) => ({
            group: g.group,
            engagement: { id: g.id, name: g.name },
          })),
        },
      })),
      endCursor: members.at(-1)?.id ?? null,
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
