import { DataSource, EntityManager, In } from 'typeorm';
import { type EventInput, UserDeleted, UserRoleGranted, UserUpdated } from '@commerce/contracts';
import { Role, requireUser, RequestContext } from '@commerce/auth';
import { notFound, unauthenticated, forbidden } from '@commerce/errors';
import type { OutboxWriter } from '@commerce/events';
import { AddressEntity } from '../address/address.entity';
import type { PasswordHasher } from '../auth/password-hasher';
import type { TokenService } from '../auth/token.service';
import { UserEntity } from './user.entity';
import { erasedAccount } from './account-erasure';
import { rolesWith } from './role-rules';
import { rethrowUniqueViolation } from './unique-violation';
import { sellerProfileRule, updateProfileRule, validate } from './user.validation';

export interface ProfileChanges {
  username?: string | null;
  email?: string | null;
  phoneNumber?: string | null;
}

export interface UserServiceDeps {
  dataSource: DataSource;
  outbox: OutboxWriter;
  hasher: PasswordHasher;
  tokens: TokenService;
}

/** Accounts after sign-up: profile, seller profile, roles, erasure. */
export class UserService {
  constructor(private readonly deps: UserServiceDeps) {}

  /** One query for many ids (entity references, DataLoader); missing ids are simply absent. */
  async findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return [];
    return this.deps.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
  }

  /** The caller's own account, or null when it was deleted since its token was issued. */
  async me(ctx: RequestContext): Promise<UserEntity | null> {
    const caller = requireUser(ctx);
    const user = await this.deps.dataSource.getRepository(UserEntity).findOneBy({ id: caller.id });
    return user && !user.deletedAt ? user : null;
  }

  async updateProfile(ctx: RequestContext, changes: ProfileChanges): Promise<UserEntity> {
    const caller = requireUser(ctx);
    const input = validate(updateProfileRule, changes);
    return this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const user = await this.lockActive(manager, caller.id);
      if (input.username) user.username = input.username;
      if (input.email) user.email = input.email;
      if (input.phoneNumber !== undefined) user.phoneNumber = input.phoneNumber ?? null;
      const saved = await manager.save(user).catch(rethrowUniqueViolation);
      await this.deps.outbox.record(manager, UserUpdated, updatedData(saved));
      return saved;
    });
  }

  /** Adds SELLER and the seller profile; calling it again updates the profile. */
  async becomeSeller(ctx: RequestContext, profile: { displayName: string; description?: string | null }) {
    const caller = requireUser(ctx);
    const input = validate(sellerProfileRule, profile);
    return this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const user = await this.lockActive(manager, caller.id);
      const roles = rolesWith(user.roles, Role.SELLER);
      user.sellerDisplayName = input.displayName;
      user.sellerDescription = input.description ?? null;
      if (roles) user.roles = roles;
      const saved = await manager.save(user);
      if (roles)
        await this.deps.outbox.record(manager, UserRoleGranted, { userId: user.id, role: Role.SELLER });
      await this.deps.outbox.record(manager, UserUpdated, updatedData(saved));
      return saved;
    });
  }

  /** ADMIN only (checked by the resolver). Idempotent: granting a held role changes nothing. */
  async grantRole(ctx: RequestContext, userId: string, role: Role): Promise<UserEntity> {
    requireUser(ctx);
    return this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const user = await this.lockActive(manager, userId);
      const roles = rolesWith(user.roles, role);
      if (!roles) return user;
      user.roles = roles;
      const saved = await manager.save(user);
      await this.deps.outbox.record(manager, UserRoleGranted, { userId, role });
      return saved;
    });
  }

  /**
   * Erasure of personal data (GDPR art. 17): the row stays, anonymised, so orders and reviews keep a
   * buyer; addresses and sessions go; consumers are told to erase their copies.
   */
  async deleteAccount(ctx: RequestContext, password: string): Promise<boolean> {
    const caller = requireUser(ctx);
    if (typeof password !== 'string' || password.length > 128) throw unauthenticated('Wrong password');
    const stored = await this.deps.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id AND u.deleted_at IS NULL', { id: caller.id })
      .getOne();
    if (!stored) throw notFound('User');
    if (!(await this.deps.hasher.verify(stored.passwordHash, password))) throw forbidden('Wrong password');
    await this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const user = await this.lockActive(manager, caller.id);
      await manager.getRepository(UserEntity).update({ id: user.id }, erasedAccount(user.id, new Date()));
      await manager.getRepository(AddressEntity).delete({ userId: user.id });
      await this.deps.tokens.revokeAllOfUser(manager, user.id);
      await this.deps.outbox.record(manager, UserDeleted, { userId: user.id });
    });
    return true;
  }

  private async lockActive(manager: EntityManager, id: string): Promise<UserEntity> {
    const user = await manager
      .getRepository(UserEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user || user.deletedAt) throw notFound('User');
    return user;
  }
}

/** `user.updated` (@commerce/contracts users.ts): the email travels for notifications; null once erased. */
function updatedData(user: UserEntity): EventInput<typeof UserUpdated> {
  return { userId: user.id, username: user.username, email: user.email, roles: user.roles };
}
