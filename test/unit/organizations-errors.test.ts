import { NAMED_ERRORS } from '../../src/errors';
import * as directory from '../../src/services/directory/errors';
import * as organizations from '../../src/services/organizations/errors';

/** The named errors of organizations, members, the directory, batches and teams. */
const AREA = { ...organizations, ...directory };
const PREFIXES = /^(ORGANIZATION|MEMBER|DIRECTORY|BATCH|TEAM)_[A-Z0-9_]+$/;

describe('named errors of organizations and the directory (issue 24)', () => {
  it('each has a prefixed SCREAMING_SNAKE reason of its own, registered once, and a description', () => {
    const factories = Object.values(AREA);
    const reasons = factories.map((f) => f.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
    for (const factory of factories) {
      expect(factory.reason).toMatch(PREFIXES);
      expect(factory.description.length).toBeGreaterThan(10);
      expect(NAMED_ERRORS.filter((n) => n.reason === factory.reason)).toEqual([factory]);
    }
  });

  it('tells the 9 CONFLICT cases apart', () => {
    const conflicts = Object.values(AREA).filter((f) => f.code === 'CONFLICT');
    expect(conflicts.map((f) => f.reason).sort()).toEqual([
      'MEMBER_ADDED_CONCURRENTLY',
      'MEMBER_ALREADY_IN_ORGANIZATION',
      'MEMBER_INVITATION_EXPIRED',
      'ORGANIZATION_LAST_SUPER_ADMIN',
      'ORGANIZATION_SEATS_CHANGED_CONCURRENTLY',
      'TEAM_ALREADY_MEMBER',
      'TEAM_JOIN_REQUEST_DECIDED',
      'TEAM_JOIN_REQUEST_PENDING',
      'TEAM_NAME_TAKEN',
    ]);
  });

  it('puts code, reason and the rule or field in the built error', () => {
    const last = organizations.lastSuperAdmin();
    expect(last.code).toBe('CONFLICT');
    expect(last.details).toEqual({ rule: 'R-PA-8', reason: 'ORGANIZATION_LAST_SUPER_ADMIN' });
    expect(last.message).toMatch(/promote another one first/);
    expect(organizations.lastSuperAdmin(false).message).toBe(
      'The organization must keep at least one super admin (R-PA-8).',
    );
    expect(directory.teamNameTaken('Ops').message).toBe('A team named "Ops" exists.');
    expect(directory.teamNameTaken().message).toBe('A team with that name exists.');
    expect(directory.unknownTeam('teamId').details).toEqual({
      field: 'teamId',
      reason: 'DIRECTORY_TEAM_UNKNOWN',
    });
  });
});
