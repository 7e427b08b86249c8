import type { Logger } from '@commerce/logging';
import type { EventEnvelope } from './envelope';

/**
 * True when a consumer reads `event`'s schema version. Consumers ignore versions they do not know
 * (a producer ahead of them): this logs the skipped event and answers false, so the handler returns
 * and the event is acknowledged rather than retried into the dead-letter queue.
 */
export function readsVersion(event: EventEnvelope, logger: Logger, version = 1): boolean {
  if (event.version === version) return true;
  logger.warn({ eventId: event.id, type: event.type, version: event.version }, 'unknown event version');
  return false;
}
