/**
 * Queue names, declarations and message encoding for the RabbitMQ adapter, kept apart from the
 * connection handling in `rabbitmq-bus.ts`.
 */
import type { Channel, GetMessage, Message, Options } from 'amqplib';
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_DELAYS_MS,
  retryDelay,
  type ConsumerOptions,
  type DeadLetter,
} from './bus';
import type { EventEnvelope } from './envelope';

/** Consumer options with every default applied, validated once at registration. */
export type ResolvedConsumerOptions = Required<ConsumerOptions>;

/** Header carrying the attempt number of a retried copy (the first delivery has none: attempt 1). */
export const ATTEMPT_HEADER = 'x-attempt';
export const ERROR_HEADER = 'x-error';
export const ATTEMPTS_HEADER = 'x-attempts';
/** Routing key of the original publish: copies travel under queue names, so it would be lost. */
const ROUTING_KEY_HEADER = 'x-routing-key';
/** Error texts are truncated so a huge stack or message cannot bloat the dead-letter queue. */
const MAX_ERROR_LENGTH = 1000;

export function dlqName(consumer: string): string {
  return `${consumer}.dlq`;
}

export function retryQueueName(consumer: string, delayMs: number): string {
  return `${consumer}.retry.${delayMs}`;
}

/** Applies defaults and rejects options that would only fail later, at the first error. */
export function resolveConsumerOptions(options: ConsumerOptions): ResolvedConsumerOptions {
  const resolved: ResolvedConsumerOptions = {
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
    retryDelaysMs: DEFAULT_RETRY_DELAYS_MS,
    prefetch: 10,
    ...options,
  };
  if (!/^[\w.:-]+$/.test(resolved.consumer)) throw new Error(`invalid consumer name: "${resolved.consumer}"`);
  if (resolved.patterns.length === 0) throw new Error(`consumer ${resolved.consumer} has no patterns`);
  if (!Number.isInteger(resolved.maxAttempts) || resolved.maxAttempts < 1)
    throw new Error('maxAttempts must be >= 1');
  if (
    resolved.retryDelaysMs.length === 0 ||
    resolved.retryDelaysMs.some((d) => !Number.isInteger(d) || d < 1)
  ) {
    throw new Error('retryDelaysMs must be positive integers');
  }
  return resolved;
}

/** The distinct delays actually used between attempts 1..maxAttempts: one retry queue each. */
export function retryDelaysInUse(options: ResolvedConsumerOptions): number[] {
  const delays = new Set<number>();
  for (let attempt = 1; attempt < options.maxAttempts; attempt++)
    delays.add(retryDelay(options.retryDelaysMs, attempt));
  return [...delays];
}

/**
 * Declares the consumer's main queue (bound to every pattern), its dead-letter queue and one retry queue
 * per delay. A retry queue holds a copy for its TTL, then dead-letters it through the default exchange
 * straight back to the main queue: only this consumer sees the retry, not every queue bound to the type.
 */
export async function declareConsumerTopology(
  channel: Channel,
  exchange: string,
  options: ResolvedConsumerOptions,
): Promise<void> {
  await channel.assertQueue(options.consumer, { durable: true });
  await channel.assertQueue(dlqName(options.consumer), { durable: true });
  for (const delay of retryDelaysInUse(options)) {
    await channel.assertQueue(retryQueueName(options.consumer, delay), {
      durable: true,
      arguments: {
        'x-message-ttl': delay,
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': options.consumer,
      },
    });
  }
  for (const pattern of options.patterns) await channel.bindQueue(options.consumer, exchange, pattern);
}

/** AMQP properties of a published event: persistent, identified, traceable. */
export function publishOptions(event: EventEnvelope): Options.Publish {
  return {
    persistent: true,
    messageId: event.id,
    type: event.type,
    contentType: 'application/json',
    timestamp: Math.floor(Date.now() / 1000),
    // amqplib cannot encode undefined header values, so absent fields are left out.
    headers: event.traceparent ? { traceparent: event.traceparent } : {},
  };
}

/** Properties for a copy of a received message (retry or dead letter), with extra headers. */
export function copyOptions(message: Message, headers: Record<string, unknown>): Options.Publish {
  const { 'x-death': _death, ...kept } = (message.properties.headers ?? {}) as Record<string, unknown>;
  return {
    persistent: true,
    messageId: message.properties.messageId,
    type: message.properties.type,
    contentType: message.properties.contentType,
    timestamp: message.properties.timestamp,
    // x-death grows with every trip through a retry queue; the broker re-adds it, so the copy drops it.
    headers: { [ROUTING_KEY_HEADER]: message.fields.routingKey, ...kept, ...headers },
  };
}

export function attemptOf(message: Message): number {
  const value = Number(message.properties.headers?.[ATTEMPT_HEADER]);
  return Number.isInteger(value) && value > 0 ? value : 1;
}

export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, MAX_ERROR_LENGTH);
}

/** Parses a message body as an envelope; throws when it is not JSON or lacks the envelope fields. */
export function decodeEnvelope(content: Buffer): EventEnvelope {
  const value: unknown = JSON.parse(content.toString('utf8'));
  if (typeof value !== 'object' || value === null) throw new Error('event is not a JSON object');
  const event = value as Record<string, unknown>;
  const missing = ['id', 'type', 'occurredAt', 'source'].filter((key) => typeof event[key] !== 'string');
  if (typeof event.version !== 'number') missing.push('version');
  if (!('data' in event)) missing.push('data');
  if (missing.length > 0) throw new Error(`event envelope lacks ${missing.join(', ')}`);
  return event as unknown as EventEnvelope;
}

/**
 * Turns a dead-lettered message back into a DeadLetter. A body that is not an envelope gets a
 * placeholder event (id and type from the AMQP properties) and its text in `raw`.
 */
export function toDeadLetter(message: GetMessage): DeadLetter {
  const headers = message.properties.headers ?? {};
  const error = String(headers[ERROR_HEADER] ?? 'unknown error');
  const attempts = Number(headers[ATTEMPTS_HEADER] ?? 0);
  try {
    return { event: decodeEnvelope(message.content), error, attempts };
  } catch {
    const event: EventEnvelope = {
      id: String(message.properties.messageId ?? ''),
      type: String(message.properties.type ?? headers[ROUTING_KEY_HEADER] ?? ''),
      version: 0,
      occurredAt: '',
      source: '',
      data: null,
    };
    return { event, error, attempts, raw: message.content.toString('utf8') };
  }
}
