import { createLoaders } from '../../loaders';
import { Access } from '../../permissions/access';

import type { ServiceDeps } from '../context';
import { subscriberHoldsNothing } from './errors';

/** Throws the refusal a query would get when the subscription's subject is no longer visible. */
export type SubjectCheck = (access: Access) => Promise<void>;

/**
 * A subscriber's access, computed once and recomputed only after a membership or access change
 * about the subscriber passed (the bus counts them per user, `grantsVersion`): checking an event
 * costs no query. Each recomputation checks the subscription's subject again, and a subscriber
 * that held an organization, team or group and now holds none (removed or deactivated
 * everywhere) can see nothing more: FORBIDDEN. Shared by every subscription (issues 15 and 19).
 */
export class LiveAccess {
  private version: number;

  private constructor(
    private readonly deps: ServiceDeps,
    private readonly viewerId: number,
    private readonly subject: SubjectCheck,
    /** Recomputed access; until then the context's (`deps.access`, released once subscribed). */
    private access: Access | undefined,
    private held: boolean,
  ) {
    this.version = deps.events.grantsVersion(viewerId);
  }

  /** Checks the subject once and loads the subscriber's grants (issue 7). */
  static async open(deps: ServiceDeps, viewerId: number, subject: SubjectCheck) {
    await subject(deps.access);
    const held = !(await deps.access.holdsNothing());
    return new LiveAccess(deps, viewerId, subject, undefined, held);
  }

  /** The subscriber's access now: without a promise unless its grants changed since the last. */
  current(): Access | Promise<Access> {
    const version = this.deps.events.grantsVersion(this.viewerId);
    if (version === this.version) return this.access ?? this.deps.access;
    this.version = version;
    return this.recompute();
  }

  private async recompute(): Promise<Access> {
    const access = new Access(this.deps.viewer, createLoaders(this.deps.db));
    this.access = access;
    await this.subject(access);
    const nothing = await access.holdsNothing();
    if (this.held && nothing) {
      throw subscriberHoldsNothing();
    }
    this.held = !nothing;
    return access;
  }
}
