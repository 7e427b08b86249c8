import type { Money } from '@commerce/contracts';
import { graphql, GraphQLResponse } from '@commerce/testing';

/** Every field of an order a client can select (federated stubs by id). */
const ORDER_FIELDS = `
  id status couponCode createdAt updatedAt
  buyer { id }
  items { id product { id } seller { id } name quantity unitPrice { amount currency } lineTotal { amount currency } }
  subtotal { amount currency } discount { amount currency } total { amount currency }
  statusHistory { status reason reasonCode at actor { id } }
  shippingAddress { line1 line2 city postalCode country }
  shipment { seller { id } carrier trackingNumber status events { status description at } shippedAt deliveredAt }
  shipments { seller { id } carrier trackingNumber status }
  paymentAction { redirectUrl expiresAt }
`;

export interface OrderView {
  id: string;
  status: string;
  couponCode: string | null;
  createdAt: string;
  updatedAt: string;
  buyer: { id: string };
  items: {
    id: string;
    product: { id: string };
    seller: { id: string };
    name: string;
    quantity: number;
    unitPrice: Money;
    lineTotal: Money;
  }[];
  subtotal: Money;
  discount: Money;
  total: Money;
  statusHistory: {
    status: string;
    reason: string | null;
    reasonCode: string | null;
    at: string;
    actor: { id: string } | null;
  }[];
  shippingAddress: {
    line1: string;
    line2: string | null;
    city: string;
    postalCode: string;
    country: string;
  } | null;
  shipment: {
    seller: { id: string };
    carrier: string;
    trackingNumber: string;
    status: string;
    events: { status: string; description: string; at: string }[];
  } | null;
  shipments: { seller: { id: string }; carrier: string; trackingNumber: string; status: string }[];
  paymentAction: { redirectUrl: string | null; expiresAt: string } | null;
}

export interface CheckoutVariables {
  paymentMethod: { type: string; cardToken?: string | null };
  shippingAddressId?: string | null;
  idempotencyKey?: string;
}

type Response<K extends string> = Promise<GraphQLResponse<Record<K, OrderView>>>;

/** The orders operations of docs/api.md, sent to one orders service (or the gateway). */
export function ordersClient(url: string) {
  const mutate = <K extends string>(
    name: K,
    args: string,
    params: string,
    variables: object,
    token?: string,
  ): Response<K> =>
    graphql<Record<K, OrderView>, unknown>(
      url,
      `mutation(${params}) { ${name}(${args}) { ${ORDER_FIELDS} } }`,
      variables,
      { token },
    );
  return {
    checkout: (token: string | undefined, input: CheckoutVariables) =>
      mutate('checkout', 'input: $input', '$input: CheckoutInput!', { input }, token),
    cancelOrder: (token: string, id: string) => mutate('cancelOrder', 'id: $id', '$id: ID!', { id }, token),
    markShipped: (token: string, orderId: string, carrier = 'UPS', trackingNumber = '1Z999AA10123456784') =>
      mutate(
        'markShipped',
        'orderId: $o, carrier: $c, trackingNumber: $t',
        '$o: ID!, $c: String!, $t: String!',
        { o: orderId, c: carrier, t: trackingNumber },
        token,
      ),
    markDelivered: (token: string, orderId: string) =>
      mutate('markDelivered', 'orderId: $o', '$o: ID!', { o: orderId }, token),
    requestReturn: (token: string, orderId: string, reason = 'Arrived damaged') =>
      mutate(
        'requestReturn',
        'orderId: $o, reason: $r',
        '$o: ID!, $r: String!',
        { o: orderId, r: reason },
        token,
      ),
    approveRefund: (token: string, orderId: string) =>
      mutate('approveRefund', 'orderId: $o', '$o: ID!', { o: orderId }, token),
    order: (token: string | undefined, id: string) =>
      graphql<{ order: OrderView | null }, unknown>(
        url,
        `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`,
        { id },
        { token },
      ),
    list: (
      token: string,
      field: 'myOrders' | 'sellerOrders',
      variables: { status?: string; first?: number; after?: string } = {},
    ) =>
      graphql<
        {
          [key: string]: {
            totalCount: number;
            edges: { cursor: string; node: OrderView }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        },
        unknown
      >(
        url,
        `query($status: OrderStatus, $first: Int, $after: String) {
           ${field}(status: $status, first: $first, after: $after) {
             totalCount edges { cursor node { id status items { id seller { id } } } } pageInfo { hasNextPage endCursor }
           }
         }`,
        variables,
        { token },
      ),
  };
}
