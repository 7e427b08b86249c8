import { DataSource } from 'typeorm';
import { Role } from '@commerce/auth';
import type { Logger } from '@commerce/logging';
import type { PasswordHasher } from './auth/password-hasher';
import { UserEntity } from './user/user.entity';

/**
 * Creates the first administrator from configuration when no account has that username yet. Runs at
 * every start and is a no-op after the first; an existing account is never modified.
 */
export async function ensureAdmin(
  dataSource: DataSource,
  hasher: PasswordHasher,
  admin: { username: string; email: string; password: string },
  logger: Logger,
): Promise<void> {
  const repo = dataSource.getRepository(UserEntity);
  const existing = await repo
    .createQueryBuilder('u')
    .where('lower(u.username) = lower(:username)', { username: admin.username })
    .getOne();
  if (existing) return;
  const passwordHash = await hasher.hash(admin.password);
  await repo
    .insert({
      username: admin.username,
      email: admin.email,
      passwordHash,
      roles: [Role.BUYER, Role.ADMIN],
    })
    .catch((error: { driverError?: { code?: string } }) => {
      if (error.driverError?.code !== '23505') throw error; // another replica created it first
    });
  logger.info({ username: admin.username }, 'administrator account created');
}
