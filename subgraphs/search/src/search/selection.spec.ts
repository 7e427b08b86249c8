import { buildSchema, graphql, GraphQLResolveInfo } from 'graphql';
import { selectsField } from './selection';

const schema = buildSchema(`
  type Facets { brands: [String!]! }
  type Result { totalCount: Int!  facets: Facets! }
  type Query { search: Result! }
`);

async function facetsAsked(query: string): Promise<boolean> {
  let asked = false;
  await graphql({
    schema,
    source: query,
    rootValue: {
      search: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        asked = selectsField(info, 'facets');
        return { totalCount: 0, facets: { brands: [] } };
      },
    },
  });
  return asked;
}

describe('selectsField', () => {
  it.each([
    ['directly', '{ search { totalCount facets { brands } } }', true],
    ['not at all', '{ search { totalCount } }', false],
    ['in an inline fragment', '{ search { ... on Result { facets { brands } } } }', true],
    ['in a named fragment', '{ search { ...F } } fragment F on Result { facets { brands } }', true],
    [
      'in nested named fragments',
      '{ search { ...A } } fragment A on Result { ...B } fragment B on Result { facets { brands } }',
      true,
    ],
  ])('sees facets selected %s', async (_how, query, expected) => {
    expect(await facetsAsked(query)).toBe(expected);
  });
});
