import { randomUUID } from 'node:crypto';
import { createEvent, EventEnvelope } from '@commerce/events';

/** Catalog's `product.created` / `product.updated`, shaped as catalog publishes them (extra fields included). */
export function productEvent(
  type: 'product.created' | 'product.updated',
  product: {
    productId: string;
    sellerId: string;
    status?: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
    updatedAt?: Date;
  },
): EventEnvelope {
  const updatedAt = (product.updatedAt ?? new Date()).toISOString();
  return createEvent('catalog', type, {
    productId: product.productId,
    sellerId: product.sellerId,
    categoryId: randomUUID(),
    categoryPath: [],
    name: 'Kettle',
    description: 'Boils water',
    brand: null,
    price: { amount: 2500, currency: 'USD' },
    images: [],
    attributes: [],
    status: product.status ?? 'ACTIVE',
    stockAvailable: 10,
    createdAt: updatedAt,
    updatedAt,
  });
}

/** An order of `buyerId`: the events orders publishes for it, with orders' full payloads. */
export class OrderFixture {
  readonly orderId = randomUUID();

  constructor(
    readonly buyerId: string,
    readonly items: { productId: string; sellerId: string }[],
  ) {}

  get sellerIds(): string[] {
    return [...new Set(this.items.map((item) => item.sellerId))];
  }

  paid(): EventEnvelope {
    return createEvent('orders', 'order.paid', {
      ...this.common('PAID', 'PENDING'),
      cartId: randomUUID(),
      subtotal: { amount: 2500 * this.items.length, currency: 'USD' },
      discount: { amount: 0, currency: 'USD' },
      couponCode: null,
      paymentId: randomUUID(),
      items: this.items.map((item) => ({
        ...item,
        quantity: 1,
        unitPrice: { amount: 2500, currency: 'USD' },
      })),
    });
  }

  delivered(): EventEnvelope {
    return createEvent('orders', 'order.delivered', {
      ...this.common('DELIVERED', 'SHIPPED'),
      shipments: this.sellerIds.map((sellerId) => ({ sellerId, carrier: 'UPS', trackingNumber: '1Z' })),
    });
  }

  refunded(): EventEnvelope {
    return createEvent('orders', 'order.refunded', {
      ...this.common('REFUNDED', 'RETURN_REQUESTED'),
      reason: 'Return approved; payment refunded',
      reasonCode: null,
      paymentId: randomUUID(),
      amount: { amount: 2500 * this.items.length, currency: 'USD' },
    });
  }

  private common(status: string, previousStatus: string) {
    return {
      orderId: this.orderId,
      buyerId: this.buyerId,
      sellerIds: this.sellerIds,
      status,
      previousStatus,
      total: { amount: 2500 * this.items.length, currency: 'USD' },
    };
  }
}
