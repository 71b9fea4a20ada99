import { groupKindOf } from '../../../../entities/enums';
import type { ServiceDeps } from '../../context';
import { mutationAction } from '../../../permissions/mutations';
import { selection } from '../validators';
import type { ProgramMembersInput } from './addProgramMembers';
import { removeMembers } from './remove';
import { MembershipChange, targetOfProgram } from './shared';

/** Removes users from a program-scope group. Caller holds `program.manageGroups`. */
export async function removeProgramMembers(
  deps: ServiceDeps,
  input: ProgramMembersInput,
): Promise<MembershipChange[]> {
  const action = mutationAction('removeProgramMembers');
  const [program] = await deps.access.require(action, [input.programId]);
  const userIds = selection(input.userIds);
  return removeMembers(deps, targetOfProgram(program), groupKindOf(input.group), userIds);
}
