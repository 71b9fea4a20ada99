import { OrganizationMember } from '../../../entities';
import type { Tx } from '../command';
import type { ServiceDeps } from '../context';
import { acceptInvitation } from './members/acceptInvitation';
import { addOrganizationMember, AddMemberInput, createMember } from './members/add';
import { changeMemberRole } from './members/changeRole';
import { removeOrganizationMember } from './members/remove';
import { removeMembership } from './members/removeMembership';
import { resendInvitation } from './members/resendInvitation';
import { revokeInvitation } from './members/revokeInvitation';
import { setOrganizationMemberExpiry } from './members/setExpiry';
import { forgetMembership } from './members/shared';

export { validateEmail } from './validators';

type MemberRef = { organizationId: number; userId: number };

/**
 * Onboarding and offboarding of an organization's users (R-PR-3, R-PA-1): add or invite, remove,
 * change role. A facade: each command is a function of its own in `members/`.
 */
export class MemberService {
  constructor(private readonly deps: ServiceDeps) {}

  addOrganizationMember(input: AddMemberInput): Promise<OrganizationMember> {
    return addOrganizationMember(this.deps, input);
  }

  /** Adds without an access check, for callers that authorized it (team invite, SCIM). */
  create(
    input: AddMemberInput & { auditMetadata?: Record<string, unknown> },
  ): Promise<OrganizationMember> {
    return createMember(this.deps, input);
  }

  resendInvitation(input: MemberRef): Promise<OrganizationMember> {
    return resendInvitation(this.deps, input);
  }

  revokeInvitation(input: MemberRef): Promise<void> {
    return revokeInvitation(this.deps, input);
  }

  acceptInvitation(organizationId: number): Promise<OrganizationMember> {
    return acceptInvitation(this.deps, organizationId);
  }

  removeOrganizationMember(input: MemberRef): Promise<void> {
    return removeOrganizationMember(this.deps, input);
  }

  changeMemberRole(input: Parameters<typeof changeMemberRole>[1]): Promise<OrganizationMember> {
    return changeMemberRole(this.deps, input);
  }

  setOrganizationMemberExpiry(
    input: Parameters<typeof setOrganizationMemberExpiry>[1],
  ): Promise<OrganizationMember> {
    return setOrganizationMemberExpiry(this.deps, input);
  }

  /** Deletes a membership and what hangs on it in the caller's transaction (partners, SCIM). */
  removeMembership(tx: Tx, member: OrganizationMember): Promise<void> {
    return removeMembership(this.deps, tx, member);
  }

  /** After a committed membership change: caches dropped, ACCESS_CHANGED published. */
  forget(organizationIds: number | number[], userId: number): void {
    forgetMembership(this.deps, organizationIds, userId);
  }
}
