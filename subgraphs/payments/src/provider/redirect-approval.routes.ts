import { badInput, conflict, notFound } from '@commerce/errors';
import type { Logger } from '@commerce/logging';
import { Route, RouteRequest, sendJson, sendRouteError } from '@commerce/http';
import type { PaymentService } from '../payment/payment.service';
import { paymentAnswer } from '../payment/payment.routes';
import { ProviderError } from './payment-provider';
import { REDIRECT_APPROVAL_PATH, RedirectProviderSimulator } from './redirect-provider-simulator';

/**
 * The simulated provider page behind a PAYPAL redirect URL: `?ref=<providerRef>&decision=approve|decline`
 * (approve by default). What PayPal's return URL would tell us, it tells the payment: AUTHORIZED (then
 * capture works) or FAILED. Open to the buyer's browser; the unguessable ref is the only credential,
 * as with a real provider's return link.
 */
export function redirectApprovalRoutes(
  simulator: RedirectProviderSimulator,
  payments: PaymentService,
  logger: Logger,
): Route[] {
  const handler = async ({ res, url, scope }: RouteRequest) => {
    try {
      const ref = url.searchParams.get('ref') ?? '';
      const decision = url.searchParams.get('decision') ?? 'approve';
      if (!/^rp_[\w-]{8,64}$/.test(ref)) throw badInput('ref is not a valid reference', { field: 'ref' });
      if (decision !== 'approve' && decision !== 'decline') {
        throw badInput('decision must be approve or decline', { field: 'decision' });
      }
      await providerStep(() => (decision === 'approve' ? simulator.approve(ref) : simulator.decline(ref)));
      const ctx = {
        requestId: scope.requestId,
        traceparent: scope.traceparent,
        user: null,
        ip: '',
        actor: 'buyer-redirect',
      };
      const payment = await payments.completeAction(ctx, simulator.name, ref, decision === 'approve');
      sendJson(
        res,
        200,
        decision === 'approve' ? paymentAnswer(payment) : { paymentId: payment.id, status: payment.status },
      );
    } catch (error) {
      sendRouteError(res, error, logger, REDIRECT_APPROVAL_PATH);
    }
  };
  return [
    { method: 'GET', path: REDIRECT_APPROVAL_PATH, handler },
    { method: 'POST', path: REDIRECT_APPROVAL_PATH, handler },
  ];
}

async function providerStep(step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (error instanceof ProviderError && error.kind === 'invalid_request') throw notFound('Payment');
    if (error instanceof ProviderError)
      throw conflict(`The payment can no longer be changed: ${error.message}`);
    throw error;
  }
}
