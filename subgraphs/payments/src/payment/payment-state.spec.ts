import { AppError, ErrorCode } from '@commerce/errors';
import { thrownBy } from '@commerce/testing';
import {
  assertTransition,
  canTransition,
  isCaptured,
  isFinal,
  PaymentStatus as S,
  statusAfterRefunds,
  TRANSITIONS,
} from './payment-state';

const ALL = Object.values(S);

describe('payment state machine', () => {
  it.each([
    [S.PENDING, S.AUTHORIZED],
    [S.PENDING, S.FAILED],
    [S.PENDING, S.VOIDED],
    [S.AUTHORIZED, S.CAPTURED],
    [S.AUTHORIZED, S.VOIDED],
    [S.AUTHORIZED, S.FAILED],
    [S.CAPTURED, S.PARTIALLY_REFUNDED],
    [S.CAPTURED, S.REFUNDED],
    [S.PARTIALLY_REFUNDED, S.PARTIALLY_REFUNDED],
    [S.PARTIALLY_REFUNDED, S.REFUNDED],
  ])('allows %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each([
    [S.PENDING, S.CAPTURED, 'capture without authorization'],
    [S.AUTHORIZED, S.REFUNDED, 'refund before capture'],
    [S.CAPTURED, S.VOIDED, 'void after capture (must refund)'],
    [S.VOIDED, S.CAPTURED, 'capture after void'],
    [S.FAILED, S.AUTHORIZED, 'reviving a declined payment'],
    [S.REFUNDED, S.PARTIALLY_REFUNDED, 'un-refunding'],
    [S.CAPTURED, S.AUTHORIZED, 'going back'],
  ])('refuses %s -> %s (%s) with CONFLICT naming the current status', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    const error = thrownBy(() => assertTransition(from, to), AppError);
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.details).toEqual({ status: from });
  });

  it('has exactly three final states and every status is reachable from PENDING', () => {
    expect(ALL.filter(isFinal).sort()).toEqual([S.FAILED, S.REFUNDED, S.VOIDED].sort());
    const reached = new Set([S.PENDING]);
    for (let changed = true; changed;) {
      changed = false;
      for (const from of [...reached]) {
        for (const to of TRANSITIONS[from]) {
          if (!reached.has(to)) {
            reached.add(to);
            changed = true;
          }
        }
      }
    }
    expect([...reached].sort()).toEqual([...ALL].sort());
  });

  it('money is taken exactly in the captured family of states', () => {
    expect(ALL.filter(isCaptured).sort()).toEqual([S.CAPTURED, S.PARTIALLY_REFUNDED, S.REFUNDED].sort());
  });

  it('derives the status after refunds from the totals', () => {
    expect(statusAfterRefunds(1000, 1)).toBe(S.PARTIALLY_REFUNDED);
    expect(statusAfterRefunds(1000, 999)).toBe(S.PARTIALLY_REFUNDED);
    expect(statusAfterRefunds(1000, 1000)).toBe(S.REFUNDED);
  });
});
