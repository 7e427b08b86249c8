import { z } from 'zod';
import { badInput } from '@commerce/errors';
import { isUuid } from '@commerce/runtime';

/** Ids are UUIDs; anything else is refused before it reaches a store. */
export const uuidRule = z.string().refine(isUuid, 'is not a valid id');

/** Parses `value` or throws BAD_USER_INPUT naming the first bad field (`details.field`). */
export function validate<T extends z.ZodTypeAny>(rule: T, value: unknown): z.infer<T> {
  const result = rule.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join('.') || 'input';
  throw badInput(`${field} ${issue.message}`, { field });
}

/** BAD_USER_INPUT for an id argument that is not a UUID. */
export function requireUuid(value: unknown, field: string): string {
  if (!isUuid(value)) throw badInput(`${field} is not a valid id`, { field });
  return value;
}
