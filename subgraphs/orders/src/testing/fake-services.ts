import { randomUUID } from 'node:crypto';
import type { AuthorizePayment, Money, QuoteCheckout, ReserveStock, RouteAnswer } from '@commerce/contracts';
import { AppError, ErrorCode } from '@commerce/errors';
import { errorBody } from '@commerce/http';
import { FakeAnswer, FakeHttpService } from './fake-http';

/**
 * Stand-ins for cart, catalog and payments, speaking exactly the contracts orders codes against
 * (@commerce/contracts; their answers are typed by them, so a contract change reaches the fakes too). They keep just enough state to make the saga's outcome checkable: stock per
 * product, reservations, payments and their money.
 */

/** A refusal in the one internal error body `{ error: { code, message, details? } }`. */
const refusal = (
  status: number,
  code: ErrorCode,
  message: string,
  details?: Record<string, unknown>,
): FakeAnswer => ({ status, body: errorBody(new AppError(code, message, details)) });
const conflict = (code: ErrorCode, message: string, details?: Record<string, unknown>) =>
  refusal(409, code, message, details);
const notFound = (what: string) => refusal(404, ErrorCode.NOT_FOUND, `${what} not found`);

// ---------------------------------------------------------------- cart

interface FakeCartLine {
  productId: string;
  sellerId: string;
  name?: string;
  quantity: number;
  unitPrice: number;
}

interface FakeCart {
  cartId: string;
  currency: string;
  lines: FakeCartLine[];
  coupon: { code: string; kind: 'PERCENT' | 'FIXED'; value: number } | null;
  /** Products the cart reports unavailable at quote time. */
  unavailable: boolean;
}

class FakeCartService extends FakeHttpService {
  readonly carts = new Map<string, FakeCart>();

  constructor(serviceToken: string) {
    super('cart', serviceToken, {
      'POST /internal/carts/checkout-quote': (body) => this.quote(String(body.buyerId)),
    });
  }

  /** Fills the buyer's cart (replacing it). */
  setCart(buyerId: string, lines: FakeCartLine[], options: Partial<Omit<FakeCart, 'lines'>> = {}): FakeCart {
    const cart: FakeCart = {
      cartId: randomUUID(),
      currency: 'USD',
      coupon: null,
      unavailable: false,
      ...options,
      lines,
    };
    this.carts.set(buyerId, cart);
    return cart;
  }

  /** What cart does on order.paid: the cart that was quoted is emptied (not one filled since). */
  clear(buyerId: string, cartId: string): void {
    const cart = this.carts.get(buyerId);
    if (cart?.cartId === cartId) cart.lines = [];
  }

  private quote(buyerId: string): FakeAnswer {
    const cart = this.carts.get(buyerId);
    if (!cart || cart.lines.length === 0) return conflict(ErrorCode.CONFLICT, 'Your cart is empty');
    if (cart.unavailable)
      return conflict(ErrorCode.OUT_OF_STOCK, 'An item of your cart is no longer available');
    const usd = (amount: number): Money => ({ amount, currency: cart.currency });
    const items = cart.lines.map((line, index) => ({
      itemId: `item-${index}`,
      productId: line.productId,
      sellerId: line.sellerId,
      name: line.name ?? `Product ${index + 1}`,
      quantity: line.quantity,
      unitPrice: usd(line.unitPrice),
      lineTotal: usd(line.unitPrice * line.quantity),
    }));
    const subtotal = items.reduce((sum, item) => sum + item.lineTotal.amount, 0);
    const coupon = cart.coupon;
    const discount = !coupon
      ? 0
      : coupon.kind === 'PERCENT'
        ? Math.floor((subtotal * coupon.value) / 100)
        : Math.min(subtotal, coupon.value);
    const body: RouteAnswer<typeof QuoteCheckout> = {
      cartId: cart.cartId,
      currency: cart.currency,
      items,
      coupon,
      subtotal: usd(subtotal),
      discount: usd(discount),
      total: usd(subtotal - discount),
    };
    return { status: 200, body };
  }
}

// ---------------------------------------------------------------- catalog

type FakeReservationStatus = 'RESERVED' | 'COMMITTED' | 'RELEASED' | 'EXPIRED' | 'RESTOCKED';

interface FakeReservation {
  reservationId: string;
  orderId: string;
  items: { productId: string; quantity: number }[];
  status: FakeReservationStatus;
  expiresAt: Date;
}

