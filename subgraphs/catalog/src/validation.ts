import { z } from 'zod';
import { badInput } from '@commerce/errors';
import { isUuid } from '@commerce/runtime';

/** Ids are UUIDs; anything else is refused before it reaches a store. */
export const uuidRule = z.string().refine(isUuid, 'is not a valid id');

export { validate } from '@commerce/errors';

/** BAD_USER_INPUT for an id argument that is not a UUID. */
export function requireUuid(value: unknown, field: string): string {
  if (!isUuid(value)) throw badInput(`${field} is not a valid id`, { field });
  return value;
}
