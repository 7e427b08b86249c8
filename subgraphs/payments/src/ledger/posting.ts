/**
 * Double-entry postings, built as plain values before anything touches the database. A posting is one
 * movement of money: legs on accounts whose amounts sum to zero (credit +, debit -). The builders
 * below are the only way the service makes postings, and each refuses to build an unbalanced one.
 */
export type AccountKind = 'WALLET' | 'WALLET_HOLDS' | 'MERCHANT_PAYABLE' | 'CARD_FUNDS';
export type PostingKind = 'TOP_UP' | 'HOLD' | 'CAPTURE' | 'RELEASE' | 'REFUND';

export interface AccountRef {
  id: string;
  kind: AccountKind;
}

export interface Leg {
  account: AccountRef;
  /** Minor units; positive credits the account, negative debits it. Never zero. */
  amount: number;
}

export interface Posting {
  kind: PostingKind;
  paymentId: string | null;
  refundId: string | null;
  legs: Leg[];
}

export class UnbalancedPostingError extends Error {}

interface Refs {
  paymentId?: string | null;
  refundId?: string | null;
}

/** Any balanced posting; throws when legs are empty, zero, not whole minor units or do not sum to 0. */
export function posting(kind: PostingKind, legs: Leg[], refs: Refs = {}): Posting {
  if (legs.length < 2) throw new UnbalancedPostingError('a posting needs at least two legs');
  for (const leg of legs) {
    if (!Number.isSafeInteger(leg.amount) || leg.amount === 0) {
      throw new UnbalancedPostingError(`leg amount must be a non-zero whole number, got ${leg.amount}`);
    }
  }
  const sum = legs.reduce((total, leg) => total + leg.amount, 0);
  if (sum !== 0) throw new UnbalancedPostingError(`posting ${kind} does not balance: legs sum to ${sum}`);
  return { kind, paymentId: refs.paymentId ?? null, refundId: refs.refundId ?? null, legs };
}

/** `amount` moves from one account to another: the common two-row movement. */
export function transfer(
  kind: PostingKind,
  from: AccountRef,
  to: AccountRef,
  amount: number,
  refs: Refs = {},
): Posting {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new UnbalancedPostingError(`transfer amount must be a positive whole number, got ${amount}`);
  }
  if (from.id === to.id) throw new UnbalancedPostingError('a transfer needs two different accounts');
  return posting(
    kind,
    [
      { account: from, amount: -amount },
      { account: to, amount },
    ],
    refs,
  );
}

/**
 * Settles a wallet hold of `held`: `captured` goes to the merchants, the rest back to the wallet.
 * Three legs when partially captured, still summing to zero.
 */
export function settleHold(
  holds: AccountRef,
  payable: AccountRef,
  wallet: AccountRef,
  held: number,
  captured: number,
  refs: Refs,
): Posting {
  if (!Number.isSafeInteger(captured) || captured <= 0 || captured > held) {
    throw new UnbalancedPostingError(`captured amount must be within 1..${held}, got ${captured}`);
  }
  const legs: Leg[] = [
    { account: holds, amount: -held },
    { account: payable, amount: captured },
  ];
  if (held > captured) legs.push({ account: wallet, amount: held - captured });
  return posting('CAPTURE', legs, refs);
}
