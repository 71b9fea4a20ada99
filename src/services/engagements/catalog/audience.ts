import { In } from 'typeorm';
import { EngagementAudience, Organization } from '../../../../entities';
import type { Tx } from '../../command';
import type { ServiceDeps } from '../../context';
import { audienceUnknown } from '../errors';
import { audienceSelection } from '../validators';

/** The distinct organizations an engagement is offered to, all existing (BAD_USER_INPUT). */
export async function validAudience(deps: ServiceDeps, ids: number[]): Promise<number[]> {
  const unique = audienceSelection(ids);
  const found = unique.length
    ? await deps.db.getRepository(Organization).countBy({ id: In(unique) })
    : 0;
  if (found !== unique.length) throw audienceUnknown();
  return unique;
}

/** Offers the engagement to `audience` (added to what it is offered to already). */
export async function insertAudience(
  { em }: Tx,
  engagementId: number,
  audience: number[],
  now: Date,
): Promise<void> {
  if (!audience.length) return;
  await em.insert(
    EngagementAudience,
    audience.map((organizationId) => ({ engagementId, organizationId, createdAt: now })),
  );
}
