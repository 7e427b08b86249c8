import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import {
  GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
} from 'graphql';
import { buildReviewsSchema } from './schema';

/** Stand-ins for the owners of Product (catalog) and User (users). */
const OWNERS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
  type Product @key(fields: "id") { id: ID! name: String! }
  type User @key(fields: "id") { id: ID! username: String! }
  type PageInfo @shareable { hasNextPage: Boolean! endCursor: String }
  type Query { product(id: ID!): Product user(id: ID!): User }
`;

/** Types federation and type-graphql add, which we do not describe ourselves. */
const PLATFORM_TYPES = /^(_.*|link__.*|federation__.*|CacheControlScope|DateTime)$/;

describe('reviews schema', () => {
  it('offers the operations and fields docs/api.md names, with their types', async () => {
    const schema = await buildReviewsSchema();
    const signature = (typeName: string, fieldName: string) => {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) return undefined;
      const field = type.getFields()[fieldName];
      if (!field) return undefined;
      const args = field.args.map((arg) => `${arg.name}: ${arg.type.toString()}`).join(', ');
      return `${fieldName}(${args}): ${field.type.toString()}`;
    };
    expect({
      createReview: signature('Mutation', 'createReview'),
      updateReview: signature('Mutation', 'updateReview'),
      deleteReview: signature('Mutation', 'deleteReview'),
      rateSeller: signature('Mutation', 'rateSeller'),
      markReviewHelpful: signature('Mutation', 'markReviewHelpful'),
      reportReview: signature('Mutation', 'reportReview'),
      reviews: signature('Query', 'reviews'),
      reportedReviews: signature('Query', 'reportedReviews'),
      productReviews: signature('Product', 'reviews'),
      productRating: signature('Product', 'rating'),
      userReviews: signature('User', 'reviews'),
      sellerRating: signature('User', 'sellerRating'),
    }).toEqual({
      createReview: 'createReview(comment: String, rating: Int!, productId: ID!): Review!',
      updateReview: 'updateReview(comment: String, rating: Int, id: ID!): Review!',
      deleteReview: 'deleteReview(reason: String, id: ID!): Boolean!',
      rateSeller: 'rateSeller(comment: String, rating: Int!, sellerId: ID!, orderId: ID!): SellerReview!',
      markReviewHelpful: 'markReviewHelpful(id: ID!): Review!',
      reportReview: 'reportReview(reason: String!, id: ID!): Boolean!',
      reviews: 'reviews(first: Int, after: String, orderBy: ReviewOrder, productId: ID!): ReviewConnection',
      reportedReviews: 'reportedReviews(after: String, first: Int): ReportedReviewConnection',
      productReviews: 'reviews(first: Int, after: String, orderBy: ReviewOrder): ReviewConnection',
      productRating: 'rating(): RatingSummary',
      userReviews: 'reviews(first: Int, after: String, orderBy: ReviewOrder): ReviewConnection',
      sellerRating: 'sellerRating(): RatingSummary',
    });
    const sdl = printSubgraphSchema(schema);
    expect(sdl).toMatch(/type Review\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Product\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type User\s+@key\(fields: "id"\)/);
    const summary = schema.getType('RatingSummary');
    expect(
      isObjectType(summary) &&
        Object.values(summary.getFields()).map((f) => `${f.name}: ${f.type.toString()}`),
    ).toEqual(['average: Float', 'count: Int!', 'distribution: [Int!]!']);
  });

  it('describes every type, field, argument and enum value it defines', async () => {
    const schema = await buildReviewsSchema();
    const missing: string[] = [];
    const own = (type: GraphQLNamedType) =>
      !isIntrospectionType(type) && !isSpecifiedScalarType(type) && !PLATFORM_TYPES.test(type.name);
    for (const type of Object.values(schema.getTypeMap()).filter(own)) {
      const root = ['Query', 'Mutation'].includes(type.name);
      if (!root && !type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith('_')) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('composes with the owners of Product and User', async () => {
    const reviews = parse(printSubgraphSchema(await buildReviewsSchema()));
    const result = composeServices([
      { name: 'reviews', typeDefs: reviews, url: 'http://reviews' },
      { name: 'owners', typeDefs: parse(OWNERS_SDL), url: 'http://owners' },
    ]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('sellerRating: RatingSummary');
  });
});
