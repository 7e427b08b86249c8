import { GraphQLError, parse } from 'graphql';
import { AppError } from '@commerce/errors';
import { assertQueryCost, queryCost } from './query-cost';
import { limitsSchema } from './query-limits.fixture';

const cost = (query: string, variables?: Record<string, unknown>) =>
  queryCost(limitsSchema, parse(query), variables);

describe('query cost', () => {
  it('counts one per field', () => {
    expect(cost('{ product(id: "1") { id name } }')).toBe(3);
  });

  it('multiplies a list by its first argument, literal or variable', () => {
    expect(cost('{ products(first: 10) { id name } }')).toBe(1 + 10 * 2);
    expect(cost('query Q($n: Int!) { products(first: $n) { id name } }', { n: 10 })).toBe(1 + 10 * 2);
  });

  it('assumes the default page size of 20 when first is absent', () => {
    expect(cost('{ products { id } }')).toBe(1 + 20 * 1);
  });

  it('accepts a normal page', () => {
    const query = '{ products(first: 20) { id name reviews(first: 5) { body author { name } } } }';
    expect(assertQueryCost(5000, limitsSchema, parse(query))).toBeLessThanOrEqual(5000);
  });

  it('rejects `first: 100` nested lists over the limit with BAD_USER_INPUT naming the limit', () => {
    const query = '{ products(first: 100) { id reviews(first: 100) { id body } } }';
    let thrown: unknown;
    try {
      assertQueryCost(5000, limitsSchema, parse(query));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    const error = thrown as GraphQLError;
    expect(error.message).toMatch(/^Query cost 20201 exceeds the maximum of 5000/);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.http).toEqual({ status: 400 });
    expect((error.originalError as AppError).details).toEqual({ cost: 20201, maximumCost: 5000 });
  });

  it('uses the variables of the request, so `first: $n` cannot hide a large page', () => {
    const query = 'query Q($n: Int, $m: Int) { products(first: $n) { reviews(first: $m) { id } } }';
    expect(() => assertQueryCost(5000, limitsSchema, parse(query), { n: 5, m: 5 })).not.toThrow();
    expect(() => assertQueryCost(5000, limitsSchema, parse(query), { n: 100, m: 100 })).toThrow(
      /exceeds the maximum of 5000/,
    );
  });

  it('reports variables that do not fit the operation as BAD_USER_INPUT', () => {
    const query = 'query Q($n: Int!) { products(first: $n) { id } }';
    expect(() => assertQueryCost(5000, limitsSchema, parse(query), {})).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});
