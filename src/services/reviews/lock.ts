import { EntityManager } from 'typeorm';
import { AccessReview } from '../../../entities';
import { forUpdate } from '../../db/transaction';

/**
 * Locks a review's row for the rest of the transaction (MySQL `FOR UPDATE`; SQLite transactions
 * are serialized) and returns it as of now: decisions and the apply step on one review take
 * turns, so a decision never lands on an applied review.
 */
export async function lockReview(em: EntityManager, reviewId: number): Promise<AccessReview> {
  const qb = em.createQueryBuilder(AccessReview, 'r').where('r.id = :id', { id: reviewId });
  return forUpdate(qb).getOneOrFail();
}
