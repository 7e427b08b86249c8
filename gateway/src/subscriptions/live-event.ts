import { z } from 'zod';

/**
 * What the bridge puts on the live channel for every gateway replica: only what routing needs. The
 * payload a subscriber sees is never taken from here; it is resolved through the supergraph with the
 * subscriber's own token, so nothing in an event can leak past the subgraphs' authorization.
 */
const liveEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('order'), orderId: z.string(), status: z.string() }),
  z.object({ kind: z.literal('notification'), notificationId: z.string(), userId: z.string() }),
]);

export type LiveEvent = z.infer<typeof liveEventSchema>;

/** The topic subscribers of an event listen on: one order, or one user's notifications. */
export function topicOf(event: LiveEvent): string {
  return event.kind === 'order' ? orderTopic(event.orderId) : notificationTopic(event.userId);
}

export const orderTopic = (orderId: string): string => `order:${orderId.toLowerCase()}`;
export const notificationTopic = (userId: string): string => `notifications:${userId}`;

export function encodeLiveEvent(event: LiveEvent): string {
  return JSON.stringify(event);
}

/** The event in a live-channel message, or null for anything else (another version, garbage). */
export function decodeLiveEvent(message: string): LiveEvent | null {
  try {
    const parsed = liveEventSchema.safeParse(JSON.parse(message));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
