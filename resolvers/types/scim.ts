import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ScimToken } from '../../entities';
import { connectionOfType } from './connections';

export const ScimTokenConnection = connectionOfType(ScimToken);

@InputType()
export class CreateScimTokenInput {
  @Field(() => ID)
  organizationId!: string;

  @Field({ description: 'A label, e.g. the identity provider (at most 100 characters).' })
  name!: string;
}

@ObjectType()
export class CreateScimTokenPayload {
  @Field(() => ScimToken)
  scimToken!: ScimToken;

  @Field({
    description:
      'The bearer secret for /scim/v2, shown this once: only its hash is stored. Put it into the identity provider now.',
  })
  secret!: string;
}

@InputType()
export class RevokeScimTokenInput {
  @Field(() => ID)
  scimTokenId!: string;
}

@ObjectType()
export class RevokeScimTokenPayload {
  @Field(() => ScimToken)
  scimToken!: ScimToken;
}