class FakeCatalogService extends FakeHttpService {
  readonly stock = new Map<string, number>();
  readonly reservations = new Map<string, FakeReservation>();

  constructor(serviceToken: string) {
    super('catalog', serviceToken, {
      'POST /inventory/reservations': (body) => this.reserve(body),
      'POST /inventory/reservations/commit': (body) => this.commit(String(body.reservationId)),
      'POST /inventory/reservations/release': (body) => this.release(String(body.reservationId)),
      'POST /inventory/restock': (body) => this.restock(String(body.reservationId)),
    });
  }

  setStock(productId: string, available: number): void {
    this.stock.set(productId, available);
  }

  /** Reservations still holding stock (neither committed nor given back). */
  held(): FakeReservation[] {
    return [...this.reservations.values()].filter((r) => r.status === 'RESERVED');
  }

  private reserve(body: Record<string, unknown>): FakeAnswer {
    const id = String(body.reservationId);
    const existing = this.reservations.get(id);
    if (existing) return { status: 200, body: this.view(existing) };
    const items = body.items as { productId: string; quantity: number }[];
    // Checked and taken in one synchronous block: atomic, as catalog's conditional decrement is.
    for (const item of items) {
      const available = this.stock.get(item.productId) ?? 0;
      if (available < item.quantity) {
        return conflict(ErrorCode.OUT_OF_STOCK, 'Not enough stock', { productId: item.productId, available });
      }
    }
    for (const item of items) this.stock.set(item.productId, this.stock.get(item.productId)! - item.quantity);
    const ttlSeconds = Number(body.ttlSeconds ?? 900);
    const reservation: FakeReservation = {
      reservationId: id,
      orderId: String(body.orderId),
      items,
      status: 'RESERVED',
      expiresAt: new Date(Date.now() + ttlSeconds * 1000),
    };
    this.reservations.set(id, reservation);
    return { status: 200, body: this.view(reservation) };
  }

  private commit(id: string): FakeAnswer {
    const reservation = this.reservations.get(id);
    if (!reservation) return notFound('Reservation');
    if (reservation.status === 'RESERVED' && reservation.expiresAt.getTime() <= Date.now())
      this.giveBack(reservation, 'EXPIRED');
    if (reservation.status === 'COMMITTED') return { status: 200, body: this.view(reservation) };
    if (reservation.status !== 'RESERVED')
      return conflict(ErrorCode.CONFLICT, `Reservation is ${reservation.status}`);
    reservation.status = 'COMMITTED';
    return { status: 200, body: this.view(reservation) };
  }

  private release(id: string): FakeAnswer {
    const reservation = this.reservations.get(id);
    if (!reservation) return notFound('Reservation');
    if (reservation.status === 'COMMITTED') return conflict(ErrorCode.CONFLICT, 'Reservation is committed');
    if (reservation.status === 'RESERVED') this.giveBack(reservation, 'RELEASED');
    return { status: 200, body: this.view(reservation) };
  }

  private restock(id: string): FakeAnswer {
    const reservation = this.reservations.get(id);
    if (!reservation) return notFound('Reservation');
    if (reservation.status === 'COMMITTED') this.giveBack(reservation, 'RESTOCKED');
    if (reservation.status === 'RESERVED') this.giveBack(reservation, 'RELEASED');
    return { status: 200, body: this.view(reservation) };
  }

  private giveBack(reservation: FakeReservation, status: FakeReservationStatus): void {
    for (const item of reservation.items)
      this.stock.set(item.productId, (this.stock.get(item.productId) ?? 0) + item.quantity);
    reservation.status = status;
  }

  private view(reservation: FakeReservation): RouteAnswer<typeof ReserveStock> {
    return { ...reservation, expiresAt: reservation.expiresAt.toISOString() };
  }
}

// ---------------------------------------------------------------- payments

type FakePaymentStatus = 'REQUIRES_ACTION' | 'AUTHORIZED' | 'CAPTURED' | 'VOIDED' | 'REFUNDED';

interface FakePayment {
  paymentId: string;
  orderId: string;
  idempotencyKey: string;
  amount: Money;
  method: string;
  status: FakePaymentStatus;
}

/** Stripe's test tokens, as payments' local card simulator reads them (docs/api.md). */
const DECLINES: Record<string, string> = {
  tok_chargeDeclined: 'card_declined',
  tok_chargeDeclinedInsufficientFunds: 'insufficient_funds',
};

