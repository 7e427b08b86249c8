import { QueryFailedError } from 'typeorm';
import { conflict } from '@commerce/errors';

const FIELD_BY_INDEX: Record<string, string> = {
  users_username_lower: 'username',
  users_email_lower: 'email',
};

/**
 * Turns a unique-index violation into CONFLICT naming the field. The database is the arbiter (two
 * sign-ups racing for one username cannot both pass a read-then-write check).
 */
export function rethrowUniqueViolation(error: unknown): never {
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; constraint?: string };
    const field = driverError.constraint ? FIELD_BY_INDEX[driverError.constraint] : undefined;
    if (driverError.code === '23505' && field) {
      throw conflict(`${field} is already taken`, { field });
    }
  }
  throw error;
}
