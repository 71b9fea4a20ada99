import {
  getMetadataStorage,
  validateOrReject,
  ValidationError,
  ValidatorOptions,
} from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidatorFn } from 'type-graphql';

/** The options type-graphql's built-in validation uses, with unknown values allowed. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const validatable = (value: unknown): value is object =>
  value !== null && typeof value === 'object';

/** One `@Min`/`@Max` constraint of a class, checked as class-validator checks it. */
interface Bound {
  property: string;
  holds: (value: number) => boolean;
}

const BOUNDS: Record<string, (limit: number) => (value: number) => boolean> = {
  min: (limit) => (value) => value >= limit,
  max: (limit) => (value) => value <= limit,
};

/**
 * A class's constraints when all of them are plain `@Min`/`@Max` (the paging arguments of every
 * connection, issue 17), else null: class-validator runs for everything else.
 */
function boundsOf(target: abstract new () => unknown): Bound[] | null {
  const bounds: Bound[] = [];
  for (const m of getMetadataStorage().getTargetValidationMetadatas(target, '', true, false)) {
    const bound = m.name ? BOUNDS[m.name] : undefined;
    const plain = m.type === 'customValidation' && !m.each && !m.groups?.length && !m.always;
    if (!bound || !plain || typeof m.constraints?.[0] !== 'number') return null;
    bounds.push({ property: m.propertyName, holds: bound(m.constraints[0] as number) });
  }
  return bounds;
}

const boundsByClass = new Map<unknown, Bound[] | null>();

/** Whether `value` passes its class's bounds without class-validator (false: ask it). */
function passesBounds(value: object): boolean {
  const target = value.constructor as abstract new () => unknown;
  let bounds = boundsByClass.get(target);
  if (bounds === undefined) boundsByClass.set(target, (bounds = boundsOf(target)));
  if (!bounds) return false;
  // skipMissingProperties: null and undefined pass; class-validator's min/max want a number.
  return bounds.every(({ property, holds }) => {
    const v = (value as Record<string, unknown>)[property];
    return v === null || v === undefined || (typeof v === 'number' && holds(v));
  });
}

async function validateOne(value: object): Promise<void> {
  if (passesBounds(value)) return;
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
 * scalars passed through, ArgumentValidationError on failure) without that cost. A class whose
 * only constraints are `@Min`/`@Max` is checked directly when its values are in bounds; a value
 * out of bounds still goes through class-validator, so the error is the one it reports.
 */
export const validateArguments: ValidatorFn = async (value) => {
  if (Array.isArray(value)) {
    await Promise.all(value.filter(validatable).map(validateOne));
  } else if (validatable(value)) {
    await validateOne(value);
  }
};
