export { startUsersService } from './users-service';
export type { UsersService, UsersDependencies } from './users-service';
export { loadUsersConfig, usersConfigShape } from './config';
export type { UsersConfig } from './config';
export { buildUsersSchema } from './schema';
