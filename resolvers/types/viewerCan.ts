import { Field, ObjectType } from 'type-graphql';
import {
  VIEWER_CAN_RESOURCES,
  ViewerCanResource,
  viewerCanFields,
} from '../../src/permissions/viewerCan';

/**
 * One `<Resource>ViewerCan` object type per resource, its Boolean fields generated from the
 * permission matrix, so a new action appears in the API without writing it a second time.
 */
function viewerCanType(resource: ViewerCanResource) {
  class ViewerCan {}
  Object.defineProperty(ViewerCan, 'name', { value: `${resource}ViewerCan` });
  for (const { field, description } of viewerCanFields(resource)) {
    Field(() => Boolean, { description })(ViewerCan.prototype, field);
  }
  ObjectType(`${resource}ViewerCan`, {
    simpleResolvers: false, // its properties are promises of decisions (src/schema.ts)
    description: `What the viewer may do on this ${resource.toLowerCase()}, from the permission matrix; on an engagement a field is true only when its mutation would not refuse (join policy, feedback accepted, already participating or waiting for a decision).`,
  })(ViewerCan);
  return ViewerCan;
}

export const VIEWER_CAN_TYPES = Object.fromEntries(
  VIEWER_CAN_RESOURCES.map((r) => [r, viewerCanType(r)]),
) as Record<ViewerCanResource, new () => object>;

@ObjectType({
  description: 'What the viewer may do on this organization member.',
  simpleResolvers: false, // promises of decisions
})
export class OrganizationMemberViewerCan {
  @Field({ description: 'Change the role (R-PR-3; super admins: R-PA-1).' })
  changeRole!: boolean;

  @Field({ description: 'Offboard the member, or remove the partner employee (R-PA-7).' })
  remove!: boolean;

  @Field({ description: "Change a partner employee's permission set (R-PA-5)." })
  changePermissions!: boolean;

  @Field({ description: 'Switch yourself to partner admin (R-PA-8).' })
  switchToPartnerAdmin!: boolean;
}

@ObjectType({
  description: 'What the viewer may do on this group membership.',
  simpleResolvers: false, // promises of decisions
})
export class GroupMembershipViewerCan {
  @Field({ description: 'Remove it (R-PU-1, R-PU-2, R-EN-1).' })
  remove!: boolean;
}
