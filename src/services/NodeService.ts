import { AuditEvent, GroupMembership, TeamMember } from '../../entities';
import { NotFoundError } from '../errors';
import { fromGlobalId } from '../globalId';
import { scopeOf } from '../permissions/scope';
import { READ_ACTION, ResourceType } from '../permissions/matrix';
import type { ServiceDeps } from './context';
import { tooManyNodeIds } from './common/errors';

const MAX_NODES = 100;
const RESOURCE_TYPES = new Set<string>(Object.keys(READ_ACTION));

/** Resolves `node(id)` through the same access checks as every other path (DESIGN §3.3). */
export class NodeService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Any signed-in viewer; NOT_FOUND for a malformed id, a missing object or one it may not see. */
  async node(globalId: string): Promise<object> {
    const parsed = fromGlobalId(globalId);
    if (!parsed) throw new NotFoundError('Node');
    const { type, id } = parsed;
    const { access, loaders } = this.deps;
    if (RESOURCE_TYPES.has(type)) {
      const [entity] = await access.require(READ_ACTION[type as ResourceType], [id]);
      return entity;
    }
    switch (type) {
      case 'OrganizationMember': {
        const member = await loaders.organizationMember.load(id);
        if (member && (await access.canSeeMember(member))) return member;
        break;
      }
      case 'TeamMember': {
        const member: TeamMember | null = await loaders.teamMember.load(id);
        const team = member && (await loaders.team.load(member.teamId));
        if (member && team && (await access.can('team.read', scopeOf('Team', team)))) {
          return member;
        }
        break;
      }
      case 'GroupMembership': {
        const membership: GroupMembership | null = await loaders.groupMembership.load(id);
        if (membership && (await access.canSeeGroupMembership(membership))) {
          return membership;
        }
        break;
      }
      case 'Notification': {
        const notification = await loaders.notification.load(id);
        if (notification && notification.recipientUserId === this.deps.viewer?.id) {
          return notification;
        }
        break;
      }
      case 'AuditEvent': {
        const event: AuditEvent | null = await loaders.auditEvent.load(id);
        if (
          event &&
          (await access.can('organization.readEventLog', { organizationId: event.organizationId }))
        ) {
          return event;
        }
        break;
      }
    }
    throw new NotFoundError('Node');
  }

  /** Like `node` for many ids, one result (or null when not found) per id. */
  async nodes(globalIds: string[]): Promise<(object | null)[]> {
    if (globalIds.length > MAX_NODES) {
      throw tooManyNodeIds(MAX_NODES);
    }
    return Promise.all(
      globalIds.map((id) =>
        this.node(id).catch((e) => {
          if (e instanceof NotFoundError) return null;
          throw e;
        }),
      ),
    );
  }
}
