import { defineError } from '../../errors';

/** Named errors of `explainAccess` (ExplainService). */

export const explainResourceTypeMismatch = defineError(
  'BAD_USER_INPUT',
  'EXPLAIN_RESOURCE_TYPE_MISMATCH',
  '`resourceId` is not an id of the resource type the action applies to.',
  (action: string, type: string) => ({
    message: `${action} applies to a ${type}; give a ${type} id.`,
    details: { field: 'resourceId' },
  }),
);

export const explainAboutOthersForbidden = defineError(
  'FORBIDDEN',
  'EXPLAIN_ABOUT_OTHERS_FORBIDDEN',
  "Only those who administer the resource may ask about another user's access to it.",
  (type: string, admin?: { description: string; rule: string }) =>
    admin
      ? {
          message: `Only those who may ${admin.description.toLowerCase()} ask about others here.`,
          details: { rule: admin.rule },
        }
      : `Nobody may ask about others on a ${type}; ask about yourself.`,
);
