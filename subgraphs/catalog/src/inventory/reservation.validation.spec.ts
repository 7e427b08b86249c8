import { randomUUID } from 'node:crypto';
import { validate } from '../validation';
import { MAX_RESERVATION_ITEMS, reservationIdRule, reserveRequestRule } from './reservation.validation';

const rule = reserveRequestRule(3600);
const fieldOf = (input: unknown): string | null => {
  try {
    validate(rule, input);
    return null;
  } catch (error) {
    return (error as { details: { field: string } }).details.field;
  }
};
const item = (quantity = 1) => ({ productId: randomUUID(), quantity });

describe('reservation request rules', () => {
  it('accepts a well-formed request', () => {
    expect(
      fieldOf({ reservationId: randomUUID(), orderId: 'o-1', items: [item(2)], ttlSeconds: 60 }),
    ).toBeNull();
  });

  it.each([
    ['no body', null, 'input'],
    ['no items', { reservationId: randomUUID(), items: [] }, 'items'],
    [
      'too many items',
      { reservationId: randomUUID(), items: Array.from({ length: MAX_RESERVATION_ITEMS + 1 }, () => item()) },
      'items',
    ],
    ['a fractional quantity', { reservationId: randomUUID(), items: [item(1.5)] }, 'items.0.quantity'],
    [
      'a ttl above the maximum',
      { reservationId: randomUUID(), items: [item()], ttlSeconds: 3601 },
      'ttlSeconds',
    ],
    ['a numeric reservation id', { reservationId: 7, items: [item()] }, 'reservationId'],
  ])('refuses %s', (_what, input, field) => {
    expect(fieldOf(input)).toBe(field);
  });

  it('checks commit and release bodies', () => {
    expect(() => validate(reservationIdRule, { reservationId: 'x' })).toThrow(/reservationId/);
    expect(
      validate(reservationIdRule, { reservationId: 'ABCDEF01-2345-4789-8BCD-EF0123456789' }),
    ).toBeTruthy();
  });
});
