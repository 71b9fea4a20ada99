import { validateOrReject, ValidationError, ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidatorFn } from 'type-graphql';

/** The options type-graphql's built-in validation uses, with unknown values allowed. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const validatable = (value: unknown): value is object =>
  value !== null && typeof value === 'object';

async function validateOne(value: object): Promise<void> {
  try {
    await validateOrReject(value, OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}

/**
 * Validates decorated input objects and argument classes with class-validator, imported once.
 * type-graphql's default validation loads class-validator with a dynamic `import()` on every
 * validated argument; this keeps its semantics (missing properties skipped, scalars and lists of
 * scalars passed through, ArgumentValidationError on failure) without that cost.
 */
export const validateArguments: ValidatorFn = async (value) => {
  if (Array.isArray(value)) {
    await Promise.all(value.filter(validatable).map(validateOne));
  } else if (validatable(value)) {
    await validateOne(value);
  }
};
