import 'reflect-metadata';
import type { IncomingHttpHeaders } from 'node:http';
import { request as httpRequest } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { Arg, Query, Resolver } from 'type-graphql';
import { JwtVerifier, RequestContext } from '@commerce/auth';
import { RunningService, ServiceMetrics, startService } from '@commerce/http';
import { createLogger } from '@commerce/logging';
import { buildFederatedSchema } from './federation';
import { baseRequestContext, createSubgraphServer } from './subgraph-server';

const SECRET_DETAIL = 'relation "payments" does not exist at 10.1.2.3 (password=hunter2)';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** What the slow resolver reports, so the graceful-stop test waits on facts, not on timers. */
const slow = {
  started: () => {},
  events: [] as string[],
};

@Resolver()
class ProbeResolver {
  @Query(() => String, { description: 'Greets the caller' })
  hello(@Arg('name', () => String, { nullable: true }) name?: string): string {
    return `Hello, ${name ?? 'world'}`;
  }

  @Query(() => String, { description: 'Fails with an unexpected error' })
  boom(): string {
    throw new Error(SECRET_DETAIL);
  }

  @Query(() => String, { description: 'Answers after about 500 ms' })
  async slow(): Promise<string> {
    slow.started();
    await new Promise((resolve) => setTimeout(resolve, 500));
    slow.events.push('slow resolver finished');
    return 'done';
  }
}

interface HttpResult {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: () => any;
}

/** One HTTP request on a fresh connection (no agent, so "new connection refused" means what it says). */
function send(
  port: number,
  path: string,
  options: { method?: string; body?: string; headers?: Record<string, string>; chunks?: string[] } = {},
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? (options.body !== undefined || options.chunks ? 'POST' : 'GET'),
        agent: false,
        headers: { 'content-type': 'application/json', ...options.headers },
      },
      (res) => {
        const received: Buffer[] = [];
        res.on('data', (chunk: Buffer) => received.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(received).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    if (options.chunks) {
      for (const chunk of options.chunks) req.write(chunk);
      req.end();
    } else {
      req.end(options.body);
    }
  });
}

const graphqlBody = (query: string, operationName?: string) => JSON.stringify({ query, operationName });

/** Key source that knows no key: any bearer token is refused, no token means anonymous. */
const verifier = new JwtVerifier(
  {
    publicKeyFor: async () => {
      throw new Error('no keys in this test');
    },
  },
  { issuer: 'test', audience: 'test' },
);

