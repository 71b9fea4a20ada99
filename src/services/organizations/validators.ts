import { BadUserInputError } from '../../errors';

export const MAX_SEATS = 1_000_000;

/** Pure validators: they return clean values or throw BAD_USER_INPUT naming the field. */
export function validateSeatCount(seats: number, field = 'assigned'): number {
  if (!Number.isInteger(seats) || seats < 0 || seats > MAX_SEATS) {
    throw new BadUserInputError(`${field} must be a whole number from 0 to ${MAX_SEATS}.`, field);
  }
  return seats;
}

export function validateOrganizationName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length < 1 || name.length > 200) {
    throw new BadUserInputError('name must have 1 to 200 characters.', 'name');
  }
  return name;
}

export function validateClientInput(input: { name: string; seats: number }) {
  return {
    name: validateOrganizationName(input.name),
    seats: validateSeatCount(input.seats, 'seats'),
  };
}
