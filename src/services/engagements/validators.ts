import { GroupKind, JoinPolicy } from '../../../entities/enums';
import type { DomainError } from '../../errors';
import type { MatchedGrant } from '../../permissions/access';
import { boundedText } from '../common/text';
import {
  audienceTooLarge,
  engagementClosed,
  engagementIsOpen,
  engagementNeedsApproval,
  memberOrganizationRequired,
  noUsersSelected,
  notOfferedToOrganization,
  organizationNotInAudience,
  ownerNotHostUser,
  powerUserOtherOrganization,
  selectionOutOfBounds,
  termsNotAccepted,
  tooManyUsersToAdd,
  viewerOrganizationAmbiguous,
} from './errors';

/**
 * The rules of this area that need no database: they take what a command has read and either
 * answer or throw the named error. Unit-tested in test/unit/engagements-validators.test.ts.
 */

/** Most users one call adds, removes or exports in one page ("select all" of a search included). */
export const MAX_MEMBERS_PER_CALL = 500;
export const MAX_TERMS = 20_000;
export const MAX_AUDIENCE = 200;
export const MAX_JUSTIFICATION = 2000;
export const MAX_DECISION_NOTE = 1000;
export const MAX_CONTENT = 100_000;
export const MAX_FEEDBACK = 5000;

/**
 * The organizations a restricted holder (a Power User, R-PU-1) is limited to, from the grants
 * that matched: null when any grant is unrestricted (owners), else the holder's own ones.
 */
export function ownOrganizationsOf(grants: readonly MatchedGrant[]): number[] | null {
  if (grants.some((g) => g.ownOrganizationId === undefined)) return null;
  return [...new Set(grants.map((g) => g.ownOrganizationId!))];
}

/** Where an engagement's group may take users from: its host and its audience (R-EN-1). */
export interface EngagementOrganizations {
  hostOrganizationId: number;
  audienceOrganizationIds: readonly number[];
}

/**
 * The organization whose users a member change manages: a Power User's own (R-PU-1; naming
 * another is FORBIDDEN), else the one named, which must be the host or, except for owners
 * (R-EN-1), one the engagement is offered to.
 */
export function memberOrganizationId(
  own: readonly number[] | null,
  requested: number | undefined,
  engagement: EngagementOrganizations,
  group: GroupKind,
): number {
  if (own) {
    if (requested !== undefined && !own.includes(requested)) throw powerUserOtherOrganization();
    return requested ?? own[0];
  }
  if (requested === undefined) throw memberOrganizationRequired();
  const owners = group === GroupKind.ENGAGEMENT_OWNER;
  const allowed = owners
    ? [engagement.hostOrganizationId]
    : [engagement.hostOrganizationId, ...engagement.audienceOrganizationIds];
  if (!allowed.includes(requested)) {
    throw owners ? ownerNotHostUser() : organizationNotInAudience();
  }
  return requested;
}

/** The users of an add: at least one, at most `MAX_MEMBERS_PER_CALL`. */
export function requireAddCount(userIds: readonly number[]): void {
  if (userIds.length === 0) throw noUsersSelected();
  if (userIds.length > MAX_MEMBERS_PER_CALL) throw tooManyUsersToAdd(MAX_MEMBERS_PER_CALL);
}

/** The distinct users of a removal or copy: 1 to `MAX_MEMBERS_PER_CALL`. */
export function selection(userIds: readonly number[]): number[] {
  const unique = [...new Set(userIds)];
  if (unique.length === 0 || unique.length > MAX_MEMBERS_PER_CALL) {
    throw selectionOutOfBounds(MAX_MEMBERS_PER_CALL);
  }
  return unique;
}

/** The ids of `wanted` missing from `found`, in the order asked. */
export function missingFrom(wanted: readonly number[], found: ReadonlySet<number>): number[] {
  return wanted.filter((id) => !found.has(id));
}

/**
 * Whether a Power User's removal reaches beyond their own organizations (R-PU-1): a user who is
 * an active member of none of them, or a membership held for another organization.
 */
