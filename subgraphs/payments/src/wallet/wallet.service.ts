import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { requireUser } from '@commerce/auth';
import type { RateLimiter } from '@commerce/cache';
import { badInput, rateLimited } from '@commerce/errors';
import type { Logger } from '@commerce/logging';
import { decodeCursor, encodeCursor, pageSize } from '@commerce/graphql';
import type { CallContext } from '../call-context';
import type { Ledger, LedgerEntry, WalletAccount } from '../ledger/ledger';
import { PaymentStatus } from '../payment/payment-state';
import { cardTokenRule, idempotencyKeyRule, validate } from '../payment/payment.validation';
import type { PaymentService } from '../payment/payment.service';
import { paymentDeclined } from '../payment/payment-store';

const topUpRule = z.object({ cardToken: cardTokenRule, idempotencyKey: idempotencyKeyRule.optional() });

interface WalletSettings {
  currency: string;
  topUpMin: number;
  topUpMax: number;
  /** Top-up attempts per user and hour: card testers use top-ups to try stolen cards. */
  topUpAttemptsPerHour: number;
}

/** A wallet movement: a ledger entry of the wallet account, with its signed amount. */
interface WalletMovement extends Omit<LedgerEntry, 'amount'> {
  amount: { amount: number; currency: string };
}

export interface WalletPage {
  edges: { cursor: string; node: WalletMovement }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface WalletServiceDeps {
  dataSource: DataSource;
  ledger: Ledger;
  payments: PaymentService;
  /** Counts top-up attempts per buyer (WALLET_TOPUP_ATTEMPTS_PER_HOUR). */
  limiter: RateLimiter;
  settings: WalletSettings;
  logger: Logger;
}

/**
 * The buyer's wallet: its balance (the cached, ledger-maintained one), its history (ledger entries)
 * and top-ups by card. A top-up is a card payment (authorize + capture through the configured card
 * provider); only a captured top-up posts to the ledger, so a decline changes no balance.
 */
export class WalletService {
  constructor(private readonly deps: WalletServiceDeps) {}

  /** The caller's wallet in the default currency, opened on first use. */
  async myWallet(ctx: CallContext): Promise<WalletAccount> {
    const caller = requireUser(ctx);
    return this.deps.ledger.wallet(this.deps.dataSource.manager, caller.id, this.deps.settings.currency);
  }

  async topUp(
    ctx: CallContext,
    amount: number,
    cardToken: string,
    idempotencyKey?: string | null,
  ): Promise<WalletAccount> {
    const caller = requireUser(ctx);
    const { topUpMin, topUpMax, currency } = this.deps.settings;
    if (!Number.isInteger(amount) || amount < topUpMin || amount > topUpMax) {
      throw badInput(`amount must be between ${topUpMin} and ${topUpMax} minor units`, { field: 'amount' });
    }
    const input = validate(topUpRule, { cardToken, idempotencyKey: idempotencyKey ?? undefined });
    const token = input.cardToken;
    const key = input.idempotencyKey ?? randomUUID();
    const verdict = await this.deps.limiter.hit(caller.id, {
      limit: this.deps.settings.topUpAttemptsPerHour,
      windowSeconds: 3600,
    });
    if (!verdict.allowed) throw rateLimited(verdict.retryAfterSeconds);

    const payment = await this.deps.payments.authorize(ctx, {
      purpose: 'WALLET_TOP_UP',
      orderId: null,
      buyerId: caller.id,
      amount: { amount, currency },
      method: { type: 'CARD', cardToken: token },
      idempotencyKey: `topup:${caller.id}:${key}`,
    });
    if (payment.status === PaymentStatus.FAILED) throw paymentDeclined(payment);
    if (payment.status === PaymentStatus.PENDING) {
      // The card wants 3-D Secure: top-ups have no page to send the buyer to, so the hold is released.
      const voided = await this.deps.payments.void(ctx, payment.id);
      throw paymentDeclined({ ...voided, failureReason: 'authentication_required' });
    }
    try {
      await this.deps.payments.capture(ctx, payment.id);
    } catch (error) {
      // Never leave the buyer's card on hold for a top-up that did not happen.
      await this.deps.payments
        .void(ctx, payment.id)
        .catch((voidError: unknown) =>
          this.deps.logger.error({ err: voidError, paymentId: payment.id }, 'could not void a failed top-up'),
        );
      throw error;
    }
    return this.myWallet(ctx);
  }

  /** The wallet's movements, newest first (Relay connection, keyset on the entry id). */
  async transactions(
    wallet: WalletAccount,
    first?: number | null,
    after?: string | null,
  ): Promise<WalletPage> {
    const limit = pageSize(first);
    const position = decodeCursor(after, 1);
    const before = position ? String(position[0]) : null;
    if (before !== null && !/^\d{1,18}$/.test(before)) {
      throw badInput('after is not a valid cursor', { field: 'after' });
    }
    const [rows, totalCount] = await Promise.all([
      this.deps.ledger.entries(wallet.id, limit + 1, before),
      this.deps.ledger.entryCount(wallet.id),
    ]);
    const page = rows.slice(0, limit);
    const edges = page.map((entry) => ({
      cursor: encodeCursor([entry.id]),
      node: { ...entry, amount: { amount: entry.amount, currency: wallet.currency } },
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }
}
