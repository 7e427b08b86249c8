import type { PubSub } from '@commerce/cache';
import { NotificationCreated, orderEventSchema } from '@commerce/contracts';
import type { EventBus, EventEnvelope, StopConsuming } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import { encodeLiveEvent, LiveEvent } from './live-event';

/** The queue every gateway replica reads from: replicas compete, each event is taken by one of them. */
const SUBSCRIPTIONS_CONSUMER = 'gateway-subscriptions';

/**
 * Carries bus events to the live channel. The bus queue is shared by the gateway replicas (competing
 * consumers, so each event is published once), and the live channel (Redis pub/sub, in-process in
 * embedded mode) then reaches every replica, so any replica serves any subscriber.
 */
export async function startEventBridge(options: {
  bus: EventBus;
  pubsub: PubSub;
  channel: string;
  logger: Logger;
}): Promise<StopConsuming> {
  const { bus, pubsub, channel, logger } = options;
  return bus.consume({
    consumer: SUBSCRIPTIONS_CONSUMER,
    patterns: ['order.*', 'notification.created'],
    // A live update is only worth something now: a few quick retries (Redis blip), then it is parked.
    maxAttempts: 3,
    retryDelaysMs: [200, 1000],
    prefetch: 50,
    handler: async (envelope) => {
      const event = liveEventOf(envelope);
      if (!event) {
        logger.warn(
          { type: envelope.type, eventId: envelope.id },
          'event without the fields live updates need',
        );
        return;
      }
      await pubsub.publish(channel, encodeLiveEvent(event));
    },
  });
}

/** What the bridge reads of an order.* event (a tolerant reader: the rest is ignored). */
const orderRouting = orderEventSchema.pick({ orderId: true, status: true });
const notificationRouting = NotificationCreated.schema.pick({ notificationId: true, userId: true });

/** The routing part of an order.* or notification.created event; null when it lacks it. */
export function liveEventOf(envelope: EventEnvelope): LiveEvent | null {
  if (envelope.type.startsWith('order.')) {
    const parsed = orderRouting.safeParse(envelope.data);
    return parsed.success ? { kind: 'order', ...parsed.data } : null;
  }
  if (envelope.type === NotificationCreated.type && envelope.version === NotificationCreated.version) {
    const parsed = notificationRouting.safeParse(envelope.data);
    return parsed.success ? { kind: 'notification', ...parsed.data } : null;
  }
  return null;
}
