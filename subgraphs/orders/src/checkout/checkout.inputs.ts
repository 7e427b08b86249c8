import { Field, ID, InputType, registerEnumType } from 'type-graphql';

/** Payment method kinds. Declared identically by payments (enums shared across subgraphs must match). */
export enum PaymentMethodType {
  CARD = 'CARD',
  WALLET = 'WALLET',
  PAYPAL = 'PAYPAL',
}

registerEnumType(PaymentMethodType, {
  name: 'PaymentMethodType',
  description: 'How a buyer pays',
  valuesConfig: {
    CARD: { description: 'A card, by a payment token (Stripe test tokens in development)' },
    WALLET: { description: "The buyer's marketplace wallet balance" },
    PAYPAL: { description: 'PayPal: the buyer approves the payment on PayPal before the order is paid' },
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
