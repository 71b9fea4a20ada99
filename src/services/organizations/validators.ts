import { BadUserInputError } from '../../errors';
import { boundedText } from '../common/text';

export const MAX_SEATS = 1_000_000;

/** Pure validators: they return clean values or throw BAD_USER_INPUT naming the field. */
export function validateSeatCount(seats: number, field = 'assigned'): number {
  if (!Number.isInteger(seats) || seats < 0 || seats > MAX_SEATS) {
    throw new BadUserInputError(`${field} must be a whole number from 0 to ${MAX_SEATS}.`, field);
  }
  return seats;
}

export function validateOrganizationName(raw: string): string {
  return boundedText(raw, 'name', { max: 200, singleLine: true });
}

export function validateClientInput(input: { name: string; seats: number }) {
  return {
    name: validateOrganizationName(input.name),
    seats: validateSeatCount(input.seats, 'seats'),
  };
}
