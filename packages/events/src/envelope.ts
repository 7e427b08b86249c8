import { randomUUID } from 'node:crypto';
import type { EventContract, EventData, EventInput } from '@commerce/contracts';
import { currentLogScope } from '@commerce/logging';

/** The envelope every event travels in (docs/design.md, "Events"). The routing key is `type`. */
export interface EventEnvelope<T = unknown> {
  id: string;
  /** Past-tense fact, e.g. `user.registered`. */
  type: string;
  /** Schema version of `data`; consumers ignore versions they do not know. */
  version: number;
  occurredAt: string;
  /** The service that published it. */
  source: string;
  /** Thin payload: ids and the few fields consumers need. */
  data: T;
  /** W3C traceparent of the work that caused the event, so consumers continue the trace. */
  traceparent?: string;
}

/** Stamps a new event with an id, the time and the current trace. */
export function createEvent<T>(source: string, type: string, data: T, version = 1): EventEnvelope<T> {
  return {
    id: randomUUID(),
    type,
    version,
    occurredAt: new Date().toISOString(),
    source,
    data,
    traceparent: currentLogScope()?.traceparent,
  };
}

/**
 * A new event of a contract (@commerce/contracts): its data validated by the contract first, so a
 * producer never publishes what its consumers cannot read (a ZodError names the field otherwise).
 */
export function contractEvent<E extends EventContract>(
  source: string,
  contract: E,
  data: EventInput<E>,
): EventEnvelope<EventData<E>> {
  return createEvent(source, contract.type, contract.parse(data), contract.version);
}

/** Topic-exchange matching: `*` matches exactly one word, `#` zero or more words (AMQP semantics). */
export function routingKeyMatches(pattern: string, routingKey: string): boolean {
  return matchWords(pattern.split('.'), routingKey.split('.'));
}

function matchWords(pattern: string[], key: string[]): boolean {
  if (pattern.length === 0) return key.length === 0;
  const [head, ...rest] = pattern;
  if (head === '#') {
    for (let skip = 0; skip <= key.length; skip++) if (matchWords(rest, key.slice(skip))) return true;
    return false;
  }
  if (key.length === 0) return false;
  return (head === '*' || head === key[0]) && matchWords(rest, key.slice(1));
}
