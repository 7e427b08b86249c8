import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money, PageInfo } from '@commerce/graphql';

export enum WalletTransactionKind {
  TOP_UP = 'TOP_UP',
  HOLD = 'HOLD',
  CAPTURE = 'CAPTURE',
  RELEASE = 'RELEASE',
  REFUND = 'REFUND',
}

registerEnumType(WalletTransactionKind, {
  name: 'WalletTransactionKind',
  description: 'What moved money in or out of the wallet',
  valuesConfig: {
    TOP_UP: { description: 'Money added by card' },
    HOLD: { description: 'Money held for a payment (taken out of the balance)' },
    CAPTURE: { description: 'The uncaptured rest of a hold, back in the balance' },
    RELEASE: { description: 'A hold released because the payment was voided' },
    REFUND: { description: 'A refund credited to the wallet' },
  },
});

/** `balance` and `transactions` are resolved in WalletResolver. */
@ObjectType({ description: "The buyer's wallet: a balance kept by a double-entry ledger" })
export class Wallet {
  @Field(() => ID, { description: 'The wallet id' })
  id!: string;
}

@ObjectType({ description: 'One movement on the wallet' })
export class WalletTransaction {
  @Field(() => ID, { description: 'The ledger entry id' })
  id!: string;

  @Field(() => WalletTransactionKind, { description: 'What the movement was' })
  kind!: WalletTransactionKind;

  @Field(() => Money, { description: 'Signed: positive adds to the balance, negative takes from it' })
  amount!: Money;

  @Field(() => ID, { nullable: true, description: 'The payment it belongs to' })
  paymentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The refund it belongs to' })
  refundId!: string | null;

  @Field({ description: 'When the movement was booked' })
  createdAt!: Date;
}

@ObjectType({ description: 'A wallet movement in a page of movements' })
export class WalletTransactionEdge {
  @Field({ description: 'Opaque position; pass as `after` for the next page' })
  cursor!: string;

  @Field(() => WalletTransaction, { description: 'The movement' })
  node!: WalletTransaction;
}

@ObjectType({ description: 'Wallet movements, newest first' })
export class WalletTransactionConnection {
  @Field(() => [WalletTransactionEdge], { description: 'This page of movements' })
  edges!: WalletTransactionEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of movements on the wallet' })
  totalCount!: number;
}
