import { Refusal, RetryableError } from '@commerce/http';
import type { CatalogPort } from '../clients/catalog.client';
import type { PaymentsPort } from '../clients/payments.client';
import type { CheckoutSagaInput, CheckoutSagaOutputs } from '../checkout/checkout-saga.types';
import type { StepContext } from '../saga/saga';

/** Every method of a port as a jest mock (the other service, as a unit test sees it). */
export type Mocked<T> = { [K in keyof T]: jest.Mock };

export function fakeCatalog(): Mocked<CatalogPort> {
  return {
    reserve: jest.fn(async (request) => ({
      reservationId: request.reservationId,
      status: 'RESERVED',
      expiresAt: '2099-01-01T00:00:00.000Z',
    })),
    commit: jest.fn(async () => undefined),
    release: jest.fn(async () => undefined),
    restock: jest.fn(async () => undefined),
  };
}

export function fakePayments(): Mocked<PaymentsPort> {
  return {
    authorize: jest.fn(async () => ({ paymentId: 'pay-1', status: 'AUTHORIZED' })),
    pay: jest.fn(async () => ({ paymentId: 'pay-1', status: 'CAPTURED' })),
    capture: jest.fn(async () => undefined),
    void: jest.fn(async () => undefined),
    refund: jest.fn(async () => undefined),
  };
}

export const ORDER_ID = '6f1c1c8e-0d7a-4c8e-9a59-0b6a2f3b6a11';
export const signal = new AbortController().signal;

/** A checkout step's context: one order of 2 + 1 units, 4500 USD, by card. */
export function checkoutContext(
  outputs: CheckoutSagaOutputs = {},
): StepContext<CheckoutSagaInput, CheckoutSagaOutputs> {
  return {
    sagaId: 'saga-1',
    orderId: ORDER_ID,
    input: {
      buyerId: 'buyer-1',
      cartId: 'cart-1',
      items: [
        { productId: 'p-1', sellerId: 's-1', quantity: 2, unitPrice: { amount: 2000, currency: 'USD' } },
        { productId: 'p-2', sellerId: 's-2', quantity: 1, unitPrice: { amount: 500, currency: 'USD' } },
      ],
      amount: { amount: 4500, currency: 'USD' },
      method: { type: 'CARD' },
    },
    outputs,
    signal,
  };
}

export const conflictRefusal = (service = 'payments') => new Refusal(service, 'CONFLICT', 'wrong state');
export const transportError = (service = 'payments') => new RetryableError(service, 'connect ECONNREFUSED');
