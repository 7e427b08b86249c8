import { GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { AppError } from '@commerce/errors';
import { depthLimitRule } from './query-depth';
import { limitsSchema } from './query-limits.fixture';

const check = (query: string, maxDepth = 4) =>
  validate(limitsSchema, parse(query), [...specifiedRules, depthLimitRule(maxDepth)]);

/** `{ product(id: 1) { related { related { ... { id } } } } }` with `levels` nested selections. */
function nested(levels: number): string {
  let selection = 'id';
  for (let i = 1; i < levels; i++) selection = `related { ${selection} }`;
  return `query Deep { product(id: "1") { ${selection} } }`;
}

describe('depthLimitRule', () => {
  it('accepts a normal query', () => {
    expect(check('{ product(id: "1") { name reviews(first: 5) { body author { name } } } }')).toEqual([]);
  });

  it('accepts a query exactly at the limit', () => {
    expect(check(nested(4))).toEqual([]);
  });

  it('rejects a query deeper than the limit with BAD_USER_INPUT naming the limit', () => {
    const errors = check(nested(6));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('Query is nested too deeply: the maximum depth is 4');
    const original = errors[0].originalError;
    expect(original).toBeInstanceOf(AppError);
    expect((original as AppError).code).toBe('BAD_USER_INPUT');
    expect((original as AppError).details).toEqual({ maxDepth: 4 });
  });

  it('counts depth through fragments', () => {
    const query = `
      query Deep { product(id: "1") { ...A } }
      fragment A on Product { related { related { ...B } } }
      fragment B on Product { related { related { related { id } } } }
    `;
    expect(check(query)).toHaveLength(1);
  });

  it('does not count introspection fields', () => {
    const introspection =
      '{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }';
    expect(check(introspection)).toEqual([]);
  });

  it('leaves unknown and cyclic fragments to the standard rules instead of crashing', () => {
    const unknown = check('{ product(id: "1") { ...Missing } }');
    expect(unknown.map((e: GraphQLError) => e.message)).toEqual(['Unknown fragment "Missing".']);
    const cyclic = check(`
      { product(id: "1") { ...A } }
      fragment A on Product { ...B }
      fragment B on Product { ...A }
    `);
    expect(cyclic.some((e) => /Cannot spread fragment "A" within itself/.test(e.message))).toBe(true);
  });
});
