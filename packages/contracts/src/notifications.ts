/**
 * What the notifications service tells others: an in-app notification was stored for a user. The
 * gateway's subscription bridge turns it into `notificationReceived` for that user's sockets and
 * resolves the notification itself through the supergraph (`notification(id)`), so the payload stays
 * thin: ids, and what a consumer needs to route it without reading the notifications database.
 */
import { z } from 'zod';
import { defineEvent } from './event';
import { idSchema } from './ids';

export const notificationTopicSchema = z.enum(['ORDER_UPDATE', 'SHIPPING', 'PROMOTION', 'ACCOUNT']);
export const notificationChannelSchema = z.enum(['EMAIL', 'SMS', 'IN_APP']);

export const NotificationCreated = defineEvent(
  'notification.created',
  z.object({
    notificationId: idSchema,
    userId: idSchema,
    topic: notificationTopicSchema,
    channel: notificationChannelSchema,
  }),
);
