import type { UsersContext } from '../context';
import type { UserEntity } from './user.entity';
import { isUuid } from '@commerce/runtime';

/** Resolves `User` references from other subgraphs; all references of one request share one query. */
export async function resolveUserReference(
  reference: { id: string },
  ctx: UsersContext,
): Promise<UserEntity | null> {
  if (!isUuid(reference.id)) return null;
  return ctx.loaders.userById.load(reference.id);
}
