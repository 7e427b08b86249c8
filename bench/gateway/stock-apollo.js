#!/usr/bin/env node
/**
 * The reference point of the gateway benchmark: a stock @apollo/gateway (the version this repository
 * uses) inside a plain ApolloServer standalone server, no plugins, no tuning.
 *
 *   node bench/gateway/stock-apollo.js <supergraph-file> <port>
 */
const fs = require('node:fs');
const { ApolloGateway } = require('@apollo/gateway');
const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');

async function main() {
  const [supergraphPath, port] = process.argv.slice(2);
  const gateway = new ApolloGateway({ supergraphSdl: fs.readFileSync(supergraphPath, 'utf8') });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
  console.log(`stock @apollo/gateway at ${url}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
