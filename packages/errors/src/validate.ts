import { z } from 'zod';
import { badInput } from './app-error';

/**
 * Parses `value` with a zod rule or throws BAD_USER_INPUT naming the first bad field
 * (`details.field`; `fallbackField` when the issue is about the value as a whole). Services check
 * input with it before anything touches a store or another service, so bad input changes nothing.
 * Messages never repeat the value received (a card token, a password typed in the wrong field).
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
  throw badInput(`${field} ${safeMessage(issue)}`, { field });
}

/** zod's own messages for some issues quote the received value; these say the same without it. */
function safeMessage(issue: z.ZodIssue): string {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return 'is required';
      // zod reports a float given to .int() as a type error carrying the rule's own message.
      return issue.expected === 'integer' ? issue.message : `must be a ${issue.expected}`;
    case z.ZodIssueCode.invalid_enum_value:
      return `must be one of ${issue.options.join(', ')}`;
    case z.ZodIssueCode.invalid_literal:
      return 'has an unexpected value';
    case z.ZodIssueCode.unrecognized_keys: {
      const named = issue.keys.filter((key) => /^[A-Za-z_][A-Za-z0-9_]{0,40}$/.test(key));
      return named.length === issue.keys.length
        ? `has unknown fields: ${named.join(', ')}`
        : 'has unknown fields';
    }
    default:
      return issue.message;
  }
}
