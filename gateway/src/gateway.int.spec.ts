/**
 * The gateway end to end against two throwaway subgraphs built here: `things` owns `Thing @key(id)`
 * and serves the JWKS, `reviews` contributes `Thing.rating`. They are composed into a temporary
 * supergraph file, so this spec depends on no real subgraph of the repo.
 */
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createHash, generateKeyPairSync, KeyObject } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import jwt from 'jsonwebtoken';
import { request } from 'undici';
import type { RequestContext } from '@commerce/auth';
import { createErrorFormatter, forbidden } from '@commerce/errors';
import { createLogger } from '@commerce/logging';
import { RunningService, sendJson, ServiceMetrics, startService } from '@commerce/http';
import { GatewayConfig, loadGatewayConfig } from './config';
import { startGateway } from './gateway';

const quiet = createLogger({ service: 'gateway-int-test', level: 'silent' });
const KID = 'test-key';

interface Seen {
  subgraph: string;
  headers: IncomingHttpHeaders;
}

/** Starts a subgraph on the platform runtime on a free port, recording the headers of every request. */
async function startSubgraph(
  name: string,
  sdl: string,
  resolvers: Record<string, Record<string, unknown>>,
  seen: Seen[],
  routes: Parameters<typeof startService>[0]['routes'] = [],
): Promise<RunningService> {
  const logger = createLogger({ service: name, level: 'silent' });
  const server = new ApolloServer<RequestContext>({
    schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never }),
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  return startService<RequestContext>({
    name,
    port: 0,
    host: '127.0.0.1',
    logger,
    metrics: new ServiceMetrics(name, { processMetrics: false }),
    graphql: {
      server,
      context: async ({ req, scope }) => {
        seen.push({ subgraph: name, headers: req.headers });
        return { requestId: scope.requestId, traceparent: scope.traceparent, user: null, ip: '127.0.0.1' };
      },
    },
    routes,
    shutdownTimeoutMs: 3000,
  });
}

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

const THINGS_SDL = `${LINK}
  type Thing @key(fields: "id") {
    id: ID!
    name: String!
    related(first: Int): [Thing!]!
  }
  type Query {
    thing(id: ID!): Thing
    things(first: Int): [Thing!]!
    slowThing(id: ID!): Thing
  }`;

const thing = (id: string) => ({ id, name: `Thing ${id}` });
const page = (first: number | undefined) =>
  Array.from({ length: Math.min(first ?? 20, 100) }, (_, i) => thing(String(i + 1)));

const THINGS_RESOLVERS = {
  Query: {
    thing: (_: unknown, { id }: { id: string }) => thing(id),
    things: (_: unknown, { first }: { first?: number }) => page(first),
    slowThing: (_: unknown, { id }: { id: string }) =>
      new Promise((resolve) => setTimeout(() => resolve(thing(id)), 500)),
  },
  Thing: {
    __resolveReference: ({ id }: { id: string }) => thing(id),
    related: (_: unknown, { first }: { first?: number }) => page(first),
  },
};

const REVIEWS_SDL = `${LINK}
  type Thing @key(fields: "id") {
    id: ID!
    rating: Int
    sellerNotes: String
    slowRating: Int
  }`;

const REVIEWS_RESOLVERS = {
  Thing: {
    __resolveReference: ({ id }: { id: string }) => ({ id }),
    rating: ({ id }: { id: string }) => Number(id) % 5,
    sellerNotes: () => {
      throw forbidden('Only the seller sees these notes');
    },
    slowRating: () => new Promise((resolve) => setTimeout(() => resolve(1), 2500)),
  },
};

interface Reply {
  status: number;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  };
}

async function post(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
  const text = await response.body.text();
  return { status: response.statusCode, text, body: JSON.parse(text) };
}

function signToken(
  key: KeyObject | string,
  claims: Record<string, unknown> = {},
  expiresIn: number | string = '5m',
): string {
  return jwt.sign({ sub: 'user-1', typ: 'access', roles: ['BUYER'], ...claims }, key as jwt.Secret, {
    algorithm: 'RS256',
    keyid: KID,
    issuer: 'commerce-users',
    audience: 'commerce',
    expiresIn: expiresIn as jwt.SignOptions['expiresIn'],
  });
}

