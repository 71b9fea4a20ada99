import { Program, User } from '../../../../entities';
import { groupKindOf, ProgramGroup } from '../../../../entities/enums';
import { BadUserInputError } from '../../../errors';
import { requestedExpiry } from '../../common/expiry';
import type { ServiceDeps } from '../../context';
import { notHostUsers } from '../errors';
import { mutationAction } from '../../../permissions/mutations';
import { addMembers } from './add';
import { MembershipChange, targetOfProgram, usersOf } from './shared';

export interface ProgramMembersInput {
  programId: number;
  group: ProgramGroup;
  userIds: number[];
  expiresAt?: Date | null;
}

/**
 * Adds host-organization users to a program-scope group (R-EN-1). Caller holds
 * `program.manageGroups`. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function addProgramMembers(
  deps: ServiceDeps,
  input: ProgramMembersInput,
): Promise<MembershipChange[]> {
  const action = mutationAction('addProgramMembers');
  const expiresAt = requestedExpiry(deps, input.expiresAt);
  const [program] = await deps.access.require(action, [input.programId]);
  const host = (await deps.loaders.organization.load(program.hostOrganizationId))!;
  const users = await hostUsers(deps, program, [...new Set(input.userIds)]);
  return addMembers(
    deps,
    targetOfProgram(program),
    groupKindOf(input.group),
    users.map((user) => ({ user, organization: host })),
    { sendInvitation: false, expiresAt },
  );
}

/** `usersOf` the host, any refusal of a non-empty selection told as R-EN-1. */
async function hostUsers(deps: ServiceDeps, program: Program, userIds: number[]): Promise<User[]> {
  try {
    return await usersOf(deps, program.hostOrganizationId, userIds);
  } catch (error) {
    if (error instanceof BadUserInputError && userIds.length) throw notHostUsers();
    throw error;
  }
}
