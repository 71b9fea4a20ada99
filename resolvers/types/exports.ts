import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DirectoryFilterInput } from './directory';

export enum ExportKind {
  ORGANIZATION_DIRECTORY = 'ORGANIZATION_DIRECTORY',
  ENGAGEMENT_PARTICIPANTS = 'ENGAGEMENT_PARTICIPANTS',
}

registerEnumType(ExportKind, {
  name: 'ExportKind',
  description:
    'ORGANIZATION_DIRECTORY: the filtered user directory (R-DI-3); ENGAGEMENT_PARTICIPANTS: the participant list (R-MB-3).',
});

@InputType()
export class CreateExportLinkInput {
  @Field(() => ExportKind)
  kind!: ExportKind;

  @Field(() => ID, { nullable: true, description: 'For ORGANIZATION_DIRECTORY.' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For ENGAGEMENT_PARTICIPANTS.' })
  engagementId?: string | null;

  @Field(() => DirectoryFilterInput, {
    nullable: true,
    description: 'The directory filter (ORGANIZATION_DIRECTORY only), fixed into the link.',
  })
  filter?: DirectoryFilterInput | null;
}

@ObjectType()
export class CreateExportLinkPayload {
  @Field({
    description:
      'GET it without an Authorization header (a plain link): the CSV, as an attachment. Works for this viewer, this export and these filters only, until expiresAt.',
  })
  url!: string;

  @Field()
  expiresAt!: Date;
}
