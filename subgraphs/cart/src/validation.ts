import { z } from 'zod';
import { badInput } from '@commerce/errors';

/**
 * Parses `value` or throws BAD_USER_INPUT naming the first bad field. Checked before anything touches
 * the store or the catalog, so bad input changes nothing and costs nothing.
 */
export function validate<T extends z.ZodTypeAny>(rule: T, value: unknown, field = 'input'): z.infer<T> {
  const result = rule.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = issue.path.length > 0 ? issue.path.join('.') : field;
  throw badInput(`${name} ${issue.message}`, { field: name });
}
