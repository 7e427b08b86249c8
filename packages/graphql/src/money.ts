import { Directive, Field, InputType, Int, ObjectType } from 'type-graphql';
import { InheritsCacheAge } from './cache-control';

/** Money in minor units (1999 = 19.99), never a float. Shared by every subgraph that shows prices. */
@Directive('@shareable')
@InheritsCacheAge()
@ObjectType({ description: 'An amount of money in minor units of its currency (1999 = 19.99)' })
export class Money {
  @Field(() => Int, { description: 'Amount in minor units (cents)' })
  amount!: number;

  @Field({ description: 'ISO 4217 currency code, e.g. USD' })
  currency!: string;
}

@InputType({ description: 'An amount of money in minor units of its currency' })
export class MoneyInput {
  @Field(() => Int, { description: 'Amount in minor units (cents)' })
  amount!: number;

  @Field({ description: 'ISO 4217 currency code, e.g. USD' })
  currency!: string;
}
