import { Engagement, GroupMembership, OrganizationMember } from '../../../entities';
import { OrgRole } from '../../../entities/enums';
import type { ResourceScope } from '../../permissions/scope';
import type { Action } from '../../permissions/matrix';
import { ViewerCanResource, viewerCanFields } from '../../permissions/viewerCan';
import type { ServiceDeps } from '../context';
import { engagementRefusal } from '../engagements/conditions';
import { engagementGroupAction } from '../../permissions/groupActions';

type Lazy = Record<string, Promise<boolean>>;

/**
 * `viewerCan` objects: each field is computed only when selected, by the same `Access.can` that
 * enforces the action, on the viewer's grants loaded once per request (no query per row).
 */
export class ViewerCanService {
  constructor(private readonly deps: ServiceDeps) {}

  private lazy(fields: Record<string, () => Promise<boolean>>): Lazy {
    const object = {} as Lazy;
    for (const [name, compute] of Object.entries(fields)) {
      let value: Promise<boolean> | undefined;
      Object.defineProperty(object, name, { enumerable: true, get: () => (value ??= compute()) });
    }
    return object;
  }

  /**
   * The matrix's actions on one resource. On an engagement, an action also needs the rules its
   * mutation applies beyond the grant (join policy, feedback accepted, already participating or
   * waiting: `engagementRefusal`), so `true` means the mutation will not refuse.
   */
  forResource(resource: ViewerCanResource, scope: ResourceScope, engagement?: Engagement): Lazy {
    return this.lazy(
      Object.fromEntries(
        viewerCanFields(resource).map(({ field, action }) => [
          field,
          async () =>
            (await this.deps.access.can(action, scope)) &&
            (!engagement || !(await engagementRefusal(this.deps, action, engagement))),
        ]),
      ),
    );
  }

  private all(actions: Action[], organizationId: number): Promise<boolean> {
    return Promise.all(actions.map((a) => this.deps.access.can(a, { organizationId }))).then(
      (held) => held.every(Boolean),
    );
  }

  /**
   * On an organization member: what the member commands would allow. Super admins need
   * `manageSuperAdmins` too; partner employees are managed through the partner actions.
   */
  forMember(member: OrganizationMember): Lazy {
    const partner = member.partnerOrganizationId !== null;
    const memberActions: Action[] =
      member.role === OrgRole.ADMIN
        ? ['organization.manageMembers', 'organization.manageSuperAdmins']
        : ['organization.manageMembers'];
    const own = this.deps.viewer?.id === member.userId;
    return this.lazy({
      changeRole: async () => !partner && (await this.all(memberActions, member.organizationId)),
      remove: async () =>
        partner
          ? this.all(['organization.removePartnerEmployees'], member.organizationId)
          : this.all(memberActions, member.organizationId),
      changePermissions: async () =>
        partner && (await this.all(['organization.addPartnerEmployees'], member.organizationId)),
      switchToPartnerAdmin: async () =>
        own &&
        member.role === OrgRole.ADMIN &&
        (await this.all(['organization.switchToPartnerAdmin'], member.organizationId)),
    });
  }

  /** On a group membership: whether the viewer may remove it (R-PU-1, R-PU-2, R-EN-1). */
  forGroupMembership(m: GroupMembership): Lazy {
    return this.lazy({
      remove: async () => {
        if (m.engagementId === null) {
          const program = await this.deps.loaders.program.load(m.programId);
          return (
            !!program &&
            this.deps.access.can('program.manageGroups', {
              organizationId: program.hostOrganizationId,
              programId: program.id,
            })
          );
        }
        const engagement = await this.deps.loaders.engagement.load(m.engagementId);
        if (!engagement) return false;
        const group = m.group as unknown as Parameters<typeof engagementGroupAction>[0];
        return this.deps.access.can(engagementGroupAction(group, 'remove'), {
          organizationId: engagement.hostOrganizationId,
          programId: engagement.programId,
          engagementId: engagement.id,
          memberOrganizationId: m.memberOrganizationId,
        });
      },
    });
  }
}
