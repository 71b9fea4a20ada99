import { Program } from '../../../../entities';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { mutationAction } from '../../../permissions/mutations';
import { programDescription, programName } from '../validators';

export interface UpdateProgramInput {
  programId: number;
  name?: string;
  description?: string;
}

/**
 * Changes a program's name or description. Caller holds `program.update` (Program Owners).
 * Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function updateProgram(
  deps: ServiceDeps,
  input: UpdateProgramInput,
): Promise<Program> {
  const viewer = requireViewer(deps);
  const action = mutationAction('updateProgram');
  const [program] = await deps.access.require(action, [input.programId]);
  const change: Partial<Program> = {};
  if (input.name !== undefined) change.name = programName(input.name);
  if (input.description !== undefined) change.description = programDescription(input.description);
  const updated = await runCommand(deps, async ({ em }) => {
    if (Object.keys(change).length) await em.update(Program, { id: program.id }, change);
    await recordAudit(em, deps.clock, [
      {
        organizationId: program.hostOrganizationId,
        actorUserId: viewer.id,
        action: 'program.updated',
        targetType: 'Program',
        targetId: program.id,
        metadata: change,
      },
    ]);
    return em.findOneByOrFail(Program, { id: program.id });
  });
  deps.loaders.program.clear(updated.id).prime(updated.id, updated);
  return updated;
}
