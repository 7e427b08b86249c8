import type { z } from 'zod';
import { badInput } from './index';

/**
 * Parses `value` with a zod rule or throws BAD_USER_INPUT naming the first bad field
 * (`details.field`; `fallbackField` when the issue is about the value as a whole). Services check
 * input with it before anything touches a store or another service, so bad input changes nothing.
 */
export function validate<T extends z.ZodTypeAny>(
  rule: T,
  value: unknown,
  fallbackField = 'input',
): z.infer<T> {
  const result = rule.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.length > 0 ? issue.path.join('.') : fallbackField;
  throw badInput(`${field} ${issue.message}`, { field });
}
