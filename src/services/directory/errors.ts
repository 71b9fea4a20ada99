import { defineError } from '../../errors';

/** Named failures of the directory, batches and teams (reasons prefixed DIRECTORY_ / BATCH_ / TEAM_). */

export const invalidDirectoryCursor = defineError(
  'BAD_USER_INPUT',
  'DIRECTORY_CURSOR_INVALID',
  'A directory page cursor is not one the directory gave out.',
  (field: string) => ({ message: 'Invalid cursor.', details: { field } }),
);

export const invalidActivityWindow = defineError(
  'BAD_USER_INPUT',
  'DIRECTORY_ACTIVITY_WINDOW_INVALID',
  'The directory activity window is not one of the offered numbers of days (R-DI-4).',
  (windows: readonly number[]) => ({
    message: `activity window must be one of ${windows.join(', ')} days, or a date.`,
    details: { field: 'activityDays' },
  }),
);

export const activityWindowAndDate = defineError(
  'BAD_USER_INPUT',
  'DIRECTORY_ACTIVITY_WINDOW_AND_DATE',
  'The directory filter gives both an activity window and a date.',
  () => ({
    message: 'Give an activity window or a date, not both.',
    details: { field: 'activitySince' },
  }),
);

export const searchTooLong = defineError(
  'BAD_USER_INPUT',
  'DIRECTORY_SEARCH_TOO_LONG',
  'The directory search is longer than 200 characters.',
  () => ({ message: 'search must have at most 200 characters.', details: { field: 'search' } }),
);

export const unknownTeam = defineError(
  'BAD_USER_INPUT',
  'DIRECTORY_TEAM_UNKNOWN',
  'A team id names no team of the organization.',
  (field: string) => ({ message: 'Unknown team for this organization.', details: { field } }),
);

export const batchSizeOutOfRange = defineError(
  'BAD_USER_INPUT',
  'BATCH_SIZE_OUT_OF_RANGE',
  'A batch names no user or more than 50 (R-BK-1).',
  (max: number, given: number) => ({
    message: `A batch takes 1 to ${max} users (R-BK-1); ${given} given.`,
    details: { field: 'userIds' },
  }),
);

export const batchParameterMissing = defineError(
  'BAD_USER_INPUT',
  'BATCH_PARAMETER_MISSING',
  'A batch operation lacks the teams, team or license it works with.',
  (field: 'teamIds' | 'teamId' | 'license') => ({
    message: {
      teamIds: 'Choose the teams.',
      teamId: 'Choose the team.',
      license: 'Choose the license.',
    }[field],
    details: { field },
  }),
);

export const batchPartnerEmployee = defineError(
  'BAD_USER_INPUT',
  'BATCH_PARTNER_EMPLOYEE',
  "A partner employee's license or status was changed by a member batch (R-PA-7).",
  () => ({
    message: 'Partner employees are managed through the partner actions (R-PA-7).',
    details: { field: 'userIds' },
  }),
);

export const teamNameTaken = defineError(
  'CONFLICT',
  'TEAM_NAME_TAKEN',
  'Another team of the organization has that name.',
  (name?: string) =>
    name === undefined ? 'A team with that name exists.' : `A team named "${name}" exists.`,
);

export const teamMembersOutOfRange = defineError(
  'BAD_USER_INPUT',
  'TEAM_MEMBERS_COUNT_OUT_OF_RANGE',
  'A team member change names no user or more than 50.',
  () => ({ message: 'Select 1 to 50 users.', details: { field: 'userIds' } }),
);

export const teamMemberNotInOrganization = defineError(
  'BAD_USER_INPUT',
  'TEAM_MEMBER_NOT_IN_ORGANIZATION',
  'A user added to a team is not an active or invited member of its organization (R-DI-2).',
  () => ({
    message: 'Only members of the organization join its teams.',
    details: { field: 'userIds' },
  }),
);

export const alreadyInTeam = defineError(
  'CONFLICT',
  'TEAM_ALREADY_MEMBER',
  'The viewer joining or asking to join a team is in it already (R-DI-7).',
  () => 'You are already in this team.',
);

export const joinRequestPending = defineError(
  'CONFLICT',
  'TEAM_JOIN_REQUEST_PENDING',
  'The viewer has a pending request to join that team already (R-DI-7).',
  () => 'Your request is already pending.',
);

export const joinRequestDecided = defineError(
  'CONFLICT',
  'TEAM_JOIN_REQUEST_DECIDED',
  'The join request was approved or denied already.',
  () => 'The request is no longer pending.',
);
