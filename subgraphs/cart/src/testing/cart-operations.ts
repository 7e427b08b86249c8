import { request } from 'undici';
import type { Money } from '@commerce/contracts';
import { graphql } from '@commerce/testing';

/** GraphQL documents of the cart's public operations, as frontend code would send them. */
const CART_FIELDS = `
  fragment CartFields on Cart {
    id updatedAt itemCount
    items {
      id quantity addedAt product { id }
      priceWhenAdded { amount currency } unitPrice { amount currency }
      priceChanged available lineTotal { amount currency }
    }
    coupon { code description applicable problem }
    subtotal { amount currency } discount { amount currency } total { amount currency }
  }`;

const CartQuery = `query Cart { cart { ...CartFields } } ${CART_FIELDS}`;
const AddToCart = `mutation AddToCart($productId: ID!, $quantity: Int!) {
  addToCart(productId: $productId, quantity: $quantity) { ...CartFields } } ${CART_FIELDS}`;
const UpdateCartItem = `mutation UpdateCartItem($itemId: ID!, $quantity: Int!) {
  updateCartItem(itemId: $itemId, quantity: $quantity) { ...CartFields } } ${CART_FIELDS}`;
const RemoveFromCart = `mutation RemoveFromCart($itemId: ID!) {
  removeFromCart(itemId: $itemId) { ...CartFields } } ${CART_FIELDS}`;
const ApplyCoupon = `mutation ApplyCoupon($code: String!) {
  applyCoupon(code: $code) { ...CartFields } } ${CART_FIELDS}`;
const RemoveCoupon = `mutation RemoveCoupon { removeCoupon { ...CartFields } } ${CART_FIELDS}`;
const CreateCoupon = `mutation CreateCoupon($input: CreateCouponInput!) {
  createCoupon(input: $input) {
    id code kind value currency minSubtotal startsAt endsAt usageLimit perUserLimit sellerId
    description timesUsed createdAt
  } }`;

export interface CartData {
  id: string;
  updatedAt: string;
  itemCount: number;
  items: {
    id: string;
    quantity: number;
    addedAt: string;
    product: { id: string };
    priceWhenAdded: Money;
    unitPrice: Money;
    priceChanged: boolean;
    available: boolean;
    lineTotal: Money;
  }[];
  coupon: { code: string; description: string; applicable: boolean; problem: string | null } | null;
  subtotal: Money;
  discount: Money;
  total: Money;
}

export interface CouponData {
  id: string;
  code: string;
  kind: 'PERCENT' | 'FIXED';
  value: number;
  currency: string | null;
  minSubtotal: number | null;
  startsAt: string | null;
  endsAt: string | null;
  usageLimit: number | null;
  perUserLimit: number | null;
  sellerId: string | null;
  description: string;
  timesUsed: number;
}

/** A small client bound to one cart service and one caller. */
export function cartClient(url: string, token?: string) {
  const send = <T>(document: string, variables: Record<string, unknown> = {}) =>
    graphql<T, Record<string, unknown>>(url, document, variables, { token });
  return {
    cart: () => send<{ cart: CartData }>(CartQuery),
    add: (productId: string, quantity: number) =>
      send<{ addToCart: CartData }>(AddToCart, { productId, quantity }),
    update: (itemId: string, quantity: number) =>
      send<{ updateCartItem: CartData }>(UpdateCartItem, { itemId, quantity }),
    remove: (itemId: string) => send<{ removeFromCart: CartData }>(RemoveFromCart, { itemId }),
    applyCoupon: (code: string) => send<{ applyCoupon: CartData }>(ApplyCoupon, { code }),
    removeCoupon: () => send<{ removeCoupon: CartData }>(RemoveCoupon),
    createCoupon: (input: Record<string, unknown>) =>
      send<{ createCoupon: CouponData }>(CreateCoupon, { input }),
    send,
  };
}

export type CartClient = ReturnType<typeof cartClient>;

/** Whatever the endpoint answered (a quote or an error): tests assert on its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type QuoteReply = { status: number; body: any };

/** Calls the checkout-quote endpoint as orders does; `token` null sends no Authorization header. */
export function postQuote(baseUrl: string, token: string | null, body: unknown): Promise<QuoteReply> {
  return postInternal(`${baseUrl}/internal/carts/checkout-quote`, token, body);
}

/** `POST /internal/carts/checkout-paid`: orders' inline settlement of a paid checkout. */
export function postSettlePaid(baseUrl: string, token: string | null, body: unknown): Promise<QuoteReply> {
  return postInternal(`${baseUrl}/internal/carts/checkout-paid`, token, body);
}

async function postInternal(url: string, token: string | null, body: unknown): Promise<QuoteReply> {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.statusCode, body: await response.body.json() };
}
