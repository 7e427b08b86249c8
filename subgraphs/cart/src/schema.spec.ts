import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildCartSchema } from './schema';

/** A stand-in for the catalog's side of the contract: it owns Product and Money is shareable. */
const CATALOG_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
  type Money @shareable { amount: Int! currency: String! }
  type Product @key(fields: "id") { id: ID! name: String! price: Money! }
  type Query { product(id: ID!): Product }
`;

describe('cart schema', () => {
  it('offers the operations docs/api.md names, with every type described', async () => {
    const sdl = printSubgraphSchema(await buildCartSchema());
    for (const field of [
      'cart: Cart',
      'addToCart(',
      'updateCartItem(',
      'removeFromCart(itemId: ID!): Cart!',
      'applyCoupon(code: String!): Cart!',
      'removeCoupon: Cart!',
      'createCoupon(input: CreateCouponInput!): Coupon!',
    ]) {
      expect(sdl).toContain(field);
    }
    expect(sdl).toMatch(/type Cart\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Product\s+@key\(fields: "id", resolvable: false\)/);
  });

  it('composes with a catalog that owns Product', async () => {
    const cart = parse(printSubgraphSchema(await buildCartSchema()));
    const result = composeServices([
      { name: 'cart', typeDefs: cart, url: 'http://cart' },
      { name: 'catalog', typeDefs: parse(CATALOG_SDL), url: 'http://catalog' },
    ]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('priceChanged: Boolean!');
  });
});
