import { defineError } from '../../errors';

/** Named errors of SCIM provisioning and of SCIM tokens (`src/services/scim/`). */

export const scimTokenLimitReached = defineError(
  'BAD_USER_INPUT',
  'SCIM_TOKEN_LIMIT_REACHED',
  'The organization already has the most active SCIM tokens; revoke one first.',
  (max: number) => ({
    message: `At most ${max} SCIM tokens are active at once; revoke one first.`,
    details: { field: 'organizationId' },
  }),
);

export const scimGroupNameTaken = defineError(
  'CONFLICT',
  'SCIM_GROUP_NAME_TAKEN',
  'A SCIM group (team) with that name exists in the organization.',
  (name: string) => `A team named "${name}" exists.`,
);

export const scimGroupTooManyMembers = defineError(
  'BAD_USER_INPUT',
  'SCIM_GROUP_TOO_MANY_MEMBERS',
  'One SCIM request lists more group members than it may.',
  (max: number) => ({
    message: `At most ${max} members per request.`,
    details: { field: 'members' },
  }),
);

export const scimGroupMemberNotActive = defineError(
  'BAD_USER_INPUT',
  'SCIM_GROUP_MEMBER_NOT_ACTIVE',
  'A SCIM group lists someone who is not an active or invited member of the organization (R-US-1).',
  () => ({
    message: 'Only active members of the organization join its teams (R-US-1).',
    details: { field: 'members' },
  }),
);
