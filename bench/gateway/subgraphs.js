#!/usr/bin/env node
/**
 * The synthetic subgraphs of the gateway benchmark: users, products, reviews and inventory (whose
 * `shippingEstimate` @requires the product's price and weight), plain @apollo/subgraph schemas over
 * in-memory data, one process, one port each from --base-port (4201..4204 by default).
 *
 * They are built to cost as little as possible, so the gateway is what is measured: each answer is
 * computed once per distinct request body and then served from memory (the data never changes).
 *
 *   node bench/gateway/subgraphs.js [--base-port 4201] [--supergraph path]
 *
 * With --supergraph it also composes the four into a supergraph file (for the gateways) and exits.
 */
const { createServer } = require('node:http');
const fs = require('node:fs');
const { ApolloServer, HeaderMap } = require('@apollo/server');
const { ApolloServerPluginInlineTraceDisabled } = require('@apollo/server/plugin/disabled');
const { buildSubgraphSchema } = require('@apollo/subgraph');
const { composeServices } = require('@apollo/composition');
const { parse } = require('graphql');
const { parseArgs } = require('../lib/report');

const USERS = 10_000;
const PRODUCTS = 10_000;
const LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires"])';

const user = (n) => ({
  id: `u${n}`,
  name: `User number ${n}`,
  username: `user_${n}`,
  birthday: 1970 + (n % 40),
});
const product = (n) => ({
  upc: `p${n}`,
  name: `Product number ${n}`,
  price: 100 + ((n * 37) % 1900),
  weight: 1 + (n % 50),
});
const indexOf = (id) => Number(String(id).slice(1));
/** Review j: written by user j/3 (three per user), about product 7j mod PRODUCTS. */
const review = (j) => ({
  id: `r${j}`,
  body: `Review ${j}: solid build, arrived on time, would buy again from this seller.`,
  author: { id: `u${Math.floor(j / 3) % USERS}` },
  product: { upc: `p${(j * 7) % PRODUCTS}` },
});
const three = (n) => [0, 1, 2].map((k) => review(n * 3 + k));
const page = (first, offset, make, size) =>
  Array.from({ length: Math.min(first, 100) }, (_, i) => make((offset + i) % size));

const SUBGRAPHS = {
  users: {
    typeDefs: `${LINK}
      type Query { me: User  users(first: Int!, offset: Int! = 0): [User!]!  user(id: ID!): User }
      type User @key(fields: "id") { id: ID!  name: String!  username: String!  birthday: Int! }`,
    resolvers: {
      Query: {
        me: () => user(1),
        users: (_, { first, offset }) => page(first, offset, user, USERS),
        user: (_, { id }) => user(indexOf(id)),
      },
      User: { __resolveReference: ({ id }) => user(indexOf(id)) },
    },
  },
  products: {
    typeDefs: `${LINK}
      type Query { topProducts(first: Int!, offset: Int! = 0): [Product!]! }
      type Product @key(fields: "upc") { upc: String!  name: String!  price: Int!  weight: Int! }`,
    resolvers: {
      Query: { topProducts: (_, { first, offset }) => page(first, offset, product, PRODUCTS) },
      Product: { __resolveReference: ({ upc }) => product(indexOf(upc)) },
    },
  },
  reviews: {
    typeDefs: `${LINK}
      type Review @key(fields: "id") { id: ID!  body: String!  author: User!  product: Product! }
      type User @key(fields: "id") { id: ID!  reviews: [Review!]! }
      type Product @key(fields: "upc") { upc: String!  reviews: [Review!]! }`,
    resolvers: {
      Review: { __resolveReference: ({ id }) => review(indexOf(id)) },
      User: { reviews: ({ id }) => three(indexOf(id)) },
      Product: { reviews: ({ upc }) => three(indexOf(upc)) },
    },
  },
  inventory: {
    typeDefs: `${LINK}
      type Product @key(fields: "upc") {
        upc: String!
        price: Int! @external
        weight: Int! @external
        inStock: Boolean!
        shippingEstimate: Int! @requires(fields: "price weight")
      }`,
    resolvers: {
      Product: {
        __resolveReference: (reference) => reference,
        inStock: ({ upc }) => indexOf(upc) % 3 !== 0,
        // Free over 1000, else half a unit per weight unit: needs both fields from products.
        shippingEstimate: ({ price, weight }) => (price > 1000 ? 0 : Math.round(weight / 2)),
      },
    },
  },
};

const NAMES = Object.keys(SUBGRAPHS);
const urlOf = (basePort, i) => `http://127.0.0.1:${basePort + i}/graphql`;

function compose(basePort) {
  const result = composeServices(
    NAMES.map((name, i) => ({ name, typeDefs: parse(SUBGRAPHS[name].typeDefs), url: urlOf(basePort, i) })),
  );
  if (!result.supergraphSdl) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

async function serve(name, port) {
  const { typeDefs, resolvers } = SUBGRAPHS[name];
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  const answers = new Map(); // request body -> response body; bounded below
  const http = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let answer = answers.get(raw);
      if (answer === undefined && !raw.startsWith('{')) {
        // Not a GraphQL POST (a probe, a stray client): answer it without crashing the benchmark.
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end('{"errors":[{"message":"POST a JSON GraphQL request"}]}');
        return;
      }
      if (answer === undefined) {
        const headers = new HeaderMap([['content-type', 'application/json']]);
        const result = await server.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: 'POST', headers, search: '', body: JSON.parse(raw) },
          context: async () => ({}),
        });
        answer = result.body.kind === 'complete' ? result.body.string : '{"errors":[{"message":"chunked"}]}';
        if (answers.size > 50_000) answers.clear();
        answers.set(raw, answer);
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
      res.end(answer);
    });
  });
  http.keepAliveTimeout = 65_000;
  await new Promise((resolve) => http.listen(port, '127.0.0.1', resolve));
}

async function main() {
  const args = parseArgs();
  const basePort = Number(args['base-port'] ?? 4201);
  if (args.supergraph) {
    fs.writeFileSync(args.supergraph, compose(basePort));
    return;
  }
  await Promise.all(NAMES.map((name, i) => serve(name, basePort + i)));
  console.log(`subgraphs listening: ${NAMES.map((name, i) => `${name} ${urlOf(basePort, i)}`).join(', ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
