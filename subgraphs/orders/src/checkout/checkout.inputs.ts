import { Field, ID, InputType, registerEnumType } from 'type-graphql';

/** Payment method kinds. Declared identically by payments (enums shared across subgraphs must match). */
export enum PaymentMethodType {
  CARD = 'CARD',
  WALLET = 'WALLET',
  PAYPAL = 'PAYPAL',
}

// Word for word as payments declares it, so composition has nothing to reconcile.
registerEnumType(PaymentMethodType, {
  name: 'PaymentMethodType',
  description: 'How a payment is made',
  valuesConfig: {
    CARD: { description: 'A card, by provider token (tok_...); card numbers are never accepted' },
    WALLET: { description: "The buyer's wallet balance" },
    PAYPAL: { description: 'A redirect provider: the buyer approves on the provider page' },
  },
});

@InputType({ description: 'How the order is paid' })
export class PaymentMethodInput {
  @Field(() => PaymentMethodType, { description: 'CARD, WALLET or PAYPAL' })
  type!: PaymentMethodType;

  @Field(() => String, {
    nullable: true,
    description: 'Payment token of the card (CARD only), e.g. tok_visa',
  })
  cardToken?: string | null;
}

@InputType({ description: "Places an order for the caller's cart" })
export class CheckoutInput {
  @Field(() => PaymentMethodInput, { description: 'How the order is paid' })
  paymentMethod!: PaymentMethodInput;

  @Field(() => ID, { nullable: true, description: "One of the caller's addresses; copied into the order" })
  shippingAddressId?: string | null;

  @Field({
    description:
      'Unique per checkout attempt (e.g. a UUID made when the buyer pressed "Pay"); retries with the same key return the same order and never charge twice',
  })
  idempotencyKey!: string;
}
