import { Directive, Field, InputType, Int, ObjectType } from 'type-graphql';
import type { Money as MoneyContract } from '@commerce/contracts';
import { InheritsCacheAge } from './cache-control';

/**
 * Money in minor units (1999 = 19.99), never a float. Shared by every subgraph that shows prices. It is
 * the contracts' `Money` (@commerce/contracts) as a GraphQL type: a value read from another service is
 * shown as it is, and the compiler refuses the two drifting apart.
 */
@Directive('@shareable')
@InheritsCacheAge()
@ObjectType({ description: 'An amount of money in minor units of its currency (1999 = 19.99)' })
export class Money implements MoneyContract {
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
