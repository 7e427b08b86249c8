export { usersSubgraph } from './server';
export type { RunningUsers } from './server';
export { loadUsersConfig, usersConfigShape } from './config';
export type { UsersConfig } from './config';
export { buildUsersSchema } from './schema';
