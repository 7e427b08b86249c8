import type { Role } from '@commerce/auth';

/**
 * The roles an account holds after being given `role`: appended once, earlier roles kept in their
 * order; `null` when it already holds it, so granting twice writes nothing and publishes nothing.
 * Roles are only ever added here: the API has no revocation, and erasure clears them all at once.
 */
export function rolesWith(roles: readonly Role[], role: Role): Role[] | null {
  return roles.includes(role) ? null : [...roles, role];
}
