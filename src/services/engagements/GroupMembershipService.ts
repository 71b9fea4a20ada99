import type { GroupMembership, User } from '../../../entities';
import type { ServiceDeps } from '../context';
import type { Connection, PageArgs } from '../pagination';
import {
  addEngagementMembers,
  AddEngagementMembersInput,
} from './memberships/addEngagementMembers';
import { addProgramMembers, ProgramMembersInput } from './memberships/addProgramMembers';
import {
  copyEngagementParticipants,
  CopyEngagementParticipantsInput,
} from './memberships/copyEngagementParticipants';
import { candidates, ParticipantRow, participantRows } from './memberships/queries';
import { reactivateMyAccess } from './memberships/reactivateMyAccess';
import {
  removeEngagementMembers,
  RemoveEngagementMembersInput,
} from './memberships/removeEngagementMembers';
import { removeProgramMembers } from './memberships/removeProgramMembers';
import { setEngagementMemberExpiry, setProgramMemberExpiry } from './memberships/setExpiry';
import type { MembershipChange } from './memberships/shared';

/**
 * Engagement and program group membership (R-MB-*, R-PU-*, R-US-1, R-EN-1, R-IN-1): one method
 * per mutation, each calling its command in `memberships/`.
 */
export class GroupMembershipService {
  constructor(private readonly deps: ServiceDeps) {}

  candidates(
    engagementId: number,
    search: string,
    organizationId: number | undefined,
    args: PageArgs,
  ): Promise<Connection<User>> {
    return candidates(this.deps, engagementId, search, organizationId, args);
  }

  addEngagementMembers(input: AddEngagementMembersInput): Promise<MembershipChange[]> {
    return addEngagementMembers(this.deps, input);
  }

  removeEngagementMembers(input: RemoveEngagementMembersInput): Promise<MembershipChange[]> {
    return removeEngagementMembers(this.deps, input);
  }

  copyEngagementParticipants(input: CopyEngagementParticipantsInput): Promise<MembershipChange[]> {
    return copyEngagementParticipants(this.deps, input);
  }

  addProgramMembers(input: ProgramMembersInput): Promise<MembershipChange[]> {
    return addProgramMembers(this.deps, input);
  }

  removeProgramMembers(input: ProgramMembersInput): Promise<MembershipChange[]> {
    return removeProgramMembers(this.deps, input);
  }

  setEngagementMemberExpiry(
    input: Parameters<typeof setEngagementMemberExpiry>[1],
  ): Promise<MembershipChange[]> {
    return setEngagementMemberExpiry(this.deps, input);
  }

  setProgramMemberExpiry(
    input: Parameters<typeof setProgramMemberExpiry>[1],
  ): Promise<MembershipChange[]> {
    return setProgramMemberExpiry(this.deps, input);
  }

  reactivateMyAccess(): Promise<GroupMembership[]> {
    return reactivateMyAccess(this.deps);
  }

  participantRows(engagementId: number): AsyncGenerator<ParticipantRow> {
    return participantRows(this.deps, engagementId);
  }
}
