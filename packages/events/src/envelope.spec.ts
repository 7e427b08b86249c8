import { CartAbandoned, defineEvent } from '@commerce/contracts';
import { withLogScope } from '@commerce/logging';
import { z } from 'zod';
import { contractEvent, createEvent, routingKeyMatches } from './envelope';

describe('routingKeyMatches', () => {
  it.each([
    ['order.paid', 'order.paid', true],
    ['order.paid', 'order.created', false],
    ['order.paid', 'order.paid.late', false],
    ['order.paid.late', 'order.paid', false],
  ])('exact pattern %s vs %s -> %s', (pattern, key, expected) => {
    expect(routingKeyMatches(pattern, key)).toBe(expected);
  });

  it.each([
    ['order.*', 'order.paid', true],
    ['order.*', 'order', false],
    ['order.*', 'order.paid.late', false],
    ['*.paid', 'order.paid', true],
    ['*.paid', 'payment.captured', false],
    ['*.*', 'a.b', true],
    ['*', 'order', true],
    ['*', 'order.paid', false],
  ])('* matches exactly one word: %s vs %s -> %s', (pattern, key, expected) => {
    expect(routingKeyMatches(pattern, key)).toBe(expected);
  });

  it.each([
    ['#', 'order.paid', true],
    ['#', 'order', true],
    ['order.#', 'order', true],
    ['order.#', 'order.paid', true],
    ['order.#', 'order.paid.late.again', true],
    ['order.#', 'orders.paid', false],
    ['#.paid', 'order.paid', true],
    ['#.paid', 'paid', true],
    ['#.paid', 'order.paid.late', false],
    ['order.#.late', 'order.late', true],
    ['order.#.late', 'order.paid.very.late', true],
    ['order.#.late', 'order.paid.early', false],
    ['#.*.late', 'x.late', true],
    ['#.*.late', 'late', false],
  ])('# matches zero or more words: %s vs %s -> %s', (pattern, key, expected) => {
    expect(routingKeyMatches(pattern, key)).toBe(expected);
  });

  it('does not treat a word as a prefix', () => {
    expect(routingKeyMatches('order.pa', 'order.paid')).toBe(false);
    expect(routingKeyMatches('product.*', 'products.created')).toBe(false);
  });
});

describe('createEvent', () => {
  it('stamps a unique id, the time, the source and version 1 by default', () => {
    const before = Date.now();
    const first = createEvent('orders', 'order.created', { orderId: 'o1' });
    const second = createEvent('orders', 'order.created', { orderId: 'o1' });

    expect(first).toMatchObject({
      type: 'order.created',
      source: 'orders',
      version: 1,
      data: { orderId: 'o1' },
    });
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second.id).not.toBe(first.id);
    const occurredAt = Date.parse(first.occurredAt);
    expect(occurredAt).toBeGreaterThanOrEqual(before - 1);
    expect(occurredAt).toBeLessThanOrEqual(Date.now());
    expect(first.occurredAt).toBe(new Date(occurredAt).toISOString());
  });

  it('keeps an explicit schema version', () => {
    expect(createEvent('catalog', 'product.updated', {}, 2).version).toBe(2);
  });

  it('carries the traceparent of the current log scope, none outside a scope', () => {
    const traceparent = '00-0123456789abcdef0123456789abcdef-0123456789abcdef-01';
    const inside = withLogScope(
      { requestId: 'r1', traceId: '0123456789abcdef0123456789abcdef', traceparent },
      () => createEvent('orders', 'order.paid', {}),
    );
    expect(inside.traceparent).toBe(traceparent);
    expect(createEvent('orders', 'order.paid', {}).traceparent).toBeUndefined();
  });
});

describe('contractEvent', () => {
  const data = { cartId: 'c1', buyerId: 'b1', itemCount: 2, subtotal: { amount: 1998, currency: 'USD' } };

  it("stamps an event of the contract's type and version with the data it validated", () => {
    const event = contractEvent('cart', CartAbandoned, data);
    expect(event).toMatchObject({ source: 'cart', type: 'cart.abandoned', version: 1, data });
    const Versioned = defineEvent('test.versioned', z.object({ n: z.number() }), 3);
    expect(contractEvent('test', Versioned, { n: 1 }).version).toBe(3);
  });

  it('sends only what the contract defines', () => {
    const extra = { ...data, internalNote: 'stays home' };
    expect(contractEvent('cart', CartAbandoned, extra).data).not.toHaveProperty('internalNote');
  });

  it('refuses data its consumers could not read, before anything is written', () => {
    const float = { ...data, subtotal: { amount: 19.98, currency: 'USD' } };
    expect(() => contractEvent('cart', CartAbandoned, float)).toThrow(z.ZodError);
    const { buyerId: _missing, ...withoutBuyer } = data;
    expect(() => contractEvent('cart', CartAbandoned, withoutBuyer as typeof data)).toThrow(z.ZodError);
  });
});