class FakePaymentsService extends FakeHttpService {
  readonly payments = new Map<string, FakePayment>();
  /** What each idempotency key made: a payment, or the decline it answers every time. */
  private readonly byKey = new Map<string, FakePayment | FakeAnswer>();

  constructor(serviceToken: string) {
    super('payments', serviceToken, {
      'POST /payments/authorize': (body) => this.authorize(body),
      'POST /payments/pay': (body) => this.pay(body),
      'POST /payments/capture': (body) => this.capture(String(body.paymentId)),
      'POST /payments/void': (body) =>
        this.move(String(body.paymentId), ['AUTHORIZED', 'REQUIRES_ACTION'], 'VOIDED'),
      'POST /payments/refund': (body) => this.move(String(body.paymentId), ['CAPTURED'], 'REFUNDED'),
    });
  }

  /** The buyer approved a payment on PayPal. */
  approve(paymentId: string): void {
    this.payments.get(paymentId)!.status = 'AUTHORIZED';
  }

  /** Payments that ever held money for an order (one per key that was not declined). */
  forOrder(orderId: string): FakePayment[] {
    return [...this.payments.values()].filter((p) => p.orderId === orderId);
  }

  withStatus(status: FakePaymentStatus): FakePayment[] {
    return [...this.payments.values()].filter((p) => p.status === status);
  }

  /** Holds the money, once per key: a replay answers the payment's current status (or its decline). */
  private authorize(body: Record<string, unknown>): FakeAnswer {
    const key = String(body.idempotencyKey);
    let made = this.byKey.get(key);
    if (!made) {
      made = this.newPayment(key, body);
      this.byKey.set(key, made);
    }
    if (!('paymentId' in made)) return made;
    const redirect = made.status === 'REQUIRES_ACTION';
    const answer: RouteAnswer<typeof AuthorizePayment> = {
      paymentId: made.paymentId,
      status: made.status,
      ...(redirect ? { redirectUrl: `https://paypal.example/approve/${made.paymentId}` } : {}),
    };
    return { status: 200, body: answer };
  }

  /** authorize, then capture what it holds (as payments' PaymentService.pay does). */
  private pay(body: Record<string, unknown>): FakeAnswer {
    const answer = this.authorize(body);
    const { paymentId, status } = answer.body as { paymentId?: string; status?: string };
    return status === 'AUTHORIZED' ? this.capture(paymentId!) : answer;
  }

  private capture(paymentId: string): FakeAnswer {
    return this.move(paymentId, ['AUTHORIZED'], 'CAPTURED');
  }

  /** What a new key makes: a payment, or the decline its card token asks for. */
  private newPayment(key: string, body: Record<string, unknown>): FakePayment | FakeAnswer {
    const method = body.method as { type: string; cardToken?: string };
    const decline = method.cardToken ? DECLINES[method.cardToken] : undefined;
    if (decline) return refusal(402, ErrorCode.PAYMENT_DECLINED, 'Declined', { reason: decline });
    const payment: FakePayment = {
      paymentId: randomUUID(),
      orderId: String(body.orderId),
      idempotencyKey: key,
      amount: body.amount as Money,
      method: method.type,
      status: method.type === 'PAYPAL' ? 'REQUIRES_ACTION' : 'AUTHORIZED',
    };
    this.payments.set(payment.paymentId, payment);
    return payment;
  }

  private move(paymentId: string, from: FakePaymentStatus[], to: FakePaymentStatus): FakeAnswer {
    const payment = this.payments.get(paymentId);
    if (!payment) return notFound('Payment');
    if (payment.status === to) return { status: 200, body: { paymentId, status: to } };
    if (!from.includes(payment.status)) return conflict(ErrorCode.CONFLICT, `Payment is ${payment.status}`);
    payment.status = to;
    return { status: 200, body: { paymentId, status: to } };
  }
}

// ---------------------------------------------------------------- all three

export interface FakeServices {
  cart: FakeCartService;
  catalog: FakeCatalogService;
  payments: FakePaymentsService;
  close(): Promise<void>;
}

/** Starts the three fakes on ephemeral ports. */
export async function startFakeServices(serviceToken: string): Promise<FakeServices> {
  const cart = await new FakeCartService(serviceToken).start();
  const catalog = await new FakeCatalogService(serviceToken).start();
  const payments = await new FakePaymentsService(serviceToken).start();
  return {
    cart,
    catalog,
    payments,
    close: async () => {
      await Promise.all([cart.close(), catalog.close(), payments.close()]);
    },
  };
}
