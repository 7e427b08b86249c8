import type { Client } from 'pg';

export interface LedgerReport {
  /** Movements whose entries do not sum to zero, or that have fewer than two entries. */
  unbalanced: string[];
  /** Wallets whose cached balance differs from the sum of their entries. */
  drifted: { id: string; cached: number; recomputed: number }[];
  negativeWallets: string[];
  /** Sum of every entry in the ledger: zero in a closed double-entry system. */
  total: number;
}

/** Recomputes everything the ledger promises from its entries alone. */
export async function checkLedger(db: Client): Promise<LedgerReport> {
  const unbalanced = await db.query(
    `SELECT transaction_id FROM ledger_entries GROUP BY transaction_id HAVING sum(amount) <> 0 OR count(*) < 2`,
  );
  const drifted = await db.query(
    `SELECT a.id, a.balance AS cached, coalesce(sum(e.amount), 0) AS recomputed
     FROM ledger_accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id
     WHERE a.kind = 'WALLET' GROUP BY a.id HAVING a.balance <> coalesce(sum(e.amount), 0)`,
  );
  const negative = await db.query(`SELECT id FROM ledger_accounts WHERE kind = 'WALLET' AND balance < 0`);
  const total = await db.query('SELECT coalesce(sum(amount), 0) AS total FROM ledger_entries');
  return {
    unbalanced: unbalanced.rows.map((r) => r.transaction_id),
    drifted: drifted.rows.map((r) => ({
      id: r.id,
      cached: Number(r.cached),
      recomputed: Number(r.recomputed),
    })),
    negativeWallets: negative.rows.map((r) => r.id),
    total: Number(total.rows[0].total),
  };
}

export const HEALTHY_LEDGER: LedgerReport = { unbalanced: [], drifted: [], negativeWallets: [], total: 0 };
