import type { PermissionSet } from '../../../entities';
import { AccessLinkStatus, ClientPermission } from '../../../entities/enums';
import { toGlobalId } from '../../globalId';
import { grantedBySet } from '../../permissions/access';
import {
  employeeCountOutOfRange,
  notPartnerEmployee,
  partnerAmbiguous,
  partnerNotManaging,
  permissionsNotHeld,
  relationshipExpiryOutOfRange,
  removalSelectionOutOfRange,
} from './errors';

/** Pure rules of partner client access (DOMAIN §4): no database, unit-tested on their own. */

export const ACCESS_LINK_DAYS = 7;
export const RELATIONSHIP_END_DAYS = 60;
/** Longest relationship when MAX_RELATIONSHIP_DAYS is not configured (issue 21). */
export const DEFAULT_MAX_RELATIONSHIP_DAYS = 730;
/** Most employees (and clients) one bulk command takes. */
export const MAX_SELECTION = 50;
export const FULL_ACCESS_SET = 'Full access';
const DAY_MS = 24 * 60 * 60 * 1000;

function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

/** An access link sent now expires after ACCESS_LINK_DAYS (R-PA-2). */
export function accessLinkExpiresAt(now: Date): Date {
  return addDays(now, ACCESS_LINK_DAYS);
}

/** R-PA-7: a relationship left without partner employees ends 60 days after the last activity. */
export function relationshipEndsAt(lastActivity: Date): Date {
  return addDays(lastActivity, RELATIONSHIP_END_DAYS);
}

/** R-PA-2: a pending link whose expiry has come can no longer be decided. */
export function hasLapsed(link: { status: AccessLinkStatus; expiresAt: Date }, now: Date): boolean {
  return link.status === AccessLinkStatus.PENDING && link.expiresAt <= now;
}

/** The distinct employees of a bulk command: 1 to 50 of them, else BAD_USER_INPUT. */
export function selectEmployees(userIds: number[]): number[] {
  const distinct = [...new Set(userIds)];
  if (!distinct.length || distinct.length > MAX_SELECTION) throw employeeCountOutOfRange();
  return distinct;
}

/** R-PA-6: a removal names 1 to 50 distinct clients and 1 to 50 distinct employees. */
export function selectRemoval(
  clientIds: number[],
  userIds: number[],
): { clientIds: number[]; userIds: number[] } {
  const clients = [...new Set(clientIds)];
  const users = [...new Set(userIds)];
  const inRange = (n: number) => n > 0 && n <= MAX_SELECTION;
  if (!inRange(clients.length) || !inRange(users.length)) throw removalSelectionOutOfRange();
  return { clientIds: clients, userIds: users };
}

/** The permissions a new set lists: each once, in a stable order. */
export function normalizePermissions(permissions: ClientPermission[]): ClientPermission[] {
  return [...new Set(permissions)].sort();
}

/** R-PA-5: FORBIDDEN unless every permission in `wanted` is among those `held`. */
export function requireAllHeld(held: ReadonlySet<string>, wanted: ClientPermission[]): void {
  const lacking = wanted.filter((p) => !held.has(p));
  if (lacking.length) throw permissionsNotHeld(lacking);
}

/**
 * R-PA-5 both ways: the permissions a change of set adds, then those it removes. Reports access
 * is not the set's to give or take (R-PA-9), so it never counts as changed.
 */
export function permissionsChanged(
  before: PermissionSet | null,
  after: PermissionSet,
): ClientPermission[] {
  const was = new Set(grantedBySet(before ?? undefined));
  const will = new Set(grantedBySet(after));
  return [...[...will].filter((p) => !was.has(p)), ...[...was].filter((p) => !will.has(p))];
}

/** BAD_USER_INPUT on `field` unless `expiresAt` is after `now` and within `maxDays` (issue 21). */
export function validateRelationshipExpiry(
  expiresAt: Date,
  now: Date,
  maxDays: number,
  field: string,
): void {
  if (expiresAt <= now || expiresAt > addDays(now, maxDays)) {
    throw relationshipExpiryOutOfRange(maxDays, field);
  }
}

/** R-PA-3: an employee whose email is in one of the partner's verified domains is verified. */
export function isVerifiedEmployee(email: string, verifiedDomains: ReadonlySet<string>): boolean {
  return verifiedDomains.has(email.split('@')[1]);
}

/**
 * The one partner the viewer acts for in a client: among the client's managers, those the viewer
 * works for (and the one requested, if any). None or several: BAD_USER_INPUT.
 */
export function choosePartner(
  managerIds: number[],
  viewerOrganizations: { has(id: number): boolean },
  requested?: number,
): number {
  const candidates = managerIds.filter(
    (id) => viewerOrganizations.has(id) && (requested === undefined || id === requested),
  );
  if (candidates.length === 1) return candidates[0];
  throw candidates.length ? partnerAmbiguous() : partnerNotManaging();
}

/** BAD_USER_INPUT naming, by global id, every user among `userIds` who is not an employee. */
export function requireEmployees(
  userIds: number[],
  employees: ReadonlySet<number>,
  partnerName: string,
): void {
  const strangers = userIds.filter((id) => !employees.has(id));
  if (strangers.length) {
    throw notPartnerEmployee(
      partnerName,
      'userIds',
      strangers.map((id) => toGlobalId('User', id)),
    );
  }
}