function capturingLogger() {
  const raw: string[] = [];
  const logger = createLogger({
    service: 'subgraph-server-spec',
    destination: { write: (line: string) => raw.push(line) },
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const lines = () => raw.map((line) => JSON.parse(line) as Record<string, any>);
  return { logger, raw, lines };
}

let schema: GraphQLSchema;

async function startProbe(
  options: {
    readiness?: Record<string, () => Promise<boolean>>;
    onShutdown?: Array<() => Promise<void>>;
    maxBodyBytes?: number;
  } = {},
) {
  const { logger, raw, lines } = capturingLogger();
  const metrics = new ServiceMetrics('probe', { processMetrics: false });
  const server = createSubgraphServer<RequestContext>({ schema, logger, metrics, production: true });
  const service = await startService<RequestContext>({
    name: 'probe',
    port: 0,
    host: '127.0.0.1',
    logger,
    metrics,
    graphql: { server, context: (request) => baseRequestContext(verifier, request) },
    readiness: options.readiness,
    onShutdown: options.onShutdown,
    maxBodyBytes: options.maxBodyBytes,
    shutdownTimeoutMs: 5000,
  });
  return { service, raw, lines };
}

beforeAll(async () => {
  schema = await buildFederatedSchema({ resolvers: [ProbeResolver] });
});

describe('startService', () => {
  let probe: Awaited<ReturnType<typeof startProbe>>;
  let service: RunningService;
  let redisUp = true;

  beforeAll(async () => {
    probe = await startProbe({
      readiness: {
        database: async () => true,
        redis: async () => redisUp,
        broker: async () => {
          if (!redisUp) throw new Error('broker down');
          return true;
        },
      },
      maxBodyBytes: 1024,
    });
    service = probe.service;
  });

  afterAll(() => service.stop());

  it('listens on the port the OS chose and names its GraphQL URL', () => {
    expect(service.port).toBeGreaterThan(0);
    expect(service.url).toBe(`http://127.0.0.1:${service.port}/graphql`);
  });

  it('answers /healthz with 200', async () => {
    const response = await send(service.port, '/healthz');
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', service: 'probe' });
  });

  it('answers /readyz with 200 when every check passes, and 503 naming the failing ones', async () => {
    const ready = await send(service.port, '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: true, redis: true, broker: true } });

    redisUp = false;
    try {
      const unready = await send(service.port, '/readyz');
      expect(unready.status).toBe(503);
      // A check that throws counts as failing, like one that answers false.
      expect(unready.json()).toEqual({
        status: 'unavailable',
        checks: { database: true, redis: false, broker: false },
      });
    } finally {
      redisUp = true;
    }
  });

  it('answers 404 for an unknown path', async () => {
    expect((await send(service.port, '/nope')).status).toBe(404);
  });

  it('serves GraphQL operations built from type-graphql resolvers', async () => {
    const response = await send(service.port, '/graphql', {
      body: JSON.stringify({
        query: 'query Greet($name: String) { hello(name: $name) }',
        variables: { name: 'Ada' },
      }),
    });
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ data: { hello: 'Hello, Ada' } });
  });

  it('exposes graphql_requests_total on /metrics, labelled with the operation name and outcome', async () => {
    for (let i = 0; i < 2; i++) {
      await send(service.port, '/graphql', {
        body: graphqlBody('query MetricsProbe { hello }', 'MetricsProbe'),
      });
    }
    await send(service.port, '/graphql', { body: graphqlBody('query MetricsBoom { boom }', 'MetricsBoom') });
    const metrics = await send(service.port, '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.headers['content-type']).toContain('text/plain');
    const lines = metrics.text.split('\n');
    const sample = (name: string, ...labels: string[]) =>
      lines.find((line) => line.startsWith(`${name}{`) && labels.every((label) => line.includes(label)));
    expect(sample('graphql_requests_total', 'operation="MetricsProbe"', 'outcome="ok"')).toMatch(/ 2$/);
    expect(sample('graphql_requests_total', 'operation="MetricsBoom"', 'outcome="error"')).toMatch(/ 1$/);
    expect(sample('graphql_errors_total', 'operation="MetricsBoom"', 'code="INTERNAL"')).toMatch(/ 1$/);
    expect(sample('graphql_requests_total', 'service="probe"')).toBeDefined();
  });

  it('refuses a body over maxBodyBytes with 413 and BAD_USER_INPUT', async () => {
    const response = await send(service.port, '/graphql', {
      body: graphqlBody(`{ hello(name: "${'x'.repeat(4096)}") }`),
    });
    expect(response.status).toBe(413);
    expect(response.json()).toEqual({
      errors: [{ message: 'Request body exceeds 1024 bytes', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  it('refuses an oversized chunked body (no content-length) with 413 too', async () => {
    const response = await send(service.port, '/graphql', {
      chunks: ['{"query":"{ hello(name: \\"', 'y'.repeat(800), 'y'.repeat(800), '\\") }"}'],
    });
    expect(response.status).toBe(413);
    expect(response.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a body that is not JSON with 400 and BAD_USER_INPUT', async () => {
    const response = await send(service.port, '/graphql', { body: '{"query": "{ hello }"' });
    expect(response.status).toBe(400);
    expect(response.json()).toEqual({
      errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  it('answers a query that does not validate with BAD_USER_INPUT', async () => {
    const response = await send(service.port, '/graphql', { body: graphqlBody('{ doesNotExist }') });
    expect(response.status).toBe(400);
    const { errors } = response.json();
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(errors[0].message).toContain('doesNotExist');
  });

  it('turns a plain Error from a resolver into INTERNAL, without stack or original message, and logs it', async () => {
    const response = await send(service.port, '/graphql', {
      body: graphqlBody('query Boom { boom }'),
      headers: { 'x-request-id': 'boom-request-1' },
    });
    expect(response.status).toBe(200);
    const body = response.json();
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      {
        message: 'Internal server error',
        locations: [{ line: 1, column: 14 }],
        path: ['boom'],
        extensions: { code: 'INTERNAL' },
      },
    ]);
    expect(response.text).not.toContain('hunter2');
    expect(response.text).not.toContain('payments');
    expect(response.text).not.toMatch(/stack/i);
    // The detail is in the log only, with the stack and the request id of the call.
    const logged = probe
      .lines()
      .find((line) => line.msg === 'unexpected error' && line.requestId === 'boom-request-1');
    expect(logged).toBeDefined();
    expect(logged!.err.message).toBe(SECRET_DETAIL);
    expect(logged!.err.stack).toContain('subgraph-server.int.spec.ts');
    expect(logged!.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses an invalid bearer token with 401 UNAUTHENTICATED before executing', async () => {
    const response = await send(service.port, '/graphql', {
      body: graphqlBody('{ hello }'),
      headers: { authorization: 'Bearer not.a.token' },
    });
    expect(response.status).toBe(401);
    expect(response.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('echoes a valid x-request-id, and generates one when it is absent or malformed', async () => {
    const echoed = await send(service.port, '/healthz', { headers: { 'x-request-id': 'gateway-req-42' } });
    expect(echoed.headers['x-request-id']).toBe('gateway-req-42');
    const generated = await send(service.port, '/healthz');
    expect(generated.headers['x-request-id']).toMatch(UUID);
    const another = await send(service.port, '/healthz');
    expect(another.headers['x-request-id']).not.toBe(generated.headers['x-request-id']);
    const replaced = await send(service.port, '/healthz', {
      headers: { 'x-request-id': 'spaces are not allowed' },
    });
    expect(replaced.headers['x-request-id']).toMatch(UUID);
  });
});

describe('graceful stop', () => {
  it('lets an in-flight request finish with 200, refuses new connections, then runs the hooks in order', async () => {
    const order: string[] = [];
    slow.events = order;
    const { service } = await startProbe({
      onShutdown: [
        async () => {
          order.push('hook 1');
        },
        async () => {
          await new Promise((resolve) => setImmediate(resolve));
          order.push('hook 2');
        },
      ],
    });
    const started = new Promise<void>((resolve) => (slow.started = resolve));
    const inFlight = send(service.port, '/graphql', { body: graphqlBody('{ slow }') });
    await started;

    const stopping = service.stop();
    // The listening socket is closed at once: a new connection is refused while the slow request drains.
    await expect(send(service.port, '/healthz')).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ data: { slow: 'done' } });

    await stopping;
    expect(order).toEqual(['slow resolver finished', 'hook 1', 'hook 2']);
    await expect(send(service.port, '/healthz')).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    // Safe to call twice: the hooks do not run again.
    await service.stop();
    expect(order).toEqual(['slow resolver finished', 'hook 1', 'hook 2']);
  });

  it('runs the remaining hooks when one of them fails', async () => {
    const order: string[] = [];
    const { service, lines } = await startProbe({
      onShutdown: [
        async () => {
          throw new Error('pool already closed');
        },
        async () => {
          order.push('second hook');
        },
      ],
    });
    await service.stop();
    expect(order).toEqual(['second hook']);
    expect(lines().some((line) => line.msg === 'shutdown hook failed')).toBe(true);
  });
});
