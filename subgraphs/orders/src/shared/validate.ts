import type { z } from 'zod';
import { badInput } from '@commerce/errors';

/**
 * Parses `value` or throws BAD_USER_INPUT naming the first bad field. Input is checked before
 * anything touches a store or another service, so bad input changes nothing.
 */
export function validate<T extends z.ZodTypeAny>(rule: T, value: unknown): z.infer<T> {
  const result = rule.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join('.') || 'input';
  throw badInput(`${field} ${issue.message}`, { field });
}
