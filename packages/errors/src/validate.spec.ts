import { z } from 'zod';
import { AppError, ErrorCode } from './index';
import { validate } from './validate';

function failure(rule: z.ZodTypeAny, value: unknown): AppError {
  try {
    validate(rule, value);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('validate', () => {
  it('returns the parsed value', () => {
    expect(validate(z.object({ n: z.number().int() }), { n: 3 })).toEqual({ n: 3 });
  });

  it.each([
    [
      'a wrong type',
      z.object({ token: z.number() }),
      { token: 'tok_4242424242424242' },
      'token must be a number',
    ],
    [
      'a value outside an enum',
      z.object({ kind: z.enum(['A', 'B']) }),
      { kind: 'secret-value' },
      'kind must be one of A, B',
    ],
    ['a wrong literal', z.object({ v: z.literal(1) }), { v: 'secret-value' }, 'v has an unexpected value'],
    [
      'an unknown field',
      z.object({}).strict(),
      { password: 'secret-value' },
      'input has unknown fields: password',
    ],
    ['a missing field', z.object({ name: z.string() }), {}, 'name is required'],
  ])('names the field of %s without repeating the value received', (_, rule, value, message) => {
    const error = failure(rule, value);
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toBe(message);
    expect(error.message).not.toContain('secret-value');
    expect(error.message).not.toContain('4242');
  });

  it('does not quote unknown field names that could carry data', () => {
    const error = failure(z.object({}).strict(), { 'tok_4242 4242': 1 });
    expect(error.message).toBe('input has unknown fields');
  });

  it('uses the fallback field for an issue about the value as a whole', () => {
    const error = failure(z.object({ a: z.string() }), 'not an object');
    expect(error.details).toEqual({ field: 'input' });
    expect(() => validate(z.string(), 1, 'body')).toThrow('body must be a string');
  });
});
