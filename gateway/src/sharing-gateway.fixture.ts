/**
 * A gateway over one throwaway subgraph, `accounts`, for the in-flight sharing and load-shedding specs.
 * Its resolvers answer slowly (so concurrent requests overlap) and count how often they ran; `whoami`
 * depends on who asks, read from the forwarded token (the gateway already verified it), so a shared
 * answer between two callers would show.
 */
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { request } from 'undici';
import type { RequestContext } from '@commerce/auth';
import { createLogger } from '@commerce/logging';
import { RunningService, ServiceMetrics, startService } from '@commerce/http';
import { TestIdentity } from '@commerce/testing';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway';

const SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    whoami: String!
    slow(ms: Int!): Int!
  }
  type Mutation {
    bump: Int!
  }`;

interface Counts {
  /** Resolver runs by field. */
  whoami: number;
  slow: number;
  bump: number;
  /** HTTP requests the subgraph received. */
  fetches: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function callerOf(authorization: string | undefined): string {
  if (!authorization) return 'anonymous';
  const payload = JSON.parse(Buffer.from(authorization.split('.')[1], 'base64url').toString('utf8'));
  return `${payload.sub} as ${[...payload.roles].sort().join('+')}`;
}

export interface SharingStack {
  gateway: RunningService;
  identity: TestIdentity;
  counts: Counts;
  stop(): Promise<void>;
}

export async function startSharingStack(env: Record<string, string> = {}): Promise<SharingStack> {
  const counts: Counts = { whoami: 0, slow: 0, bump: 0, fetches: 0 };
  const logger = createLogger({ service: 'accounts', level: 'silent' });
  const server = new ApolloServer<RequestContext & { authorization?: string }>({
    schema: buildSubgraphSchema({
      typeDefs: parse(SDL),
      resolvers: {
        Query: {
          whoami: async (_: unknown, __: unknown, context: { authorization?: string }) => {
            counts.whoami++;
            await pause(150);
            return callerOf(context.authorization);
          },
          slow: async (_: unknown, { ms }: { ms: number }) => {
            counts.slow++;
            await pause(ms);
            return ms;
          },
        },
        Mutation: {
          bump: async () => {
            await pause(100);
            return ++counts.bump;
          },
        },
      } as never,
    }),
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const accounts = await startService({
    name: 'accounts',
    port: 0,
    host: '127.0.0.1',
    logger,
    metrics: new ServiceMetrics('accounts', { processMetrics: false }),
    graphql: {
      server,
      context: async ({ req, scope }) => {
        counts.fetches++;
        const authorization = req.headers.authorization;
        return {
          requestId: scope.requestId,
          traceparent: scope.traceparent,
          user: null,
          ip: '127.0.0.1',
          ...(authorization ? { authorization } : {}),
        };
      },
    },
    shutdownTimeoutMs: 3000,
  });
  const identity = await TestIdentity.start();
  const composed = composeServices([{ name: 'accounts', typeDefs: parse(SDL), url: accounts.url }]);
  if (!composed.supergraphSdl) throw new Error('composition failed');
  const dir = await mkdtemp(join(tmpdir(), 'gateway-sharing-'));
  const supergraphPath = join(dir, 'supergraph.graphql');
  await writeFile(supergraphPath, composed.supergraphSdl);
  const config = {
    ...loadGatewayConfig({
      SUPERGRAPH_PATH: supergraphPath,
      JWKS_URL: identity.jwksUrl,
      RUNTIME_MODE: 'embedded',
      NODE_ENV: 'test',
      RESPONSE_CACHE_MB: '0', // the response cache has its own single flight; test ours alone
      // A busy test machine must not shed these requests; the lag bound has its own unit spec.
      OVERLOAD_MAX_EVENT_LOOP_LAG_MS: '0',
      SHUTDOWN_TIMEOUT_MS: '3000',
      ...env,
    }),
    GATEWAY_PORT: 0,
  };
  const gateway = await startGateway(config, createLogger({ service: 'gateway', level: 'silent' }));
  return {
    gateway,
    identity,
    counts,
    async stop() {
      await gateway.stop();
      await accounts.stop();
      await identity.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

/** POSTs a GraphQL body (as given, so tests control the exact bytes) with an optional token. */
export async function post(url: string, body: string, token?: string): Promise<Reply> {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return {
    status: response.statusCode,
    headers: response.headers,
    body: (await response.body.json()) as Reply['body'],
  };
}
