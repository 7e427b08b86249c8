import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError, parse } from 'graphql';

export const FOREIGN_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    greeting: String
    slowGreeting: String
    broken: String
  }
  type Mutation {
    slowWrite: Boolean
  }`;

/** How long the slow fields take: above the test's query timeout, below its mutation timeout. */
export const SLOW_MS = 1200;

const wait = () => new Promise((resolve) => setTimeout(resolve, SLOW_MS));

/**
 * A subgraph that is not ours: plain node:http and Apollo Server, GraphQL on POST /graphql and a
 * health check on `/health` only (no `/healthz`, no `/readyz`). It records what it was asked.
 */
export class ForeignSubgraph {
  readonly requests: string[] = [];
  readonly headers: IncomingHttpHeaders[] = [];
  private readonly apollo = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(FOREIGN_SDL),
      resolvers: {
        Query: {
          greeting: () => 'hello',
          slowGreeting: () => wait().then(() => 'slow hello'),
          broken: () => {
            throw new GraphQLError('No greeting today', { extensions: { code: 'BAD_USER_INPUT' } });
          },
        },
        Mutation: { slowWrite: () => wait().then(() => true) },
      },
    }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  private readonly server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      this.requests.push(`${req.method} ${req.url} ${raw}`.trim());
      this.headers.push(req.headers);
      if (req.method === 'GET' && req.url === '/health') {
        res.end('OK');
        return;
      }
      if (req.method !== 'POST' || req.url !== '/graphql') {
        res.statusCode = 404;
        res.end('Not Found');
        return;
      }
      const headers = new HeaderMap([['content-type', 'application/json']]);
      void this.apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: 'POST', headers, search: '', body: JSON.parse(raw) as unknown },
          context: async () => ({}),
        })
        .then((result) => {
          res.statusCode = result.status ?? 200;
          res.setHeader('content-type', 'application/json');
          res.end(result.body.kind === 'complete' ? result.body.string : '');
        });
    });
  });

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  async listen(): Promise<this> {
    await this.apollo.start();
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
    await this.apollo.stop();
  }
}
