/** Money in minor units, as it travels between services and in GraphQL (never a float). */
export interface Money {
  amount: number;
  currency: string;
}

/** `{ amount, currency }` from the columns an entity stores it in. */
export function money(amount: number, currency: string): Money {
  return { amount, currency };
}
