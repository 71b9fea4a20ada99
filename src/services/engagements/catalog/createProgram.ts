import { Program } from '../../../../entities';
import { GroupKind, OrganizationKind } from '../../../../entities/enums';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { programOutsideHost } from '../errors';
import { addMembers } from '../memberships/add';
import { targetOfProgram } from '../memberships/shared';
import { mutationAction } from '../../../permissions/mutations';
import { programDescription, programName } from '../validators';

export interface CreateProgramInput {
  organizationId: number;
  name: string;
  description: string;
}

/**
 * Creates a program in a host organization; the creator becomes its first Program Owner.
 * Caller holds `organization.createProgram`. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function createProgram(
  deps: ServiceDeps,
  input: CreateProgramInput,
): Promise<Program> {
  const viewer = requireViewer(deps);
  const action = mutationAction('createProgram');
  const [host] = await deps.access.require(action, [input.organizationId]);
  if (host.kind !== OrganizationKind.HOST) throw programOutsideHost();
  const name = programName(input.name);
  const description = programDescription(input.description);
  const program = await runCommand(deps, async ({ em }) => {
    const created = await em.save(
      em.create(Program, {
        hostOrganizationId: host.id,
        name,
        description,
        createdAt: deps.clock.now(),
      }),
    );
    await recordAudit(em, deps.clock, [
      {
        organizationId: host.id,
        actorUserId: viewer.id,
        action: 'program.created',
        targetType: 'Program',
        targetId: created.id,
        metadata: { name },
      },
    ]);
    return created;
  });
  await addMembers(
    deps,
    targetOfProgram(program),
    GroupKind.PROGRAM_OWNER,
    [{ user: viewer, organization: host }],
    { sendInvitation: false },
  );
  return program;
}
