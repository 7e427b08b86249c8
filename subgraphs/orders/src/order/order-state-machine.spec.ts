import { thrownBy } from '@commerce/testing';
import { AppError, ErrorCode } from '@commerce/errors';
import {
  assertTransition,
  canTransition,
  EVENT_FOR_STATUS,
  isFinal,
  ORDER_TRANSITIONS,
  OrderStatus,
} from './order-state-machine';

const ALL = Object.values(OrderStatus);

/** The lifecycle of docs/design.md and docs/api.md, written out independently of the table under test. */
const LEGAL = new Set([
  'PENDING->PAID',
  'PENDING->PAYMENT_FAILED',
  'PENDING->CANCELLED',
  'PAID->SHIPPED',
  'PAID->CANCELLED',
  'SHIPPED->DELIVERED',
  'DELIVERED->RETURN_REQUESTED',
  'RETURN_REQUESTED->REFUNDED',
]);

const pairs = ALL.flatMap((from) => ALL.map((to) => [from, to] as const));

describe('order state machine', () => {
  it.each(pairs.filter(([from, to]) => LEGAL.has(`${from}->${to}`)))('allows %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(pairs.filter(([from, to]) => !LEGAL.has(`${from}->${to}`)))(
    'refuses %s -> %s with CONFLICT',
    (from, to) => {
      expect(canTransition(from, to)).toBe(false);
      const error = thrownBy(() => assertTransition(from, to), AppError);
      expect(error.code).toBe(ErrorCode.CONFLICT);
      expect(error.details).toEqual({ from, to });
      expect(error.message).toBe(`An order that is ${from} cannot become ${to}`);
    },
  );

  it('has exactly the legal moves above', () => {
    const table = Object.entries(ORDER_TRANSITIONS).flatMap(([from, tos]) =>
      tos.map((to) => `${from}->${to}`),
    );
    expect(new Set(table)).toEqual(LEGAL);
  });

  it('ends in PAYMENT_FAILED, CANCELLED and REFUNDED only', () => {
    expect(ALL.filter(isFinal).sort()).toEqual(['CANCELLED', 'PAYMENT_FAILED', 'REFUNDED']);
  });

  it('names an order.* event for every status an order can enter', () => {
    const entered = new Set(Object.values(ORDER_TRANSITIONS).flat());
    for (const status of entered)
      expect(EVENT_FOR_STATUS[status as Exclude<OrderStatus, 'PENDING'>]).toMatch(/^order\.[a-z_]+$/);
    expect(EVENT_FOR_STATUS).toEqual({
      PAID: 'order.paid',
      PAYMENT_FAILED: 'order.payment_failed',
      SHIPPED: 'order.shipped',
      DELIVERED: 'order.delivered',
      CANCELLED: 'order.cancelled',
      RETURN_REQUESTED: 'order.return_requested',
      REFUNDED: 'order.refunded',
    });
  });
});
