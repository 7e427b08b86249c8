import { ErrorCode } from '@commerce/errors';
import type { Logger } from '@commerce/logging';
import { header, Route, sendJson, sendRouteError } from '@commerce/http';
import { StripeWebhookHandler, WebhookSignatureError } from './stripe-webhook';

/**
 * `POST /webhooks/stripe`: 400 for a bad signature (Stripe shows it in the dashboard), 200 once the
 * event is recorded - also for duplicates and events we do not act on, so Stripe stops retrying.
 * A failure while applying answers 500 and Stripe retries later.
 */
export function stripeWebhookRoutes(handler: StripeWebhookHandler, logger: Logger): Route[] {
  const route: Route = {
    method: 'POST',
    path: '/webhooks/stripe',
    handler: async ({ req, res, body, scope }) => {
      let event;
      try {
        event = handler.verify(body, header(req, 'stripe-signature'));
      } catch (error) {
        if (!(error instanceof WebhookSignatureError)) throw error;
        logger.warn({ reason: error.message }, 'stripe webhook refused: bad signature');
        sendJson(res, 400, {
          error: { code: ErrorCode.BAD_USER_INPUT, message: 'Invalid Stripe signature' },
        });
        return;
      }
      try {
        sendJson(res, 200, { received: true, outcome: await handler.handle(event, scope) });
      } catch (error) {
        sendRouteError(res, error, logger, '/webhooks/stripe');
      }
    },
  };
  return [route];
}
