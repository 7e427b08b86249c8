import { QueryFailedError } from 'typeorm';
import { AppError } from '@commerce/errors';
import { thrownBy } from '@commerce/testing';
import { rethrowUniqueViolation } from './unique-violation';

function driverFailure(driverError: { code?: string; constraint?: string }): QueryFailedError {
  return new QueryFailedError('INSERT INTO users ...', [], Object.assign(new Error('failed'), driverError));
}

describe('rethrowUniqueViolation', () => {
  it.each([
    ['users_username_lower', 'username'],
    ['users_email_lower', 'email'],
  ])('turns a violation of %s into CONFLICT naming %s', (constraint, field) => {
    const error = thrownBy(
      () => rethrowUniqueViolation(driverFailure({ code: '23505', constraint })),
      AppError,
    );
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: `${field} is already taken`,
      details: { field },
    });
  });

  it('rethrows a unique violation of another index unchanged (a bug, not the caller’s input)', () => {
    const failure = driverFailure({ code: '23505', constraint: 'refresh_tokens_pkey' });
    expect(thrownBy(() => rethrowUniqueViolation(failure), QueryFailedError)).toBe(failure);
  });

  it('rethrows other database errors and non-database errors unchanged', () => {
    const notNull = driverFailure({ code: '23502', constraint: 'users_username_lower' });
    expect(thrownBy(() => rethrowUniqueViolation(notNull), QueryFailedError)).toBe(notNull);
    const plain = new TypeError('boom');
    expect(thrownBy(() => rethrowUniqueViolation(plain), TypeError)).toBe(plain);
  });
});
