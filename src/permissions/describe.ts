import { Grant } from './matrix';

const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');

/** One grant of the matrix in a sentence, for denials and the published matrix. */
export function describeGrant(grant: Grant): string {
  const when = grant.when
    ? ` (${[
        grant.when.teamPrivacy && `${grant.when.teamPrivacy.map(words).join(' / ')} teams`,
        grant.when.teamInvitePolicy &&
          `when ${grant.when.teamInvitePolicy.map(words).join(' / ')} may invite`,
        grant.when.reviewKind && `reviews of ${grant.when.reviewKind.map(words).join(' / ')}`,
      ]
        .filter(Boolean)
        .join(', ')})`
    : '';
  return describeHolder(grant) + when;
}

function describeHolder(grant: Grant): string {
  switch (grant.scope) {
    case 'organization':
      return `${grant.roles.map(words).join(' / ')} of the organization${grant.permission ? ` holding ${grant.permission}` : ''}`;
    case 'manager':
      return `${grant.roles.map(words).join(' / ')} of a ${grant.managerKinds ? grant.managerKinds.map(words).join(' / ') : 'provider or partner'} managing it`;
    case 'managingOrganization':
      return `${grant.roles.map(words).join(' / ')} of the managing organization`;
    case 'team':
      return `team ${grant.roles.map(words).join(' / ')}`;
    case 'program':
      return `${grant.groups.map(words).join(' / ')} of the program`;
    case 'engagement':
      return `${grant.groups.map(words).join(' / ')} of the engagement${grant.ownOrganizationOnly ? ' (own organization only)' : ''}`;
    case 'audience':
      return `${grant.roles.map(words).join(' / ')} of an organization it is offered to`;
    case 'self':
      return 'the user itself';
  }
}
