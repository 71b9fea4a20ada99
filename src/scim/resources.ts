import { MemberStatus } from '../../entities/enums';
import { fromGlobalId, toGlobalId } from '../globalId';
import type {
  ScimGroupInput,
  ScimGroupRow,
  ScimUserInput,
  ScimUserRow,
} from '../services/scim/ScimService';
import { badRequest } from './errors';
import { GROUP_SCHEMA, USER_SCHEMA } from './schemas';

type Json = Record<string, unknown>;

/** The numeric id behind a SCIM id (our global id), or 0, which no row has (404 follows). */
export function idOf(scimId: string, type: 'User' | 'Team'): number {
  const parsed = fromGlobalId(scimId);
  return parsed?.type === type ? parsed.id : 0;
}

/**
 * Only the full name is stored; given and family names are its first word and the rest, so that
 * a PATCH of `name.givenName` changes just that part.
 */
function nameOf(formatted: string) {
  const [givenName, ...rest] = formatted.split(' ');
  return { formatted, givenName, ...(rest.length ? { familyName: rest.join(' ') } : {}) };
}

/** A user as RFC 7643 §4.1 shows it: `userName` is the email; `active` is false once deactivated. */
export function toScimUser(row: ScimUserRow, base: string): Json {
  const id = toGlobalId('User', row.user.id);
  const name = row.member.invitedName ?? row.user.name;
  return {
    schemas: [USER_SCHEMA],
    id,
    ...(row.externalId !== null ? { externalId: row.externalId } : {}),
    userName: row.user.email,
    name: nameOf(name),
    displayName: name,
    emails: [{ value: row.user.email, type: 'work', primary: true }],
    active: row.member.status !== MemberStatus.DEACTIVATED,
    meta: {
      resourceType: 'User',
      created: row.member.createdAt.toISOString(),
      location: `${base}/Users/${id}`,
    },
  };
}

export function toScimGroup(row: ScimGroupRow, base: string, withMembers = true): Json {
  const id = toGlobalId('Team', row.team.id);
  return {
    schemas: [GROUP_SCHEMA],
    id,
    ...(row.externalId !== null ? { externalId: row.externalId } : {}),
    displayName: row.team.name,
    ...(withMembers
      ? {
          members: row.members.map((m) => {
            const userId = toGlobalId('User', m.userId);
            return { value: userId, display: m.name, $ref: `${base}/Users/${userId}` };
          }),
        }
      : {}),
    meta: {
      resourceType: 'Group',
      created: row.team.createdAt.toISOString(),
      location: `${base}/Groups/${id}`,
    },
  };
}

const object = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** Booleans as some identity providers send them (`"False"`), else as JSON booleans. */
export function booleanOf(value: unknown, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) {
    return value.toLowerCase() === 'true';
  }
  throw badRequest('active must be a boolean.');
}

function externalIdOf(body: Json): string | null {
  if (body.externalId === undefined || body.externalId === null) return null;
  if (typeof body.externalId !== 'string' || body.externalId.length > 191) {
    throw badRequest('externalId must be a string of at most 191 characters.');
  }
  return body.externalId;
}

function requireSchema(body: Json, schema: string): void {
  const schemas = body.schemas;
  if (!Array.isArray(schemas) || !schemas.includes(schema)) {
    throw badRequest(`schemas must include ${schema}.`, 'invalidSyntax');
  }
}

/**
 * The attributes of a User body we keep (RFC 7643 §4.1): the email (userName, or the primary
 * email), a display name (given and family names, else `name.formatted`, else `displayName`),
 * `externalId` and `active`. Other attributes are accepted and ignored.
 */
export function userInputOf(body: Json, before?: Json): ScimUserInput {
  requireSchema(body, USER_SCHEMA);
  const emails = Array.isArray(body.emails) ? body.emails.map(object) : [];
  const primary = emails.find((e) => e.primary === true) ?? emails[0];
  const userName = text(body.userName);
  if (!userName) throw badRequest('userName is required.');
  const email = userName.includes('@') ? userName : text(primary?.value);
  if (!email) throw badRequest('userName must be an email address (or send a primary email).');
  const name = object(body.name);
  const parts = [text(name.givenName), text(name.familyName)].filter(Boolean).join(' ');
  // After a PATCH, a changed `name.formatted` (or `displayName`) wins over the derived parts.
  const was = object(before?.name);
  const formatted =
    before && text(name.formatted) !== text(was.formatted)
      ? text(name.formatted)
      : before && text(body.displayName) !== text(before.displayName)
        ? text(body.displayName)
        : undefined;
  return {
    email,
    name: formatted || parts || text(name.formatted) || text(body.displayName) || email,
    externalId: externalIdOf(body),
    active: booleanOf(body.active, true),
  };
}

export function groupInputOf(body: Json): ScimGroupInput {
  requireSchema(body, GROUP_SCHEMA);
  const displayName = text(body.displayName);
  if (!displayName) throw badRequest('displayName is required.');
  if (body.members !== undefined && !Array.isArray(body.members)) {
    throw badRequest('members must be a list.');
  }
  const members = ((body.members as unknown[] | undefined) ?? []).map(object);
  return {
    displayName,
    externalId: externalIdOf(body),
    memberIds: members.map((m) => {
      const id = typeof m.value === 'string' ? idOf(m.value, 'User') : 0;
      if (!id) throw badRequest('Every member value must be the id of a User of this service.');
      return id;
    }),
  };
}

/**
 * `attributes` / `excludedAttributes` (RFC 7644 §3.9) on top-level attributes; `schemas`, `id`
 * and `meta` always stay.
 */
export function project(resource: Json, query: Record<string, unknown>): Json {
  const names = (value: unknown) =>
    typeof value === 'string' && value
      ? value.split(',').map((a) => a.trim().split('.')[0].split(':').pop()!.toLowerCase())
      : null;
  const only = names(query.attributes);
  const except = names(query.excludedAttributes);
  if (!only && !except) return resource;
  const always = new Set(['schemas', 'id', 'meta']);
  return Object.fromEntries(
    Object.entries(resource).filter(([key]) => {
      if (always.has(key)) return true;
      const k = key.toLowerCase();
      if (only) return only.includes(k);
      return !except!.includes(k);
    }),
  );
}

/** Whether a group listing may leave its (possibly long) member lists out. */
export function wantsMembers(query: Record<string, unknown>): boolean {
  const mentions = (value: unknown) =>
    typeof value === 'string' &&
    value
      .toLowerCase()
      .split(',')
      .some((a) => a.trim() === 'members');
  if (mentions(query.excludedAttributes)) return false;
  if (typeof query.attributes === 'string' && query.attributes) return mentions(query.attributes);
  return true;
}
