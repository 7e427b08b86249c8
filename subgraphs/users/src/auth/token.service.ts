import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { EntityManager, IsNull } from 'typeorm';
import { unauthenticated } from '@commerce/errors';
import type { Role } from '@commerce/auth';
import type { Logger } from '@commerce/logging';
import { RefreshTokenEntity } from './refresh-token.entity';
import { hashToken, judgeRefreshToken, newRefreshToken } from './refresh-token-rules';
import type { SigningKeyStore } from './signing-keys';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Access token lifetime in seconds. */
  expiresIn: number;
}

export type SpendResult = { reused: true } | { reused: false; userId: string; familyId: string };

export interface TokenSettings {
  issuer: string;
  audience: string;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
}

/**
 * Issues short-lived RS256 access tokens and rotating refresh tokens.
 * A refresh token is `<id>.<secret>`; only its sha256 is stored. Spending one issues the next in the
 * same family; presenting a spent one again revokes the family (the token was stolen or replayed).
 */
export class TokenService {
  constructor(
    private readonly keys: SigningKeyStore,
    private readonly settings: TokenSettings,
    private readonly logger: Logger,
  ) {}

  /** A new login: a new family. */
  async issue(manager: EntityManager, user: { id: string; roles: Role[] }): Promise<TokenPair> {
    return this.issueInFamily(manager, user, randomUUID());
  }

  async accessToken(user: { id: string; roles: Role[] }): Promise<string> {
    const key = await this.keys.activeKey();
    return jwt.sign({ roles: user.roles, typ: 'access' }, key.privateKey, {
      algorithm: 'RS256',
      keyid: key.kid,
      subject: user.id,
      issuer: this.settings.issuer,
      audience: this.settings.audience,
      expiresIn: this.settings.accessTtlSeconds,
      jwtid: randomUUID(),
    });
  }

  /**
   * Spends `presented` inside the caller's transaction. Returns the user and family to continue, or
   * `reused` when the token was already spent or revoked: the family is then revoked in the same
   * transaction, and the caller must commit before refusing the request so the revocation sticks.
   */
  async spend(manager: EntityManager, presented: string): Promise<SpendResult> {
    const repo = manager.getRepository(RefreshTokenEntity);
    const token = await repo.findOne({
      where: { tokenHash: hashToken(presented) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!token) throw unauthenticated('Invalid refresh token');
    const verdict = judgeRefreshToken(token, new Date());
    if (verdict === 'reused') {
      await this.revokeFamily(manager, token.familyId);
      this.logger.warn(
        { userId: token.userId, familyId: token.familyId },
        'refresh token reuse: family revoked',
      );
      return { reused: true };
    }
    if (verdict === 'expired') throw unauthenticated('Refresh token expired');
    await repo.update({ id: token.id }, { usedAt: new Date() });
    return { reused: false, userId: token.userId, familyId: token.familyId };
  }

  async issueInFamily(
    manager: EntityManager,
    user: { id: string; roles: Role[] },
    familyId: string,
  ): Promise<TokenPair> {
    const { id, token: refreshToken } = newRefreshToken();
    await manager.getRepository(RefreshTokenEntity).insert({
      id,
      familyId,
      userId: user.id,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(Date.now() + this.settings.refreshTtlSeconds * 1000),
    });
    return {
      accessToken: await this.accessToken(user),
      refreshToken,
      expiresIn: this.settings.accessTtlSeconds,
    };
  }

  /** Logout: the family of `presented` can no longer refresh. Unknown tokens are ignored. */
  async revokeByToken(manager: EntityManager, presented: string, userId?: string): Promise<boolean> {
    const token = await manager
      .getRepository(RefreshTokenEntity)
      .findOneBy({ tokenHash: hashToken(presented) });
    if (!token || (userId && token.userId !== userId)) return false;
    await this.revokeFamily(manager, token.familyId);
    return true;
  }

  async revokeAllOfUser(manager: EntityManager, userId: string): Promise<void> {
    await manager
      .getRepository(RefreshTokenEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager
      .getRepository(RefreshTokenEntity)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
