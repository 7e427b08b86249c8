export { startPaymentsService } from './payments-service';
export type { PaymentsService, PaymentsDependencies } from './payments-service';
export { loadPaymentsConfig, paymentsConfigShape } from './config';
export type { PaymentsConfig } from './config';
export { buildPaymentsSchema } from './schema';
export { PaymentStatus, TRANSITIONS } from './payment/payment-state';