export function reachesBeyondOwn(
  own: readonly number[],
  userIds: readonly number[],
  ownMembers: readonly ReadonlySet<number>[],
  memberships: readonly { memberOrganizationId: number }[],
): boolean {
  return (
    userIds.some((id) => !ownMembers.some((members) => members.has(id))) ||
    memberships.some((m) => !own.includes(m.memberOrganizationId))
  );
}

/** The time the terms were accepted; BAD_USER_INPUT when the engagement has terms not accepted. */
export function termsAcceptance(hasTerms: boolean, accepted: boolean, now: Date): Date | null {
  if (hasTerms && !accepted) throw termsNotAccepted();
  return accepted ? now : null;
}

/**
 * The viewer's organization an engagement is offered to: the one named among `eligible`, or the
 * only eligible one. BAD_USER_INPUT when none or several match.
 */
export function chosenOrganization(
  eligible: readonly number[],
  requested: number | undefined,
): number {
  if (requested !== undefined) {
    if (!eligible.includes(requested)) throw notOfferedToOrganization();
    return requested;
  }
  if (eligible.length !== 1) throw viewerOrganizationAmbiguous();
  return eligible[0];
}

/**
 * The refusal of a join (`wanted` OPEN) or access request (`wanted` APPROVAL) the engagement's
 * policy does not allow, saying what to do instead (R-EN-3); null when it allows it.
 */
export function policyRefusal(
  policy: JoinPolicy,
  wanted: JoinPolicy.OPEN | JoinPolicy.APPROVAL,
): DomainError | null {
  if (policy === wanted) return null;
  if (policy === JoinPolicy.CLOSED) return engagementClosed();
  return policy === JoinPolicy.OPEN ? engagementIsOpen() : engagementNeedsApproval();
}

export interface EngagementSettings {
  name?: string;
  joinPolicy?: JoinPolicy;
  termsOfUse?: string | null;
  acceptsFeedback?: boolean;
}

/** The settings given, trimmed and bounded; empty terms of use mean none. */
export function cleanSettings(input: EngagementSettings): EngagementSettings {
  const clean: EngagementSettings = {};
  if (input.name !== undefined) {
    clean.name = boundedText(input.name, 'name', { max: 200, singleLine: true });
  }
  if (input.joinPolicy !== undefined) clean.joinPolicy = input.joinPolicy;
  if (input.termsOfUse !== undefined) {
    clean.termsOfUse =
      input.termsOfUse === null || input.termsOfUse.trim() === ''
        ? null
        : boundedText(input.termsOfUse, 'termsOfUse', { max: MAX_TERMS });
  }
  if (input.acceptsFeedback !== undefined) clean.acceptsFeedback = input.acceptsFeedback;
  return clean;
}

/** The distinct audience organizations, at most `MAX_AUDIENCE`. */
export function audienceSelection(ids: readonly number[]): number[] {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_AUDIENCE) throw audienceTooLarge(MAX_AUDIENCE);
  return unique;
}

/** A program's name and description, trimmed and bounded. */
export const programName = (name: string) =>
  boundedText(name, 'name', { max: 200, singleLine: true });
export const programDescription = (description: string) =>
  boundedText(description, 'description', { min: 0, max: 5000 });

/** A decision's note: none when absent or blank. */
export function decisionNote(note: string | null | undefined): string | null {
  if (note === undefined || note === null || note.trim() === '') return null;
  return boundedText(note, 'note', { max: MAX_DECISION_NOTE });
}

/**
 * Who decides an access request (R-AR-1): the engagement's owners, and the Power Users of the
 * requester's organization, among the engagement's active owner and Power User memberships.
 */
export function decidersAmong(
  memberships: readonly { userId: number; group: GroupKind; memberOrganizationId: number }[],
  requesterOrganizationId: number,
): number[] {
  const deciders = memberships.filter(
    (m) =>
      m.group === GroupKind.ENGAGEMENT_OWNER || m.memberOrganizationId === requesterOrganizationId,
  );
  return [...new Set(deciders.map((m) => m.userId))];
}
