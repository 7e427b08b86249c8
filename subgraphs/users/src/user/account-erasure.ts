import type { UserEntity } from './user.entity';

/** The columns an erased account keeps or loses. */
export type ErasedAccount = Pick<
  UserEntity,
  | 'username'
  | 'email'
  | 'phoneNumber'
  | 'passwordHash'
  | 'sellerDisplayName'
  | 'sellerDescription'
  | 'roles'
  | 'deletedAt'
>;

/**
 * What erasure (GDPR art. 17) writes over an account: every personal field goes, the row stays so
 * orders and reviews keep a buyer, and the username becomes `deleted-<id>` (unique, says nothing about
 * the person, and frees the old name and email for new accounts). No roles: it can do nothing.
 */
export function erasedAccount(userId: string, now: Date): ErasedAccount {
  return {
    username: `deleted-${userId}`,
    email: null,
    phoneNumber: null,
    passwordHash: null,
    sellerDisplayName: null,
    sellerDescription: null,
    roles: [],
    deletedAt: now,
  };
}
