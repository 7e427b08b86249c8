import { buildSchema } from 'graphql';

/** A small marketplace-shaped schema for the depth and cost specs. */
export const limitsSchema = buildSchema(`
  type Query {
    product(id: ID!): Product
    products(first: Int): [Product!]!
  }
  type Product {
    id: ID!
    name: String!
    related: [Product!]!
    reviews(first: Int): [Review!]!
  }
  type Review {
    id: ID!
    body: String!
    author: User!
  }
  type User {
    id: ID!
    name: String!
    reviews(first: Int): [Review!]!
  }
`);
