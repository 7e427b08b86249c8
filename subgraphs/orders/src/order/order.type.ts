import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money, PageInfo } from '@commerce/graphql';
import { ProductRef, UserRef } from '../federation/entity-stubs';
import { Shipment } from './shipment.type';
import { OrderStatus } from './order-state-machine';

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where an order is in its life, from checkout to delivery, cancellation or refund',
  valuesConfig: {
    PENDING: { description: 'Checkout in progress: stock and payment are being secured' },
    PAID: { description: 'Paid; waiting for the sellers to ship' },
    PAYMENT_FAILED: { description: 'The payment was declined or could not be completed; nothing is held' },
    SHIPPED: { description: 'Every seller handed its items to a carrier' },
    DELIVERED: { description: 'Every parcel arrived' },
    CANCELLED: { description: 'Cancelled before shipping; stock returned and any payment refunded' },
    RETURN_REQUESTED: { description: 'The buyer asked to return the order after delivery' },
    REFUNDED: { description: 'The return was approved and the payment refunded' },
  },
});

@ObjectType({ description: 'One line of an order, priced as it was at checkout' })
export class OrderItem {
  @Field(() => ID, { description: 'Line id' })
  id!: string;

  @Field(() => ProductRef, { description: 'The product bought' })
  product!: ProductRef;

  @Field(() => UserRef, { description: 'The seller of the product' })
  seller!: UserRef;

  @Field({ description: 'Product name at checkout (stays after the product is renamed)' })
  name!: string;

  @Field(() => Int, { description: 'Units bought' })
  quantity!: number;

  @Field(() => Money, { description: 'Price of one unit at checkout' })
  unitPrice!: Money;

  @Field(() => Money, { description: 'unitPrice times quantity' })
  lineTotal!: Money;
}

@ObjectType({ description: 'One change of an order status, with why and by whom' })
export class OrderStatusChange {
  @Field(() => OrderStatus, { description: 'The status entered' })
  status!: OrderStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why, in words (e.g. "Payment declined: insufficient funds")',
  })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why, as a code to branch on (PAYMENT_DECLINED, OUT_OF_STOCK, CANCELLED...); null when routine',
  })
  reasonCode!: string | null;

  @Field({ description: 'When it happened' })
  at!: Date;

  @Field(() => UserRef, { nullable: true, description: 'Who made the change; null when the system did' })
  actor!: UserRef | null;
}

@ObjectType({ description: 'Where the order is shipped: a copy of the address chosen at checkout' })
export class ShippingAddress {
  @Field({ description: 'Street and number' })
  line1!: string;

  @Field(() => String, { nullable: true, description: 'Apartment, suite, floor' })
  line2!: string | null;

  @Field({ description: 'City' })
  city!: string;

  @Field({ description: 'Postal code' })
  postalCode!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code' })
  country!: string;
}

@ObjectType({ description: 'What the buyer must do to finish paying (approve a PAYPAL payment)' })
export class PaymentAction {
  @Field(() => String, { nullable: true, description: 'Where to send the buyer to approve the payment' })
  redirectUrl!: string | null;

  @Field({ description: 'When the order fails if the payment is not approved' })
  expiresAt!: Date;
}

/** An order, owned by the orders subgraph; payments adds `payments` to it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A purchase by one buyer, possibly from several sellers' })
export class Order {
  @Field(() => ID, { description: 'Order id' })
  id!: string;

  @Field(() => UserRef, { description: 'Who bought' })
  buyer!: UserRef;

  @Field(() => [OrderItem], {
    description: 'The lines bought; a seller who is not the buyer sees only its own',
  })
  items!: OrderItem[];

  @Field(() => OrderStatus, { description: 'Where the order is in its life' })
  status!: OrderStatus;

  @Field(() => Money, { description: 'Sum of the lines' })
  subtotal!: Money;

  @Field(() => Money, { description: "The coupon's discount at checkout" })
  discount!: Money;

  @Field(() => Money, { description: 'What the buyer pays: subtotal minus discount' })
  total!: Money;

  @Field(() => String, { nullable: true, description: 'The coupon applied at checkout' })
  couponCode!: string | null;

  @Field(() => [OrderStatusChange], { description: 'Every status the order went through, oldest first' })
  statusHistory!: OrderStatusChange[];

  @Field(() => ShippingAddress, { nullable: true, description: 'Where it ships; null when none was given' })
  shippingAddress!: ShippingAddress | null;

  @Field(() => Shipment, {
    nullable: true,
    description: 'The parcel and its tracking; for a multi-seller order the latest one (see shipments)',
  })
  shipment!: Shipment | null;

  @Field(() => [Shipment], { description: "Every seller's parcel, in the order they were shipped" })
  shipments!: Shipment[];

  @Field(() => PaymentAction, {
    nullable: true,
    description: 'Only to the buyer, while the payment waits for approval (PAYPAL)',
  })
  paymentAction!: PaymentAction | null;

  @Field({ description: 'When the order was placed' })
  createdAt!: Date;

  @Field({ description: 'When the order last changed' })
  updatedAt!: Date;
}

@ObjectType({ description: 'An order in a list, with its cursor' })
export class OrderEdge {
  @Field({ description: 'Pass as `after` to get the orders after this one' })
  cursor!: string;

  @Field(() => Order, { description: 'The order' })
  node!: Order;
}

@ObjectType({ description: 'A page of orders, newest first' })
export class OrderConnection {
  @Field(() => [OrderEdge], { description: 'The orders of this page' })
  edges!: OrderEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many orders the list has in all (same filters)' })
  totalCount!: number;
}
