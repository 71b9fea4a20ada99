import { startTestServer, TestServer } from './helpers/server';
import { Engagement, User } from '../entities';
import { toGlobalId } from '../src/globalId';

/**
 * `viewerCan` never contradicts the mutation (issue 15, part 4): for every seeded user, every
 * engagement and every conditional field (join, requestAccess, submitFeedback), the field is read
 * right before the mutation runs with valid input; `true` means the mutation succeeds, `false`
 * means it refuses (FORBIDDEN, a join-policy BAD_USER_INPUT, or CONFLICT). Successes change the
 * world, so each check reads `viewerCan` again first, and a second pass covers the states the
 * first one created (already a participant, a request pending).
 */
let server: TestServer;
const people: User[] = [];
const tokens = new Map<number, string>();
let engagements: Engagement[] = [];

type Field = 'join' | 'requestAccess' | 'submitFeedback';
const MUTATIONS: Record<Field, string> = {
  submitFeedback: `mutation ($id: ID!) { submitFeedback(input: { engagementId: $id, body: "Useful." }) { __typename } }`,
  requestAccess: `mutation ($id: ID!) { requestEngagementAccess(input: { engagementId: $id, acceptTerms: true, justification: "Our team prepares the migration." }) { __typename } }`,
  join: `mutation ($id: ID!) { joinEngagement(input: { engagementId: $id, acceptTerms: true }) { __typename } }`,
};
const REFUSALS = ['FORBIDDEN', 'BAD_USER_INPUT', 'CONFLICT'];

beforeAll(async () => {
  server = await startTestServer();
  const db = server.app.deps.db;
  people.push(...(await db.getRepository(User).find({ order: { id: 'ASC' } })));
  for (const u of people) tokens.set(u.id, await server.token(u.email));
  engagements = await db.getRepository(Engagement).find({ order: { id: 'ASC' } });
});
afterAll(() => server.close());

async function viewerCan(token: string, id: string): Promise<Record<Field, boolean> | null> {
  const r = await server.raw<{ node: { viewerCan: Record<Field, boolean> } | null }>(
    `query ($id: ID!) { node(id: $id) { ... on Engagement { viewerCan { join requestAccess submitFeedback } } } }`,
    { id },
    token,
  );
  return r.data?.node?.viewerCan ?? null;
}

async function outcome(token: string, field: Field, id: string): Promise<string> {
  const r = await server.raw(MUTATIONS[field], { id }, token);
  if (!r.errors) return 'DONE';
  const code = String(r.errors[0].extensions?.code);
  if (code === 'BAD_USER_INPUT') {
    // Only the join policy counts as a refusal; any other input error is a test mistake.
    expect(r.errors[0].message).toMatch(/R-EN-3/);
  }
  return code;
}

describe('viewerCan and the mutations agree (issue 15, part 4)', () => {
  it('R-EN-3: a participant of a partner sees it can neither join nor request the closed briefing', async () => {
    const paula = people.find((u) => u.email === 'paula@fabrikam.example')!;
    const briefing = engagements.find((e) => e.name === 'Executive Briefing')!;
    const id = toGlobalId('Engagement', briefing.id);
    const token = tokens.get(paula.id)!;
    expect(await viewerCan(token, id)).toEqual({
      join: false,
      requestAccess: false,
      submitFeedback: false,
    });
    expect(await outcome(token, 'join', id)).toBe('FORBIDDEN');
    expect(await outcome(token, 'requestAccess', id)).toBe('FORBIDDEN');
  });

  it('R-EN-3, R-EN-4, R-AR-1: for every seeded user, engagement and field, true ⇔ the mutation succeeds', async () => {
    const seen = { DONE: 0, REFUSED: 0, HIDDEN: 0 };
    for (let pass = 0; pass < 2; pass++) {
      for (const user of people) {
        const token = tokens.get(user.id)!;
        for (const engagement of engagements) {
          const id = toGlobalId('Engagement', engagement.id);
          for (const field of Object.keys(MUTATIONS) as Field[]) {
            const can = await viewerCan(token, id);
            const got = await outcome(token, field, id);
            const check = { user: user.email, engagement: engagement.name, field, pass };
            if (!can) {
              expect({ ...check, got }).toEqual({ ...check, got: 'NOT_FOUND' });
              seen.HIDDEN++;
            } else if (can[field]) {
              expect({ ...check, got }).toEqual({ ...check, got: 'DONE' });
              seen.DONE++;
            } else {
              expect({ ...check, refused: REFUSALS.includes(got) }).toEqual({
                ...check,
                refused: true,
              });
              seen.REFUSED++;
            }
          }
        }
      }
    }
    // Both answers occur: the proof is not vacuous.
    expect(seen.DONE).toBeGreaterThan(0);
    expect(seen.REFUSED).toBeGreaterThan(seen.DONE);
  }, 240_000);
});
