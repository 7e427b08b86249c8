import { loadPaymentsConfig } from './config';
import { buildPaymentsSchema } from './schema';
import { startPaymentsService } from './payments-service';

export { startPaymentsService } from './payments-service';
export type { PaymentsService, PaymentsDependencies } from './payments-service';
export { loadPaymentsConfig, paymentsConfigShape } from './config';
export type { PaymentsConfig } from './config';
export { buildPaymentsSchema } from './schema';
export type { PaymentProvider } from './provider/payment-provider';
export { PaymentStatus, TRANSITIONS } from './payment/payment-state';
export { PaymentEvents } from './payment/payment.events';
export type { PaymentEventData } from './payment/payment.events';

/** Until payments is defined with defineSubgraph: the same shape for main.ts and the launchers. */
export const paymentsSubgraph = {
  name: 'payments',
  cache: 'redis' as const,
  loadConfig: loadPaymentsConfig,
  buildSchema: buildPaymentsSchema,
  start: startPaymentsService,
};
