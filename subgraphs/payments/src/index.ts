export { paymentsSubgraph } from './server';
export type { RunningPayments } from './server';
export { loadPaymentsConfig, paymentsConfigShape } from './config';
export type { PaymentsConfig } from './config';
export { buildPaymentsSchema } from './schema';
export type { PaymentProvider } from './provider/payment-provider';
export { PaymentStatus, TRANSITIONS } from './payment/payment-state';
export { PaymentEvents } from './payment/payment.events';
export type { PaymentEventData } from './payment/payment.events';
