import { Action, ACTIONS, definitionOf } from './matrix';

/** Resources that expose `viewerCan`: a boolean per action of the matrix that applies there. */
export const VIEWER_CAN_RESOURCES = [
  'Organization',
  'Team',
  'Program',
  'Engagement',
  'AccessReview',
] as const;
export type ViewerCanResource = (typeof VIEWER_CAN_RESOURCES)[number];

export interface ViewerCanField {
  field: string;
  action: Action;
  description: string;
}

/**
 * Actions on records inside a resource, asked at the resource's scope: "may the viewer decide
 * access requests of this engagement" (a Power User: its own organization's ones).
 */
const NESTED: Partial<Record<ViewerCanResource, Record<string, Action>>> = {
  Engagement: { decideAccessRequests: 'accessRequest.decide' },
};

/** The `viewerCan` fields of a resource, read off the matrix (`engagement.addParticipants` → `addParticipants`). */
export function viewerCanFields(resource: ViewerCanResource): ViewerCanField[] {
  const own = ACTIONS.filter((a) => definitionOf(a).resource === resource).map((action) => ({
    field: action.slice(action.indexOf('.') + 1),
    action,
    description: `${definitionOf(action).description} (${definitionOf(action).rules.join(', ')})`,
  }));
  const nested = Object.entries(NESTED[resource] ?? {}).map(([field, action]) => ({
    field,
    action,
    description: `${definitionOf(action).description} (${definitionOf(action).rules.join(', ')})`,
  }));
  return [...own, ...nested];
}
