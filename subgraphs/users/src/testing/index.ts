/** Test helpers other packages' suites use, imported as `@commerce/users/testing` (never built or shipped). */
export { startUsersHarness } from './users-harness';
export type { UsersHarness } from './users-harness';
