import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import {
  GraphQLObjectType,
  GraphQLInputObjectType,
  GraphQLEnumType,
  isIntrospectionType,
  parse,
} from 'graphql';
import gql from 'graphql-tag';
import { buildSearchSchema } from './schema';

/** What catalog will declare of the shared types (docs/api.md): the entity owner and the shareable edge. */
const catalogLike = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
  type Product @key(fields: "id") {
    id: ID!
    name: String!
  }
  type ProductEdge @shareable {
    cursor: String!
    node: Product!
  }
  type PageInfo @shareable {
    hasNextPage: Boolean!
    endCursor: String
  }
  type ProductConnection {
    edges: [ProductEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type Query {
    product(id: ID!): Product
    products(first: Int, after: String): ProductConnection
  }
`;

describe('search subgraph schema', () => {
  it('offers search and suggest with the arguments of docs/api.md', async () => {
    const sdl = printSubgraphSchema(await buildSearchSchema());
    expect(sdl).toMatch(
      /search\([\s\S]*query: String[\s\S]*filter: SearchFilter[\s\S]*sort: SearchSort[\s\S]*first: Int[\s\S]*after: String[\s\S]*\): SearchResult[ \n]/,
    );
    expect(sdl).toMatch(/suggest\([\s\S]*prefix: String![\s\S]*limit: Int[\s\S]*\): \[Suggestion!\][ \n]/);
    expect(sdl).toMatch(/type Product\s+@key\(fields: "id", resolvable: false\)/);
    expect(sdl).toMatch(/type ProductEdge\s+@shareable/);
  });

  it('describes every type, field, argument and enum value it defines', async () => {
    const schema = await buildSearchSchema();
    const missing: string[] = [];
    const own = [
      'Product',
      'ProductEdge',
      'SearchResult',
      'SearchFacets',
      'FacetCount',
      'Suggestion',
      'SearchFilter',
      'SearchSort',
      'PageInfo',
    ];
    for (const name of own) {
      const type = schema.getType(name)!;
      if (!type.description) missing.push(name);
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInputObjectType) {
        for (const field of Object.values(type.getFields()))
          if (!field.description) missing.push(`${name}.${field.name}`);
      }
      if (type instanceof GraphQLEnumType) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${name}.${value.name}`);
      }
    }
    const query = schema.getQueryType()!;
    for (const fieldName of ['search', 'suggest']) {
      const field = query.getFields()[fieldName];
      if (!field.description) missing.push(`Query.${fieldName}`);
      for (const arg of field.args) if (!arg.description) missing.push(`Query.${fieldName}(${arg.name})`);
    }
    expect(missing).toEqual([]);
    expect(Object.keys(schema.getTypeMap()).filter((n) => !isIntrospectionType(schema.getType(n)!))).toEqual(
      expect.arrayContaining(own),
    );
  });

  it('composes with a catalog that owns Product and shares ProductEdge and PageInfo', async () => {
    const search = parse(printSubgraphSchema(await buildSearchSchema()));
    const result = composeServices([
      { name: 'catalog', typeDefs: catalogLike, url: 'http://catalog/graphql' },
      { name: 'search', typeDefs: search, url: 'http://search/graphql' },
    ]);
    expect(result.errors ?? []).toEqual([]);
  });
});
