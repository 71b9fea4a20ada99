import type {
  AccessLink,
  ManagedRelationship,
  Organization,
  OrganizationMember,
  PermissionSet,
} from '../../../entities';
import type { AccessLinkStatus } from '../../../entities/enums';
import type { ServiceDeps } from '../context';
import type { MemberService } from '../organizations/MemberService';
import type { Connection, PageArgs } from '../pagination';
import { approveAccessLink } from './accessLinks/approve';
import { createAccessLink, CreateAccessLinkInput } from './accessLinks/create';
import { rejectAccessLink } from './accessLinks/reject';
import {
  deactivatePartnerEmployees,
  PartnerEmployeesInput,
  reactivatePartnerEmployees,
} from './employees/activation';
import { addPartnerEmployees, AddPartnerEmployeesInput } from './employees/add';
import { changePartnerEmployeePermissions } from './employees/changePermissions';
import { linkPartnerEmployee, PartnerEmployeeInput } from './employees/link';
import type { RemovalPreview } from './employees/removalPreview';
import type { ItemWithRecord } from '../common/bulk';

/** One employee's result: the bulk item and the membership as the change left it. */
export type EmployeeResult = ItemWithRecord<OrganizationMember>;
import { removePartnerEmployees, RemovePartnerEmployeesInput } from './employees/remove';
import { setPartnerReportsAccess, SetPartnerReportsAccessInput } from './employees/reportsAccess';
import { createPermissionSet, CreatePermissionSetInput } from './permissionSets/create';
import { accessLinks, permissionSets } from './queries';
import { renewRelationship, RenewRelationshipInput } from './relationships/renew';
import type { PartnerDeps } from './shared';
import { switchToPartnerAdmin, SwitchToPartnerAdminInput } from './switchToPartnerAdmin';

/**
 * Partner client access (DOMAIN §4, HubSpot): permission sets, access links, partner employees
 * in client accounts, removal with review, the relationship's end, and the super admin switch.
 * A facade: each method is the command (one per file in this folder) of the mutation it names.
 */
export class PartnerService {
  private readonly partner: PartnerDeps;

  constructor(
    private readonly deps: ServiceDeps,
    members: MemberService,
  ) {
    this.partner = { deps, members };
  }

  permissionSets(org: Organization): Promise<PermissionSet[]> {
    return permissionSets(this.deps, org);
  }

  accessLinks(
    org: Organization,
    status: AccessLinkStatus | null,
    args: PageArgs,
  ): Promise<Connection<AccessLink>> {
    return accessLinks(this.deps, org, status, args);
  }

  createPermissionSet(input: CreatePermissionSetInput): Promise<PermissionSet> {
    return createPermissionSet(this.partner, input);
  }

  createAccessLink(input: CreateAccessLinkInput): Promise<AccessLink> {
    return createAccessLink(this.partner, input);
  }

  approveAccessLink(id: number, relationshipExpiresAt: Date | null): Promise<AccessLink> {
    return approveAccessLink(this.partner, id, relationshipExpiresAt);
  }

  rejectAccessLink(id: number): Promise<AccessLink> {
    return rejectAccessLink(this.partner, id);
  }

  addPartnerEmployees(input: AddPartnerEmployeesInput): Promise<EmployeeResult[]> {
    return addPartnerEmployees(this.partner, input);
  }

  linkPartnerEmployee(input: PartnerEmployeeInput): Promise<OrganizationMember> {
    return linkPartnerEmployee(this.partner, input);
  }

  changePartnerEmployeePermissions(input: PartnerEmployeeInput): Promise<OrganizationMember> {
    return changePartnerEmployeePermissions(this.partner, input);
  }

  removePartnerEmployees(input: RemovePartnerEmployeesInput): Promise<RemovalPreview[]> {
    return removePartnerEmployees(this.partner, input);
  }

  deactivatePartnerEmployees(input: PartnerEmployeesInput): Promise<EmployeeResult[]> {
    return deactivatePartnerEmployees(this.partner, input);
  }

  reactivatePartnerEmployees(input: PartnerEmployeesInput): Promise<EmployeeResult[]> {
    return reactivatePartnerEmployees(this.partner, input);
  }

  setPartnerReportsAccess(input: SetPartnerReportsAccessInput): Promise<OrganizationMember> {
    return setPartnerReportsAccess(this.partner, input);
  }

  renewRelationship(input: RenewRelationshipInput): Promise<ManagedRelationship> {
    return renewRelationship(this.partner, input);
  }

  switchToPartnerAdmin(input: SwitchToPartnerAdminInput): Promise<OrganizationMember> {
    return switchToPartnerAdmin(this.partner, input);
  }
}
