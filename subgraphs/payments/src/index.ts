export { paymentsSubgraph } from './server';
export type { RunningPayments } from './server';
export { loadPaymentsConfig, paymentsConfigShape } from './config';
export type { PaymentsConfig } from './config';
export { buildPaymentsSchema } from './schema';
export { PaymentStatus, TRANSITIONS } from './payment/payment-state';
