import { EngagementGroup } from '../../entities/enums';
import type { ActionOn } from './matrix';

const ADD_ACTION: Record<EngagementGroup, ActionOn<'Engagement'>> = {
  [EngagementGroup.PARTICIPANT]: 'engagement.addParticipants',
  [EngagementGroup.POWER_USER]: 'engagement.addPowerUsers',
  [EngagementGroup.ENGAGEMENT_OWNER]: 'engagement.manageOwners',
};
const REMOVE_ACTION: Record<EngagementGroup, ActionOn<'Engagement'>> = {
  [EngagementGroup.PARTICIPANT]: 'engagement.removeParticipants',
  [EngagementGroup.POWER_USER]: 'engagement.removePowerUsers',
  [EngagementGroup.ENGAGEMENT_OWNER]: 'engagement.manageOwners',
};

/** The action that adds (or removes) members of one engagement group; read off the matrix rows. */
export function engagementGroupAction(
  group: EngagementGroup,
  change: 'add' | 'remove',
): ActionOn<'Engagement'> {
  return (change === 'add' ? ADD_ACTION : REMOVE_ACTION)[group];
}
