import { conflict } from '@commerce/errors';

/** Where a payment is in its life. Values are stored as text and shown in GraphQL as they are. */
export enum PaymentStatus {
  /** Created; the provider has not answered yet, or the buyer still has to approve (redirect). */
  PENDING = 'PENDING',
  /** Funds are held (card authorization or wallet hold); nothing has been taken yet. */
  AUTHORIZED = 'AUTHORIZED',
  /** The money was taken. */
  CAPTURED = 'CAPTURED',
  /** Declined, or the provider refused; no money is held. Final. */
  FAILED = 'FAILED',
  /** The hold was released before capture. Final. */
  VOIDED = 'VOIDED',
  /** Everything captured was given back. Final. */
  REFUNDED = 'REFUNDED',
  /** Part of the captured amount was given back; more refunds may follow. */
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
}

const S = PaymentStatus;

/**
 * The legal moves. Anything not listed is refused with CONFLICT, so a compensation that comes too
 * late (void after capture) or a double-spend attempt (capture after void) cannot change money.
 */
export const TRANSITIONS: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = {
  [S.PENDING]: [S.AUTHORIZED, S.FAILED, S.VOIDED],
  [S.AUTHORIZED]: [S.CAPTURED, S.VOIDED, S.FAILED],
  [S.CAPTURED]: [S.PARTIALLY_REFUNDED, S.REFUNDED],
  [S.PARTIALLY_REFUNDED]: [S.PARTIALLY_REFUNDED, S.REFUNDED],
  [S.FAILED]: [],
  [S.VOIDED]: [],
  [S.REFUNDED]: [],
};

export function canTransition(from: PaymentStatus, to: PaymentStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** CONFLICT naming the move, for illegal transitions. */
export function assertTransition(from: PaymentStatus, to: PaymentStatus): void {
  if (!canTransition(from, to)) {
    throw conflict(`A ${from} payment cannot become ${to}`, { status: from });
  }
}

export function isFinal(status: PaymentStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

/** Statuses in which money was taken (refunds are possible while some is left). */
export function isCaptured(status: PaymentStatus): boolean {
  return status === S.CAPTURED || status === S.PARTIALLY_REFUNDED || status === S.REFUNDED;
}

/** The status after refunds totalling `refunded` of `captured`. */
export function statusAfterRefunds(captured: number, refunded: number): PaymentStatus {
  return refunded >= captured ? S.REFUNDED : S.PARTIALLY_REFUNDED;
}
