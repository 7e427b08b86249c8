/** Test helpers other packages' suites use, imported as `@commerce/orders/testing` (never built or shipped). */
export { startOrdersChild } from './orders-child';
export type { OrdersChild } from './orders-child';
// The end-to-end suites purge this consumer's queue between runs.
export { PAYMENT_APPROVALS_CONSUMER } from '../checkout/payment-approvals';
