import { In } from 'typeorm';
import { GroupMembership } from '../../../../entities';
import {
  GroupKind,
  GroupMembershipStatus,
  MembershipOutcome,
  NotificationKind,
} from '../../../../entities/enums';
import { scopeOfGroup } from '../../../../entities/GroupMembership';
import { isUniqueViolation } from '../../../db/transaction';
import { toGlobalId } from '../../../globalId';
import { recordAudit } from '../../audit';
import { runCommand, Tx } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { recordNotificationFor } from '../../notifications/outbox';
import { membershipChangedConcurrently } from '../errors';
import { membershipEvent } from '../events';
import { AddEntry, forgetMemberships, GroupTarget, MembershipChange } from './shared';

const ADD_RETRIES = 3;

export interface AddOptions {
  sendInvitation: boolean;
  termsAcceptedAt?: Date | null;
  /** When the new or reactivated memberships end (validated by the caller; issue 21). */
  expiresAt?: Date | null;
}

/**
 * Adds the entries to a group in one transaction: new memberships are ADDED, deactivated ones
 * REACTIVATED, active ones left as they are. The caller has checked the access.
 */
export async function addMembers(
  deps: ServiceDeps,
  target: GroupTarget,
  group: GroupKind,
  entries: AddEntry[],
  options: AddOptions,
): Promise<MembershipChange[]> {
  const changes = await retryOnDuplicate(() =>
    runCommand(deps, (tx) => addMembersIn(deps, tx, target, group, entries, options)),
  );
  forgetMemberships(
    deps,
    entries.map((e) => e.user.id),
  );
  return changes;
}

/**
 * Runs a command that adds memberships again when a concurrent add of the same user made the
 * unique key refuse it (the retry then finds the membership); CONFLICT after a few tries.
 */
export async function retryOnDuplicate<T>(command: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await command();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt >= ADD_RETRIES) throw membershipChangedConcurrently();
    }
  }
}

/** The body of `addMembers`, for commands that add members inside a larger transaction. */
export async function addMembersIn(
  deps: ServiceDeps,
  tx: Tx,
  target: GroupTarget,
  group: GroupKind,
  entries: AddEntry[],
  options: AddOptions,
): Promise<MembershipChange[]> {
  const viewer = requireViewer(deps);
  const now = deps.clock.now();
  const engagementId = target.engagement?.id ?? null;
  const changes = await writeMemberships(tx, target, group, entries, { ...options, now });
  const changed = changes.filter((c) => c.outcome !== MembershipOutcome.ALREADY_MEMBER);
  await recordAudit(
    tx.em,
    deps.clock,
    changed.map((c) => ({
      organizationId: target.hostOrganizationId,
      actorUserId: viewer.id,
      action: engagementId === null ? 'program.member.added' : 'engagement.member.added',
      targetType: 'GroupMembership',
      targetId: c.membership!.id,
      metadata: {
        group,
        userId: c.user.id,
        memberOrganizationId: c.membership!.memberOrganizationId,
        programId: target.programId,
        engagementId,
        outcome: c.outcome,
      },
    })),
  );
  if (options.sendInvitation && target.engagement) {
    const link = `${deps.publicUrl}/engagements/${toGlobalId('Engagement', target.engagement.id)}`;
    await recordNotificationFor(
      tx.em,
      deps.clock,
      changed.map((c) => c.user.id),
      {
        kind: NotificationKind.ENGAGEMENT_INVITATION,
        data: { engagementName: target.engagement!.name, group, link, invitedBy: viewer.name },
      },
    );
  }
  const organizations = new Map(entries.map((e) => [e.user.id, e.organization]));
  for (const c of changed) {
    const names = {
      user: c.user,
      organization: organizations.get(c.user.id)!,
      engagement: target.engagement,
      hostOrganizationId: target.hostOrganizationId,
    };
    tx.emit(membershipEvent('ADDED', c.membership!, names, viewer.id, now));
  }
  return changes;
}

/** Inserts the new memberships and reactivates deactivated ones; the outcome of each entry. */
async function writeMemberships(
  { em }: Tx,
  target: GroupTarget,
  group: GroupKind,
  entries: AddEntry[],
  options: AddOptions & { now: Date },
): Promise<MembershipChange[]> {
  const engagementId = target.engagement?.id ?? null;
  const scopeKey = scopeOfGroup(target.programId, engagementId);
  const byUser = async (userIds: number[]) =>
    new Map(
      (await em.findBy(GroupMembership, { scopeKey, group, userId: In(userIds) })).map((m) => [
        m.userId,
        m,
      ]),
    );
  const existing = await byUser(entries.map((e) => e.user.id));
  const fresh = entries.filter((e) => !existing.has(e.user.id));
  if (fresh.length) {
    await em.insert(
      GroupMembership,
      fresh.map((e) => ({
        scopeKey,
        group,
        programId: target.programId,
        engagementId,
        userId: e.user.id,
        memberOrganizationId: e.organization.id,
        status: GroupMembershipStatus.ACTIVE,
        lastAccessAt: null,
        termsAcceptedAt: options.termsAcceptedAt ?? null,
        createdAt: options.now,
        expiresAt: options.expiresAt ?? null,
        expiryWarnedDays: null,
      })),
    );
  }
  const inserted = await byUser(fresh.map((e) => e.user.id));
  const changes: MembershipChange[] = [];
  for (const entry of entries) {
    const before = existing.get(entry.user.id);
    if (!before) {
      const membership = inserted.get(entry.user.id)!;
      changes.push({ ...entry, outcome: MembershipOutcome.ADDED, membership });
    } else if (before.status === GroupMembershipStatus.ACTIVE) {
      changes.push({ ...entry, outcome: MembershipOutcome.ALREADY_MEMBER, membership: before });
    } else {
      const change = {
        status: GroupMembershipStatus.ACTIVE,
        ...(options.expiresAt ? { expiresAt: options.expiresAt, expiryWarnedDays: null } : {}),
      };
      await em.update(GroupMembership, { id: before.id }, change);
      Object.assign(before, change);
      changes.push({ ...entry, outcome: MembershipOutcome.REACTIVATED, membership: before });
    }
  }
  return changes;
}
