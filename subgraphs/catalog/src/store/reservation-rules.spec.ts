import type { ReservationRecord, ReservationStatus } from './catalog-store';
import {
  canonicalItems,
  decideCommit,
  decideRelease,
  decideRestock,
  isDue,
  reservationRequestHash,
} from './reservation-rules';

const now = new Date('2030-01-01T00:00:00.000Z');
const reservation = (status: ReservationStatus, expiresInMs = 60_000): ReservationRecord => ({
  id: 'r',
  orderId: null,
  status,
  items: [],
  requestHash: '',
  rejection: null,
  expiresAt: new Date(now.getTime() + expiresInMs),
  createdAt: now,
  updatedAt: now,
});

describe('reservation rules', () => {
  it('fingerprints requests independently of item order', () => {
    const a = [
      { productId: 'b', quantity: 1 },
      { productId: 'a', quantity: 2 },
    ];
    expect(canonicalItems(a).map((i) => i.productId)).toEqual(['a', 'b']);
    expect(reservationRequestHash('o', a)).toBe(reservationRequestHash('o', [...a].reverse()));
    expect(reservationRequestHash('o', a)).not.toBe(reservationRequestHash('other', a));
    expect(reservationRequestHash('o', a)).not.toBe(
      reservationRequestHash('o', [{ productId: 'a', quantity: 2 }]),
    );
  });

  it.each([
    ['RESERVED', 60_000, 'commit'],
    ['RESERVED', 0, 'expire'],
    ['PENDING', 60_000, 'expire'],
    ['COMMITTED', 60_000, 'unchanged'],
    ['RELEASED', 60_000, 'refuse'],
    ['EXPIRED', 60_000, 'refuse'],
    ['REJECTED', 60_000, 'refuse'],
    ['RESTOCKED', 60_000, 'refuse'],
  ] as const)('commit of %s (expiring in %d ms) -> %s', (status, expiresIn, decision) => {
    expect(decideCommit(reservation(status, expiresIn), now)).toBe(decision);
  });

  it.each([
    ['RESERVED', 'release'],
    ['PENDING', 'release'],
    ['COMMITTED', 'refuse'],
    ['RELEASED', 'unchanged'],
    ['EXPIRED', 'unchanged'],
    ['REJECTED', 'unchanged'],
    ['RESTOCKED', 'unchanged'],
  ] as const)('release of %s -> %s', (status, decision) => {
    expect(decideRelease(reservation(status))).toBe(decision);
  });

  it.each([
    ['COMMITTED', 'restock'],
    ['RESERVED', 'release'],
    ['PENDING', 'release'],
    ['RESTOCKED', 'unchanged'],
    ['RELEASED', 'unchanged'],
    ['EXPIRED', 'unchanged'],
    ['REJECTED', 'unchanged'],
  ] as const)('restock of %s -> %s', (status, decision) => {
    expect(decideRestock(reservation(status))).toBe(decision);
  });

  it('makes only stock-holding reservations past their expiry due', () => {
    expect(isDue(reservation('RESERVED', -1), now)).toBe(true);
    expect(isDue(reservation('RESERVED', 0), now)).toBe(true);
    expect(isDue(reservation('RESERVED', 1), now)).toBe(false);
    expect(isDue(reservation('COMMITTED', -1), now)).toBe(false);
    expect(isDue(reservation('RESTOCKED', -1), now)).toBe(false);
    expect(isDue(reservation('PENDING', -1), now)).toBe(true);
  });
});
