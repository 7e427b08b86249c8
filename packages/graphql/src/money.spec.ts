import { getMetadataStorage } from 'type-graphql';
import { money, type Money as MoneyContract, moneySchema } from '@commerce/contracts';
import { Money } from './money';

describe('Money (GraphQL)', () => {
  it('is the contracts’ Money, both ways (checked by the compiler)', () => {
    // `implements` makes the class assignable to the contract; this makes a contract value showable as
    // the GraphQL type without a copy (a price read from another service goes out as it came in).
    const contract: MoneyContract = money(1999, 'USD');
    const shown: Money = contract;
    const back: MoneyContract = shown;
    expect(back).toBe(contract);
  });

  it('exposes exactly the fields of the contract', () => {
    const fields = getMetadataStorage()
      .fields.filter((field) => field.target === Money)
      .map((field) => field.name);
    expect(fields.sort()).toEqual(Object.keys(moneySchema.shape).sort());
  });
});
