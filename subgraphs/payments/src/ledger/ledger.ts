import type { DataSource, EntityManager } from 'typeorm';
import { returningRows } from '@commerce/database';
import type { AccountKind, AccountRef, Posting, PostingKind } from './posting';

/** A spend would take a wallet below zero. */
export class InsufficientFundsError extends Error {
  constructor(readonly accountId: string) {
    super('insufficient wallet balance');
    this.name = 'InsufficientFundsError';
  }
}

export interface WalletAccount extends AccountRef {
  ownerId: string;
  currency: string;
  balance: number;
}

export interface LedgerEntry {
  id: string;
  amount: number;
  kind: PostingKind;
  paymentId: string | null;
  refundId: string | null;
  createdAt: Date;
}

/**
 * The wallet ledger. Money only moves through `post`, which writes a balanced posting (two or more
 * entries summing to zero, also checked by a deferred trigger at commit) and, in the same transaction,
 * moves the cached wallet balances with a conditional UPDATE: under concurrent spending the row lock
 * serialises the spenders and the `balance + delta >= 0` condition is re-checked after each wait, so a
 * wallet can never go negative (the CHECK constraint is the backstop).
 */
export class Ledger {
  /** Platform account ids by kind and currency; they never change once created. */
  private readonly platform = new Map<string, string>();

  constructor(private readonly dataSource: DataSource) {}

  /** A platform account (holds, merchant payable, card funds), created on first use. */
  async platformAccount(kind: Exclude<AccountKind, 'WALLET'>, currency: string): Promise<AccountRef> {
    const cacheKey = `${kind}:${currency}`;
    let id = this.platform.get(cacheKey);
    if (!id) {
      // Outside the caller's transaction, so a rollback there cannot leave a cached id behind.
      await this.dataSource.query(
        `INSERT INTO ledger_accounts (kind, currency) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [kind, currency],
      );
      const [row] = await this.dataSource.query(
        'SELECT id FROM ledger_accounts WHERE kind = $1 AND owner_id IS NULL AND currency = $2',
        [kind, currency],
      );
      id = String(row.id);
      this.platform.set(cacheKey, id);
    }
    return { id, kind };
  }

  /** The user's wallet in `currency`, opened with a zero balance on first use. */
  async wallet(manager: EntityManager, ownerId: string, currency: string): Promise<WalletAccount> {
    const find = () =>
      manager.query(
        `SELECT id, balance FROM ledger_accounts WHERE kind = 'WALLET' AND owner_id = $1 AND currency = $2`,
        [ownerId, currency],
      );
    let [row] = await find();
    if (!row) {
      await manager.query(
        `INSERT INTO ledger_accounts (kind, owner_id, currency, balance) VALUES ('WALLET', $1, $2, 0)
         ON CONFLICT DO NOTHING`,
        [ownerId, currency],
      );
      [row] = await find();
    }
    return { id: String(row.id), kind: 'WALLET', ownerId, currency, balance: Number(row.balance) };
  }

  /**
   * Writes a posting in the caller's transaction and returns its ledger transaction id; throws
   * InsufficientFundsError (having written nothing) when a wallet would go below zero.
   */
  async post(manager: EntityManager, posting: Posting): Promise<string> {
    // Wallets in id order, so two postings touching the same wallets cannot deadlock.
    const walletLegs = posting.legs
      .filter((leg) => leg.account.kind === 'WALLET')
      .sort((a, b) => a.account.id.localeCompare(b.account.id));
    for (const leg of walletLegs) {
      const updated = await returningRows(
        manager,
        `UPDATE ledger_accounts SET balance = balance + $2
         WHERE id = $1 AND kind = 'WALLET' AND balance + $2 >= 0 RETURNING id`,
        [leg.account.id, leg.amount],
      );
      if (updated.length === 0) throw new InsufficientFundsError(leg.account.id);
    }
    const [transaction] = await manager.query(
      'INSERT INTO ledger_transactions (kind, payment_id, refund_id) VALUES ($1, $2, $3) RETURNING id',
      [posting.kind, posting.paymentId, posting.refundId],
    );
    const values: unknown[] = [transaction.id];
    const rows = posting.legs.map((leg, i) => {
      values.push(leg.account.id, leg.amount);
      return `($1, $${i * 2 + 2}, $${i * 2 + 3})`;
    });
    await manager.query(
      `INSERT INTO ledger_entries (transaction_id, account_id, amount) VALUES ${rows.join(', ')}`,
      values,
    );
    return String(transaction.id);
  }

  /** The wallet's entries, newest first, after the entry id `before` (keyset pagination). */
  async entries(accountId: string, limit: number, before: string | null): Promise<LedgerEntry[]> {
    const rows = await this.dataSource.query(
      `SELECT e.id, e.amount, e.created_at, t.kind, t.payment_id, t.refund_id
       FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id
       WHERE e.account_id = $1 AND ($2::bigint IS NULL OR e.id < $2::bigint)
       ORDER BY e.id DESC LIMIT $3`,
      [accountId, before, limit],
    );
    return rows.map((row: Record<string, unknown>) => ({
      id: String(row.id),
      amount: Number(row.amount),
      kind: row.kind as PostingKind,
      paymentId: (row.payment_id as string | null) ?? null,
      refundId: (row.refund_id as string | null) ?? null,
      createdAt: row.created_at as Date,
    }));
  }

  async entryCount(accountId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM ledger_entries WHERE account_id = $1',
      [accountId],
    );
    return row.n;
  }
}
