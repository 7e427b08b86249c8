import type { GetMessage, Message } from 'amqplib';
import { retryDelay } from './bus';
import { createEvent } from './envelope';
import {
  attemptOf,
  copyOptions,
  decodeEnvelope,
  errorText,
  publishOptions,
  resolveConsumerOptions,
  retryDelaysInUse,
  toDeadLetter,
} from './rabbitmq-topology';

const handler = async (): Promise<void> => undefined;

function message(
  content: string,
  headers: Record<string, unknown> = {},
  extra: Partial<Message['properties']> = {},
) {
  return {
    content: Buffer.from(content),
    fields: { routingKey: 'orders.dlq', deliveryTag: 1, redelivered: false, exchange: '', messageCount: 0 },
    properties: { headers, ...extra },
  } as unknown as GetMessage;
}

describe('retryDelay', () => {
  it('uses the delay of the attempt and repeats the last one', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelay([50, 100], attempt))).toEqual([50, 100, 100, 100]);
  });
});

describe('resolveConsumerOptions', () => {
  it('applies the defaults', () => {
    expect(
      resolveConsumerOptions({ consumer: 'search-indexer', patterns: ['product.*'], handler }),
    ).toMatchObject({
      maxAttempts: 5,
      retryDelaysMs: [1000, 5000, 30000, 120000],
      prefetch: 10,
    });
  });

  it.each([
    [{ consumer: 'has space' }, 'invalid consumer name'],
    [{ patterns: [] }, 'no patterns'],
    [{ maxAttempts: 0 }, 'maxAttempts'],
    [{ retryDelaysMs: [] }, 'retryDelaysMs'],
    [{ retryDelaysMs: [100, -1] }, 'retryDelaysMs'],
  ])('rejects %j', (override, message) => {
    expect(() => resolveConsumerOptions({ consumer: 'c', patterns: ['a.*'], handler, ...override })).toThrow(
      message,
    );
  });
});

describe('retryDelaysInUse', () => {
  it('lists each distinct delay reachable before the last attempt', () => {
    const options = (maxAttempts: number, retryDelaysMs: number[]) =>
      resolveConsumerOptions({ consumer: 'c', patterns: ['#'], handler, maxAttempts, retryDelaysMs });
    expect(retryDelaysInUse(options(5, [50, 100]))).toEqual([50, 100]);
    expect(retryDelaysInUse(options(2, [50, 100]))).toEqual([50]);
    expect(retryDelaysInUse(options(1, [50, 100]))).toEqual([]);
  });
});

describe('message encoding', () => {
  it('publishes persistent, identified messages with the traceparent header only when there is one', () => {
    const event = createEvent('orders', 'order.paid', {});
    expect(publishOptions(event)).toMatchObject({
      persistent: true,
      messageId: event.id,
      type: 'order.paid',
      contentType: 'application/json',
      headers: {},
    });
    expect(publishOptions({ ...event, traceparent: 'tp' }).headers).toEqual({ traceparent: 'tp' });
  });

  it('copies keep the headers and original routing key, drop x-death and add the new headers', () => {
    const original = message(
      '{}',
      { traceparent: 'tp', 'x-death': [{}], 'x-attempt': 2 },
      { messageId: 'm1' },
    );
    original.fields.routingKey = 'order.paid';
    const copy = copyOptions(original, { 'x-attempt': 3 });
    expect(copy).toMatchObject({ persistent: true, messageId: 'm1' });
    expect(copy.headers).toEqual({ traceparent: 'tp', 'x-attempt': 3, 'x-routing-key': 'order.paid' });
    // A copy of a copy still names the first routing key, not the retry queue it came back through.
    const returned = message('{}', copy.headers);
    returned.fields.routingKey = 'orders';
    expect(copyOptions(returned, {}).headers?.['x-routing-key']).toBe('order.paid');
  });

  it('reads the attempt from the header, 1 when absent or invalid', () => {
    expect(attemptOf(message('{}'))).toBe(1);
    expect(attemptOf(message('{}', { 'x-attempt': 3 }))).toBe(3);
    expect(attemptOf(message('{}', { 'x-attempt': 'nonsense' }))).toBe(1);
  });

  it('decodes an envelope and rejects malformed or incomplete ones', () => {
    const event = createEvent('orders', 'order.paid', { id: 1 });
    expect(decodeEnvelope(Buffer.from(JSON.stringify(event)))).toEqual(event);
    expect(() => decodeEnvelope(Buffer.from('{oops'))).toThrow(SyntaxError);
    expect(() => decodeEnvelope(Buffer.from('42'))).toThrow('not a JSON object');
    expect(() => decodeEnvelope(Buffer.from('{"id":"x","type":"t"}'))).toThrow(
      'lacks occurredAt, source, version, data',
    );
  });

  it('truncates error texts', () => {
    expect(errorText(new Error('x'.repeat(5000)))).toHaveLength(1000);
    expect(errorText('plain')).toBe('plain');
  });
});

describe('toDeadLetter', () => {
  it('returns the event with the recorded error and attempts', () => {
    const event = createEvent('orders', 'order.paid', {});
    const letter = toDeadLetter(message(JSON.stringify(event), { 'x-error': 'boom', 'x-attempts': 5 }));
    expect(letter).toEqual({ event, error: 'boom', attempts: 5 });
  });

  it('keeps the raw body of a malformed message with a placeholder event', () => {
    const letter = toDeadLetter(
      message(
        '{oops',
        { 'x-error': 'malformed event', 'x-attempts': 0, 'x-routing-key': 'order.paid' },
        { messageId: 'm1' },
      ),
    );
    expect(letter).toMatchObject({ error: 'malformed event', attempts: 0, raw: '{oops' });
    expect(letter.event).toMatchObject({ id: 'm1', type: 'order.paid' });
  });
});
