import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PaymentStatus } from './payment-state';

registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description:
    'Where a payment is: PENDING -> AUTHORIZED -> CAPTURED -> PARTIALLY_REFUNDED/REFUNDED, or FAILED/VOIDED',
  valuesConfig: {
    PENDING: { description: 'Created; waiting for the provider, or for the buyer to approve (redirect)' },
    AUTHORIZED: { description: 'Funds are held; nothing has been taken yet' },
    CAPTURED: { description: 'The money was taken' },
    FAILED: { description: 'Declined or refused; no money is held (final)' },
    VOIDED: { description: 'The hold was released before capture (final)' },
    REFUNDED: { description: 'Everything captured was given back (final)' },
    PARTIALLY_REFUNDED: { description: 'Part of the captured amount was given back' },
  },
});

/** Shared with the orders subgraph's `PaymentMethodInput`: the values must stay identical there. */
export enum PaymentMethodType {
  CARD = 'CARD',
  WALLET = 'WALLET',
  PAYPAL = 'PAYPAL',
}

registerEnumType(PaymentMethodType, {
  name: 'PaymentMethodType',
  description: 'How a payment is made',
  valuesConfig: {
    CARD: { description: 'A card, by provider token (tok_...); card numbers are never accepted' },
    WALLET: { description: "The buyer's wallet balance" },
    PAYPAL: { description: 'A redirect provider: the buyer approves on the provider page' },
  },
});

/**
 * The order entity is owned by the orders subgraph; this subgraph only knows its id and contributes
 * `payments` (resolved in OrderResolver).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A placed order (owned by the orders service)' })
export class Order {
  @Field(() => ID, { description: 'The order id' })
  id!: string;
}

/** Amount, order, transactionRef and refunds are resolved in PaymentResolver from the stored row. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'One payment attempt for an order' })
export class Payment {
  @Field(() => ID, { description: 'The payment id' })
  id!: string;

  @Field(() => PaymentMethodType, { description: 'How it was paid' })
  method!: PaymentMethodType;

  @Field(() => PaymentStatus, { description: 'Where the payment is in its life' })
  status!: PaymentStatus;

  @Field({ description: 'When the payment was started' })
  createdAt!: Date;
}
