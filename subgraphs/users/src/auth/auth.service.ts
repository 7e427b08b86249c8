import { DataSource } from 'typeorm';
import { UserRegistered } from '@commerce/contracts';
import { Role, requireUser, RequestContext } from '@commerce/auth';
import { badInput, unauthenticated } from '@commerce/errors';
import type { OutboxWriter } from '@commerce/events';
import { UserEntity } from '../user/user.entity';
import { rethrowUniqueViolation } from '../user/unique-violation';
import { signUpRule, validate } from '../user/user.validation';
import type { LoginLimiter } from './login-limiter';
import type { PasswordHasher } from './password-hasher';
import type { TokenPair, TokenService } from './token.service';

export interface AuthResult extends TokenPair {
  user: UserEntity;
}

export interface SignUpInput {
  username: string;
  email: string;
  password: string;
  phoneNumber?: string | null;
}

export interface AuthServiceDeps {
  dataSource: DataSource;
  outbox: OutboxWriter;
  hasher: PasswordHasher;
  tokens: TokenService;
  limiter: LoginLimiter;
}

/** Sign-up, login, refresh rotation and logout. */
export class AuthService {
  constructor(private readonly deps: AuthServiceDeps) {}

  async signUp(ctx: RequestContext, raw: SignUpInput): Promise<AuthResult> {
    const input = validate(signUpRule, raw);
    // Hash before the transaction: argon2 is deliberately slow and must not hold a connection.
    const passwordHash = await this.deps.hasher.hash(input.password);
    return this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const repo = manager.getRepository(UserEntity);
      const user = await repo
        .save(
          repo.create({
            username: input.username,
            email: input.email,
            phoneNumber: input.phoneNumber ?? null,
            passwordHash,
            roles: [Role.BUYER],
          }),
        )
        .catch(rethrowUniqueViolation);
      await this.deps.outbox.record(manager, UserRegistered, {
        userId: user.id,
        username: user.username,
        email: input.email,
        roles: user.roles,
      });
      return { user, ...(await this.deps.tokens.issue(manager, user)) };
    });
  }

  /** Login by username or email (case-insensitive), rate-limited per IP and per account. */
  async login(ctx: RequestContext, usernameOrEmail: string, password: string): Promise<AuthResult> {
    if (typeof usernameOrEmail !== 'string' || usernameOrEmail.length === 0 || usernameOrEmail.length > 254) {
      throw badInput('usernameOrEmail must be 1 to 254 characters', { field: 'usernameOrEmail' });
    }
    if (typeof password !== 'string' || password.length > 128) throw unauthenticated('Invalid credentials');
    const account = usernameOrEmail.trim().toLowerCase();
    await this.deps.limiter.beforeAttempt(ctx.ip, account);
    const user = await this.deps.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.deleted_at IS NULL AND (lower(u.username) = :account OR lower(u.email) = :account)', {
        account,
      })
      .getOne();
    const ok = await this.deps.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      await this.deps.limiter.failed(account);
      // One message for unknown account and wrong password: no account enumeration.
      throw unauthenticated('Invalid credentials');
    }
    await this.deps.limiter.succeeded(account);
    const pair = await this.deps.dataSource.transaction((manager) => this.deps.tokens.issue(manager, user));
    return { user, ...pair };
  }

  /** Rotates a refresh token: the presented one is spent, a new pair is issued with current roles. */
  async refresh(ctx: RequestContext, refreshToken: string): Promise<AuthResult> {
    if (typeof refreshToken !== 'string' || refreshToken.length > 200)
      throw unauthenticated('Invalid refresh token');
    const outcome = await this.deps.dataSource.transaction(async (manager) => {
      const spent = await this.deps.tokens.spend(manager, refreshToken);
      if (spent.reused) return null;
      const user = await manager.getRepository(UserEntity).findOneBy({ id: spent.userId });
      if (!user || user.deletedAt) throw unauthenticated('Account no longer exists');
      return { user, ...(await this.deps.tokens.issueInFamily(manager, user, spent.familyId)) };
    });
    // Thrown after commit so the family revocation is kept.
    if (!outcome) throw unauthenticated('Refresh token was already used; please log in again');
    return outcome;
  }

  /** Ends the session the refresh token belongs to. Answers true even for unknown tokens (idempotent). */
  async logout(ctx: RequestContext, refreshToken: string): Promise<boolean> {
    if (typeof refreshToken !== 'string' || refreshToken.length > 200) return true;
    await this.deps.dataSource.transaction((manager) =>
      this.deps.tokens.revokeByToken(manager, refreshToken, ctx.user?.id),
    );
    return true;
  }

  /** A fresh access token for the caller (used after role changes). */
  async currentAccessToken(ctx: RequestContext): Promise<string> {
    return this.deps.tokens.accessToken(requireUser(ctx));
  }
}
