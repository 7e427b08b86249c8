import { rejectionOf } from '@commerce/testing';
import { Refusal, RetryableError } from '@commerce/http';
import { SagaAbort } from '../../saga/saga';
import {
  checkoutContext,
  conflictRefusal,
  fakeCatalog,
  ORDER_ID,
  signal,
  transportError,
} from '../../testing/step-fakes';
import { reserveStock, stockLines } from './reserve-stock';

describe('reserveStock', () => {
  it('reserves every line under the order id, with the TTL, and keeps the expiry', async () => {
    const catalog = fakeCatalog();
    const produced = await reserveStock(catalog, 900).invoke(checkoutContext());
    expect(catalog.reserve).toHaveBeenCalledWith(
      {
        reservationId: ORDER_ID,
        orderId: ORDER_ID,
        items: [
          { productId: 'p-1', quantity: 2 },
          { productId: 'p-2', quantity: 1 },
        ],
        ttlSeconds: 900,
      },
      signal,
    );
    expect(produced).toEqual({ reservationExpiresAt: '2099-01-01T00:00:00.000Z' });
  });

  it('turns OUT_OF_STOCK into an abort that ends the order CANCELLED, naming the product', async () => {
    const catalog = fakeCatalog();
    catalog.reserve.mockRejectedValue(
      new Refusal('catalog', 'OUT_OF_STOCK', 'Not enough', { productId: 'p-2', available: 0 }),
    );
    const abort = await rejectionOf(reserveStock(catalog, 900).invoke(checkoutContext()), SagaAbort);
    expect(abort.failure).toEqual({
      outcome: 'CANCELLED',
      code: 'OUT_OF_STOCK',
      reason: 'Out of stock: product p-2 has 0 left',
    });
  });

  it('lets transport failures through for a retry', async () => {
    const catalog = fakeCatalog();
    catalog.reserve.mockRejectedValue(transportError('catalog'));
    await rejectionOf(reserveStock(catalog, 900).invoke(checkoutContext()), RetryableError);
  });

  it('compensates by releasing the reservation', async () => {
    const catalog = fakeCatalog();
    await reserveStock(catalog, 900).compensate!(checkoutContext());
    expect(catalog.release).toHaveBeenCalledWith(ORDER_ID, signal);
    expect(catalog.restock).not.toHaveBeenCalled();
  });

  it('restocks instead when the reservation turns out committed', async () => {
    const catalog = fakeCatalog();
    catalog.release.mockRejectedValue(conflictRefusal('catalog'));
    await reserveStock(catalog, 900).compensate!(checkoutContext());
    expect(catalog.restock).toHaveBeenCalledWith(ORDER_ID, signal);
  });

  it('reserves a product listed on two lines once, with the summed quantity', () => {
    const line = (productId: string, quantity: number) => ({
      productId,
      sellerId: 's',
      quantity,
      unitPrice: { amount: 1, currency: 'USD' },
    });
    expect(stockLines([line('p-1', 2), line('p-2', 1), line('p-1', 3)])).toEqual([
      { productId: 'p-1', quantity: 5 },
      { productId: 'p-2', quantity: 1 },
    ]);
  });

  it('names the refusal when catalog refuses for another reason than stock', async () => {
    const catalog = fakeCatalog();
    catalog.reserve.mockRejectedValue(
      new Refusal('catalog', 'CONFLICT', 'reservationId reused with other items'),
    );
    const abort = await rejectionOf(reserveStock(catalog, 900).invoke(checkoutContext()), SagaAbort);
    expect(abort.failure).toEqual({
      outcome: 'CANCELLED',
      code: 'CONFLICT',
      reason: 'Stock could not be reserved: reservationId reused with other items',
    });
  });

  it('gives up as CANCELLED when catalog stays unreachable', () => {
    expect(reserveStock(fakeCatalog(), 900).giveUp).toMatchObject({
      outcome: 'CANCELLED',
      code: 'SERVICE_UNAVAILABLE',
    });
  });
});
