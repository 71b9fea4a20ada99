import { GroupKind, JoinPolicy } from '../../entities/enums';
import { DomainError } from '../../src/errors';
import type { MatchedGrant } from '../../src/permissions/access';
import {
  audienceSelection,
  chosenOrganization,
  cleanSettings,
  decidersAmong,
  decisionNote,
  MAX_AUDIENCE,
  MAX_MEMBERS_PER_CALL,
  memberOrganizationId,
  missingFrom,
  ownOrganizationsOf,
  policyRefusal,
  reachesBeyondOwn,
  requireAddCount,
  selection,
  termsAcceptance,
} from '../../src/services/engagements/validators';

/** The code, reason and details a call fails with (the test fails if it does not). */
function failure(call: () => unknown) {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const e = error as DomainError;
    return { code: e.code, message: e.message, ...e.details };
  }
  throw new Error('expected a failure');
}

const grant = (ownOrganizationId?: number) => ({ ownOrganizationId }) as MatchedGrant;
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('own-organization limits of restricted grants (R-PU-1)', () => {
  it('is unrestricted when any matched grant is', () => {
    expect(ownOrganizationsOf([grant(7), grant()])).toBeNull();
  });
  it("is the holder's distinct own organizations otherwise", () => {
    expect(ownOrganizationsOf([grant(7), grant(9), grant(7)])).toEqual([7, 9]);
    expect(ownOrganizationsOf([])).toEqual([]);
  });
});

describe('the organization whose users a member change manages (R-PU-1, R-EN-1)', () => {
  const engagement = { hostOrganizationId: 1, audienceOrganizationIds: [2, 3] };

  it('gives a Power User their own organization, or the own one they name', () => {
    expect(memberOrganizationId([2], undefined, engagement, GroupKind.PARTICIPANT)).toBe(2);
    expect(memberOrganizationId([2, 3], 3, engagement, GroupKind.PARTICIPANT)).toBe(3);
  });
  it('refuses a Power User naming another organization (R-PU-1)', () => {
    expect(failure(() => memberOrganizationId([2], 3, engagement, GroupKind.PARTICIPANT))).toEqual({
      code: 'FORBIDDEN',
      reason: 'ENGAGEMENT_POWER_USER_OTHER_ORGANIZATION',
      rule: 'R-PU-1',
      message: "Power Users manage only their own organization's participants (R-PU-1).",
    });
  });
  it('asks an owner to name the organization', () => {
    expect(
      failure(() => memberOrganizationId(null, undefined, engagement, GroupKind.PARTICIPANT)),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ENGAGEMENT_MEMBER_ORGANIZATION_REQUIRED',
      field: 'organizationId',
    });
  });
  it('takes participants and Power Users from the host and the audience only', () => {
    expect(memberOrganizationId(null, 1, engagement, GroupKind.POWER_USER)).toBe(1);
    expect(memberOrganizationId(null, 3, engagement, GroupKind.PARTICIPANT)).toBe(3);
    expect(
      failure(() => memberOrganizationId(null, 4, engagement, GroupKind.PARTICIPANT)),
    ).toMatchObject({ reason: 'ENGAGEMENT_ORGANIZATION_NOT_IN_AUDIENCE', field: 'organizationId' });
  });
  it('takes Engagement Owners from the host only (R-EN-1)', () => {
    expect(memberOrganizationId(null, 1, engagement, GroupKind.ENGAGEMENT_OWNER)).toBe(1);
    expect(
      failure(() => memberOrganizationId(null, 2, engagement, GroupKind.ENGAGEMENT_OWNER)),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ENGAGEMENT_OWNER_NOT_HOST_ORGANIZATION',
      message: 'Engagement Owners are host-organization users (R-EN-1).',
    });
  });
});

describe('batch sizes of member changes', () => {
  it('adds 1 to MAX_MEMBERS_PER_CALL users', () => {
    expect(() => requireAddCount(range(MAX_MEMBERS_PER_CALL))).not.toThrow();
    expect(failure(() => requireAddCount([]))).toMatchObject({
      reason: 'GROUP_MEMBERS_NONE_SELECTED',
      message: 'Select at least one user.',
      field: 'userIds',
    });
    expect(failure(() => requireAddCount(range(MAX_MEMBERS_PER_CALL + 1)))).toMatchObject({
      reason: 'GROUP_MEMBERS_TOO_MANY_TO_ADD',
      message: `At most ${MAX_MEMBERS_PER_CALL} users per call; narrow the search.`,
    });
  });
  it('removes or copies 1 to MAX_MEMBERS_PER_CALL distinct users', () => {
    expect(selection([3, 1, 3])).toEqual([3, 1]);
    expect(selection([...range(MAX_MEMBERS_PER_CALL), 1])).toHaveLength(MAX_MEMBERS_PER_CALL);
    for (const ids of [[], range(MAX_MEMBERS_PER_CALL + 1)]) {
      expect(failure(() => selection(ids))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'GROUP_MEMBERS_SELECTION_OUT_OF_BOUNDS',
        message: `Select 1 to ${MAX_MEMBERS_PER_CALL} users.`,
        field: 'userIds',
      });
    }
  });
  it('names the users missing from a set, in the order asked', () => {
    expect(missingFrom([5, 2, 9], new Set([2]))).toEqual([5, 9]);
  });
});