describe('gateway (integration)', () => {
  const seen: Seen[] = [];
  const logLines: string[] = [];
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let dir: string;
  let things: RunningService;
  let reviews: RunningService;
  let gateway: RunningService;
  let config: GatewayConfig;
  let base: string;
  let token: string;

  beforeAll(async () => {
    const jwks = { keys: [{ ...publicKey.export({ format: 'jwk' }), kid: KID, alg: 'RS256', use: 'sig' }] };
    things = await startSubgraph('things', THINGS_SDL, THINGS_RESOLVERS, seen, [
      { method: 'GET', path: '/.well-known/jwks.json', handler: async ({ res }) => sendJson(res, 200, jwks) },
    ]);
    reviews = await startSubgraph('reviews', REVIEWS_SDL, REVIEWS_RESOLVERS, seen);

    const composed = composeServices([
      { name: 'things', typeDefs: parse(THINGS_SDL), url: things.url },
      { name: 'reviews', typeDefs: parse(REVIEWS_SDL), url: reviews.url },
    ]);
    if (!composed.supergraphSdl)
      throw new Error(`composition failed: ${composed.errors?.map((e) => e.message).join('; ')}`);
    dir = await mkdtemp(join(tmpdir(), 'gateway-int-'));
    const supergraphPath = join(dir, 'supergraph.graphql');
    await writeFile(supergraphPath, composed.supergraphSdl);

    config = {
      ...loadGatewayConfig({
        SUPERGRAPH_PATH: supergraphPath,
        JWKS_URL: `http://127.0.0.1:${things.port}/.well-known/jwks.json`,
        RUNTIME_MODE: 'embedded',
        NODE_ENV: 'test',
        MAX_QUERY_DEPTH: '6',
        SUBGRAPH_TIMEOUT_MS: '1000',
        SHUTDOWN_TIMEOUT_MS: '5000',
      }),
      GATEWAY_PORT: 0,
    };
    const logger = createLogger({
      service: 'gateway',
      level: 'warn',
      destination: { write: (line: string) => void logLines.push(line) },
    });
    gateway = await startGateway(config, logger);
    base = `http://127.0.0.1:${gateway.port}`;
    token = signToken(privateKey);
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([things?.stop(), reviews?.stop()]);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('resolves a federated query across both subgraphs', async () => {
    const reply = await post(gateway.url, { query: '{ thing(id: "7") { id name rating } }' });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ data: { thing: { id: '7', name: 'Thing 7', rating: 2 } } });
  });

  it('is ready when both subgraphs answer their readiness probe', async () => {
    const response = await request(`${base}/readyz`);
    expect(response.statusCode).toBe(200);
    expect(await response.body.json()).toEqual({
      status: 'ready',
      checks: { supergraph: true, 'subgraph:things': true, 'subgraph:reviews': true, load: true },
    });
  });

  it('forwards Authorization, x-request-id, the trace and the client address to every subgraph', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const reply = await post(
      gateway.url,
      { query: '{ thing(id: "3") { name rating } }' },
      {
        authorization: `Bearer ${token}`,
        'x-request-id': 'req-forward-1',
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
        'x-forwarded-for': '203.0.113.66', // spoofed by the client: the gateway is the edge and ignores it
      },
    );
    expect(reply.body.errors).toBeUndefined();
    const forwarded = seen.filter((s) => s.headers['x-request-id'] === 'req-forward-1');
    expect(forwarded.map((s) => s.subgraph).sort()).toEqual(['reviews', 'things']);
    for (const { headers } of forwarded) {
      expect(headers.authorization).toBe(`Bearer ${token}`);
      expect(headers.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
      expect(headers['x-forwarded-for']).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    }
  });

  it('lets anonymous callers through (subgraphs decide per field)', async () => {
    const reply = await post(gateway.url, { query: '{ thing(id: "1") { name } }' });
    expect(reply.status).toBe(200);
    expect(reply.body.data).toEqual({ thing: { name: 'Thing 1' } });
  });

  it('refuses an invalid or expired token with 401 UNAUTHENTICATED before planning', async () => {
    const before = seen.length;
    const { privateKey: otherKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = await post(
      gateway.url,
      { query: '{ thing(id: "1") { name } }' },
      { authorization: `Bearer ${signToken(otherKey)}` },
    );
    expect(forged.status).toBe(401);
    expect(forged.body).toEqual({
      errors: [{ message: 'Invalid access token', extensions: { code: 'UNAUTHENTICATED' } }],
    });

    const expired = await post(
      gateway.url,
      { query: '{ thing(id: "1") { name } }' },
      { authorization: `Bearer ${signToken(privateKey, {}, -60)}` },
    );
    expect(expired.status).toBe(401);
    expect(expired.body.errors?.[0]).toEqual({
      message: 'Access token expired',
      extensions: { code: 'UNAUTHENTICATED' },
    });

    const garbage = await post(
      gateway.url,
      { query: '{ thing(id: "1") { name } }' },
      { authorization: 'Bearer not.a.jwt' },
    );
    expect(garbage.status).toBe(401);
    expect(seen.length).toBe(before);
  });

  it('relays a subgraph error with its own code and message beside the other fields', async () => {
    const reply = await post(gateway.url, { query: '{ thing(id: "2") { name sellerNotes } }' });
    expect(reply.body.data).toEqual({ thing: { name: 'Thing 2', sellerNotes: null } });
    expect(reply.body.errors).toEqual([
      {
        message: 'Only the seller sees these notes',
        path: ['thing', 'sellerNotes'],
        extensions: { code: 'FORBIDDEN' },
      },
    ]);
  });

  it('serves automatic persisted queries: unknown hash, then hash + query, then hash alone', async () => {
    const query = '{ thing(id: "42") { id name rating } }';
    const extensions = {
      persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') },
    };

    const unknown = await post(gateway.url, { extensions });
    expect(unknown.body.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

    const registered = await post(gateway.url, { query, extensions });
    expect(registered.body).toEqual({ data: { thing: { id: '42', name: 'Thing 42', rating: 2 } } });

    const byHash = await post(gateway.url, { extensions });
    expect(byHash.body).toEqual(registered.body);
  });

  it('rejects a query deeper than MAX_QUERY_DEPTH with BAD_USER_INPUT', async () => {
    const deep =
      '{ thing(id: "1") { related { related { related { related { related { related { related { id } } } } } } } } }';
    const reply = await post(gateway.url, { query: deep });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors?.[0].message).toBe('Query is nested too deeply: the maximum depth is 6');
    expect(reply.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', details: { maxDepth: 6 } });
  });

  it('rejects a query costing more than MAX_QUERY_COST with BAD_USER_INPUT, literal or by variables', async () => {
    const before = seen.length;
    const literal = await post(gateway.url, {
      query: '{ things(first: 100) { related(first: 100) { id name } } }',
    });
    expect(literal.status).toBe(400);
    expect(literal.body.errors?.[0].message).toMatch(/^Query cost 20101 exceeds the maximum of 5000/);
    expect(literal.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const query = 'query Page($n: Int) { things(first: $n) { related(first: $n) { id } } }';
    const byVariables = await post(gateway.url, { query, variables: { n: 100 } });
    expect(byVariables.status).toBe(400);
    expect(byVariables.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(seen.length).toBe(before);

    const small = await post(gateway.url, { query, variables: { n: 3 } });
    expect(small.body.errors).toBeUndefined();

    // Accepted costs are remembered per document and variables; the same document with other
    // variables is still measured.
    const smallAgain = await post(gateway.url, { query, variables: { n: 3 } });
    const largeAgain = await post(gateway.url, { query, variables: { n: 100 } });
    expect(smallAgain.body.errors).toBeUndefined();
    expect(largeAgain.status).toBe(400);
    expect(largeAgain.body.errors?.[0].message).toMatch(/^Query cost \d+ exceeds the maximum of 5000/);
  });

  it('allows introspection outside production', async () => {
    const reply = await post(gateway.url, { query: '{ __schema { queryType { name } } }' });
    expect(reply.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('refuses introspection when NODE_ENV=production', async () => {
    const production = await startGateway({ ...config, NODE_ENV: 'production' }, quiet);
    try {
      const reply = await post(production.url, { query: '{ __schema { types { name } } }' });
      expect(reply.status).toBe(400);
      expect(reply.body.data).toBeUndefined();
      expect(reply.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(reply.body.errors?.[0].message).toMatch(/introspection is not allowed/);
      const normal = await post(production.url, { query: '{ thing(id: "5") { name } }' });
      expect(normal.body.data).toEqual({ thing: { name: 'Thing 5' } });
    } finally {
      await production.stop();
    }
  });

  it('refuses a GET query without a preflight header (CSRF prevention)', async () => {
    const url = `${gateway.url}?query=${encodeURIComponent('{ thing(id: "1") { name } }')}`;
    const simple = await request(url);
    const text = await simple.body.text();
    expect(simple.statusCode).toBe(400);
    expect(text).toMatch(/Cross-Site Request Forgery/);
    expect(text).not.toMatch(/Thing 1/);

    const preflighted = await request(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.statusCode).toBe(200);
    expect(await preflighted.body.json()).toEqual({ data: { thing: { name: 'Thing 1' } } });
  });

  it('answers SERVICE_UNAVAILABLE for a subgraph that times out, keeping the other fields', async () => {
    const reply = await post(gateway.url, { query: '{ thing(id: "8") { name slowRating } }' });
    expect(reply.body.data).toEqual({ thing: { name: 'Thing 8', slowRating: null } });
    expect(reply.body.errors).toEqual([
      { message: 'The reviews service is unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } },
    ]);
  });

  it('keeps the live subgraph data and reports SERVICE_UNAVAILABLE, without internals, when a subgraph is down', async () => {
    await reviews.stop();
    const reply = await post(
      gateway.url,
      { query: '{ thing(id: "9") { id name rating } }' },
      { 'x-request-id': 'req-down-1' },
    );
    expect(reply.status).toBe(200);
    expect(reply.body.data).toEqual({ thing: { id: '9', name: 'Thing 9', rating: null } });
    expect(reply.body.errors).toEqual([
      { message: 'The reviews service is unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } },
    ]);
    expect(reply.text).not.toMatch(/127\.0\.0\.1|http:|ECONNREFUSED|stacktrace|exception|fetch failed/i);

    // The operator, unlike the caller, learns where and why.
    const logged = logLines
      .map((line) => JSON.parse(line))
      .find((l) => l.msg === 'subgraph fetch failed' && l.requestId === 'req-down-1');
    expect(logged).toMatchObject({ subgraph: 'reviews', reason: 'ECONNREFUSED', url: reviews.url });
  });

  it('is not ready while a subgraph is down, and stays alive', async () => {
    const ready = await request(`${base}/readyz`);
    expect(ready.statusCode).toBe(503);
    expect(await ready.body.json()).toMatchObject({
      checks: { 'subgraph:things': true, 'subgraph:reviews': false },
    });
    const alive = await request(`${base}/healthz`);
    expect(alive.statusCode).toBe(200);
    await alive.body.dump();
  });

  it('exposes the per-subgraph fetch histogram and error counter on /metrics', async () => {
    const response = await request(`${base}/metrics`);
    const text = await response.body.text();
    expect(text).toMatch(
      /gateway_subgraph_fetch_duration_seconds_bucket\{[^}]*subgraph="things"[^}]*\} [1-9]/,
    );
    expect(text).toMatch(
      /gateway_subgraph_fetch_duration_seconds_count\{[^}]*subgraph="reviews"[^}]*\} [1-9]/,
    );
    expect(text).toMatch(/gateway_subgraph_fetch_errors_total\{[^}]*subgraph="reviews"[^}]*\} [2-9]/);
    expect(text).toMatch(/graphql_request_duration_seconds_count\{[^}]*service="gateway"[^}]*\} [1-9]/);
  });

  it('stops gracefully within 10 s, finishing the request in flight', async () => {
    const inFlight = post(
      gateway.url,
      { query: '{ slowThing(id: "11") { name } }' },
      { 'x-request-id': 'req-drain-1' },
    );
    // Stop only once the request is inside the gateway, waiting on the subgraph.
    while (!seen.some((s) => s.headers['x-request-id'] === 'req-drain-1')) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const started = Date.now();
    await gateway.stop();
    expect(Date.now() - started).toBeLessThan(10_000);
    const reply = await inFlight;
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ data: { slowThing: { name: 'Thing 11' } } });
    await expect(request(`${base}/healthz`)).rejects.toThrow();
  });
});