describe("a Power User's removal stays in their own organizations (R-PU-1)", () => {
  it('passes for own members whose memberships are held for an own organization', () => {
    expect(
      reachesBeyondOwn([2], [10, 11], [new Set([10, 11])], [{ memberOrganizationId: 2 }]),
    ).toBe(false);
  });
  it('reaches beyond for a user who is a member of none of them', () => {
    expect(reachesBeyondOwn([2, 3], [10, 12], [new Set([10]), new Set([11])], [])).toBe(true);
  });
  it('reaches beyond for a membership held for another organization', () => {
    expect(reachesBeyondOwn([2], [10], [new Set([10])], [{ memberOrganizationId: 4 }])).toBe(true);
  });
});

describe('joining and requesting (R-EN-3)', () => {
  const now = new Date('2026-11-01T09:00:00Z');

  it('records when terms were accepted, and asks for them where there are terms', () => {
    expect(termsAcceptance(true, true, now)).toBe(now);
    expect(termsAcceptance(false, false, now)).toBeNull();
    expect(failure(() => termsAcceptance(true, false, now))).toMatchObject({
      reason: 'ENGAGEMENT_TERMS_NOT_ACCEPTED',
      field: 'acceptTerms',
    });
  });
  it("chooses the viewer's organization the engagement is offered to", () => {
    expect(chosenOrganization([4], undefined)).toBe(4);
    expect(chosenOrganization([4, 5], 5)).toBe(5);
    expect(failure(() => chosenOrganization([4, 5], 6))).toMatchObject({
      reason: 'ENGAGEMENT_NOT_OFFERED_TO_ORGANIZATION',
    });
    expect(failure(() => chosenOrganization([4, 5], undefined))).toMatchObject({
      reason: 'ENGAGEMENT_VIEWER_ORGANIZATION_AMBIGUOUS',
      field: 'organizationId',
    });
  });
  it("refuses what the engagement's policy does not allow, saying what to do", () => {
    expect(policyRefusal(JoinPolicy.OPEN, JoinPolicy.OPEN)).toBeNull();
    expect(policyRefusal(JoinPolicy.APPROVAL, JoinPolicy.APPROVAL)).toBeNull();
    expect(policyRefusal(JoinPolicy.CLOSED, JoinPolicy.OPEN)?.details).toEqual({
      rule: 'R-EN-3',
      reason: 'ENGAGEMENT_CLOSED',
    });
    expect(policyRefusal(JoinPolicy.OPEN, JoinPolicy.APPROVAL)?.details).toMatchObject({
      reason: 'ENGAGEMENT_OPEN_JOIN_DIRECTLY',
    });
    expect(policyRefusal(JoinPolicy.APPROVAL, JoinPolicy.OPEN)?.details).toMatchObject({
      reason: 'ENGAGEMENT_APPROVAL_REQUIRED',
      field: 'engagementId',
    });
  });
});

describe('engagement settings and audience', () => {
  it('trims the name, and blank terms mean none', () => {
    expect(cleanSettings({ name: '  Cloud   pilot ', termsOfUse: '  ' })).toEqual({
      name: 'Cloud pilot',
      termsOfUse: null,
    });
    expect(cleanSettings({ acceptsFeedback: false, joinPolicy: JoinPolicy.CLOSED })).toEqual({
      acceptsFeedback: false,
      joinPolicy: JoinPolicy.CLOSED,
    });
  });
  it('offers an engagement to at most MAX_AUDIENCE distinct organizations', () => {
    expect(audienceSelection([1, 2, 1])).toEqual([1, 2]);
    expect(failure(() => audienceSelection(range(MAX_AUDIENCE + 1)))).toMatchObject({
      reason: 'ENGAGEMENT_AUDIENCE_TOO_LARGE',
      field: 'audienceOrganizationIds',
    });
  });
});

describe('deciding access requests (R-AR-1)', () => {
  it('reads a blank note as none', () => {
    expect(decisionNote(undefined)).toBeNull();
    expect(decisionNote(' ')).toBeNull();
    expect(decisionNote(' Welcome. ')).toBe('Welcome.');
  });
  it("is for owners and the Power Users of the requester's organization", () => {
    const memberships = [
      { userId: 1, group: GroupKind.ENGAGEMENT_OWNER, memberOrganizationId: 9 },
      { userId: 2, group: GroupKind.POWER_USER, memberOrganizationId: 5 },
      { userId: 3, group: GroupKind.POWER_USER, memberOrganizationId: 6 },
      { userId: 1, group: GroupKind.POWER_USER, memberOrganizationId: 5 },
    ];
    expect(decidersAmong(memberships, 5)).toEqual([1, 2]);
  });
});
