import { ApolloServer, BaseContext, HeaderMap } from '@apollo/server';
import type { HTTPGraphQLResponse } from '@apollo/server';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from '@commerce/logging';
import { scopeFromHeaders, withLogScope, LogScope } from '@commerce/logging';
import { AppError, ErrorCode } from '@commerce/errors';
import { BodyTooLargeError, header, readBody, sendGraphQLError, sendJson } from './http';
import type { ServiceMetrics } from './metrics';
import { registerLocalService } from './local-services';

/** Everything a route handler gets about the request. */
export interface RouteRequest {
  req: IncomingMessage;
  res: ServerResponse;
  scope: LogScope;
  /** Raw body (POST only), already size-checked. */
  body: string;
  url: URL;
}

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handler: (request: RouteRequest) => Promise<void>;
}

export interface GraphQLEndpoint<C extends BaseContext> {
  server: ApolloServer<C>;
  /** Builds the per-request context; an AppError thrown here becomes a GraphQL error with its code. */
  context: (request: { req: IncomingMessage; scope: LogScope }) => Promise<C>;
  path?: string;
  /**
   * Runs around each execution once the context is built; the gateway shares identical in-flight
   * queries through it. Absent, every request executes on its own.
   */
  around?: (
    request: GraphQLHttpRequest<C>,
    execute: () => Promise<HTTPGraphQLResponse>,
  ) => Promise<HTTPGraphQLResponse>;
}

/** A GraphQL request as it reached the endpoint: JSON body parsed, context built, not yet executed. */
export interface GraphQLHttpRequest<C> {
  method: string;
  headers: HeaderMap;
  search: string;
  /** The body as received (empty for GET), and parsed. */
  rawBody: string;
  body: unknown;
  context: C;
}

export interface CorsOptions {
  /** Allowed origins; '*' allows any (credentials are never sent with '*'). */
  origins: string[] | '*';
}

export interface ServiceOptions<C extends BaseContext> {
  name: string;
  port: number;
  host?: string;
  logger: Logger;
  metrics: ServiceMetrics;
  graphql?: GraphQLEndpoint<C>;
  routes?: Route[];
  /** Named checks for /readyz; each must answer within the probe timeout. */
  readiness?: Record<string, () => Promise<boolean>>;
  /** Run after the HTTP server drained, in order (close pools, stop consumers...). */
  onShutdown?: Array<() => Promise<void>>;
  maxBodyBytes?: number;
  cors?: CorsOptions;
  /** Extra handler for HTTP upgrades (the gateway's WebSocket endpoint). */
  onServerCreated?: (server: Server) => void;
  /**
   * Also answer callers in this process without a socket (local-services.ts): set when services are
   * grouped into one process (embedded mode, a checkout cell), from INTERNAL_CALLS_IN_PROCESS.
   */
  inProcess?: boolean;
  shutdownTimeoutMs?: number;
  /**
   * Load shedding: asked before a request's body is read (probes and /metrics excepted); returning
   * true means it has already answered (503) and the request goes no further.
   */
  shed?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface RunningService {
  name: string;
  url: string;
  port: number;
  server: Server;
  /** Stop accepting, drain in-flight requests, then run the shutdown hooks. Safe to call twice. */
  stop(): Promise<void>;
}

const PROBE_TIMEOUT_MS = 2000;

/**
 * The HTTP runtime of every service (subgraphs and gateway): `/graphql`, `/healthz`, `/readyz`,
 * `/metrics`, extra routes, a request scope for logs, and graceful shutdown.
 */
export async function startService<C extends BaseContext>(
  options: ServiceOptions<C>,
): Promise<RunningService> {
  const { logger, metrics } = options;
  const maxBody = options.maxBodyBytes ?? 2 * 1024 * 1024;
  const graphqlPath = options.graphql?.path ?? '/graphql';
  const routes = new Map((options.routes ?? []).map((r) => [`${r.method} ${r.path}`, r]));
  let draining = false;
  let inFlight = 0;
  let drained: (() => void) | null = null;

  if (options.graphql) await options.graphql.server.start();

  const handle = async (req: IncomingMessage, res: ServerResponse, scope: LogScope): Promise<string> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (applyCors(req, res, options.cors)) return 'cors-preflight';
    if (url.pathname === '/healthz') {
      sendJson(res, 200, { status: 'ok', service: options.name });
      return '/healthz';
    }
    if (url.pathname === '/readyz') {
      const report = draining ? { draining: false } : await runChecks(options.readiness ?? {});
      const ready = Object.values(report).every(Boolean);
      sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', checks: report });
      return '/readyz';
    }
    if (url.pathname === '/metrics' && req.method === 'GET') {
      const body = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(body);
      return '/metrics';
    }
    if (options.shed?.(req, res)) return 'shed';
    const body = req.method === 'POST' ? await readBody(req, maxBody) : '';
    if (options.graphql && url.pathname === graphqlPath) {
      await serveGraphQL(options.graphql, req, res, scope, url, body);
      return graphqlPath;
    }
    const route = routes.get(`${req.method} ${url.pathname}`);
    if (route) {
      await route.handler({ req, res, scope, body, url });
      return route.path;
    }
    sendJson(res, 404, { error: 'not found' });
    return 'not-found';
  };

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    const scope = scopeFromHeaders({
      requestId: header(req, 'x-request-id'),
      traceparent: header(req, 'traceparent'),
    });
    res.setHeader('x-request-id', scope.requestId);
    if (draining) res.setHeader('connection', 'close');
    inFlight++;
    withLogScope(scope, () => {
      handle(req, res, scope)
        .then((route) => metrics.httpRequests.inc({ route, status: String(res.statusCode) }))
        .catch((error) => {
          if (error instanceof BodyTooLargeError) {
            const message = `Request body exceeds ${maxBody} bytes`;
            // A route (internal endpoint, webhook) answers in its own error body, not GraphQL's.
            const path = new URL(req.url ?? '/', 'http://localhost').pathname;
            if (routes.has(`${req.method} ${path}`)) {
              sendJson(res, 413, { error: { code: ErrorCode.BAD_USER_INPUT, message } });
            } else sendGraphQLError(res, 413, ErrorCode.BAD_USER_INPUT, message);
            return;
          }
          logger.error({ err: error, url: req.url }, 'request failed');
          if (!res.headersSent) sendGraphQLError(res, 500, ErrorCode.INTERNAL, 'Internal server error');
          else res.end();
        })
        .finally(() => {
          inFlight--;
          if (draining && inFlight === 0) drained?.();
        });
    });
  };
  const server = createServer(listener);
  server.keepAliveTimeout = 65_000; // longer than typical load balancer idle timeouts
  server.headersTimeout = 66_000;
  server.requestTimeout = 30_000;
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  options.onServerCreated?.(server);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://127.0.0.1:${port}${graphqlPath}`;
  logger.info({ port, url }, `${options.name} listening`);
  // Grouped with its callers in one process: their internal calls reach this listener without a socket.
  const unregisterLocal = options.inProcess ? registerLocalService(port, listener) : () => undefined;

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      draining = true;
      unregisterLocal();
      logger.info({ inFlight }, `${options.name} draining`);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          delay(options.shutdownTimeoutMs ?? 8000),
        ]);
      }
      for (const socket of sockets) socket.destroy();
      await closed;
      if (options.graphql) await options.graphql.server.stop();
      for (const hook of options.onShutdown ?? []) {
        await hook().catch((error) => logger.error({ err: error }, 'shutdown hook failed'));
      }
      logger.info(`${options.name} stopped`);
    })());

  return { name: options.name, url, port, server, stop };
}

async function serveGraphQL<C extends BaseContext>(
  endpoint: GraphQLEndpoint<C>,
  req: IncomingMessage,
  res: ServerResponse,
  scope: LogScope,
  url: URL,
  rawBody: string,
): Promise<void> {
  let body: unknown = undefined;
  if (req.method === 'POST' && rawBody) {
    try {
      body = JSON.parse(rawBody);
    } catch {
      sendGraphQLError(res, 400, ErrorCode.BAD_USER_INPUT, 'Request body is not valid JSON');
      return;
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let context: C;
  try {
    context = await endpoint.context({ req, scope });
  } catch (error) {
    if (error instanceof AppError) {
      const status = error.code === ErrorCode.UNAUTHENTICATED ? 401 : 400;
      sendJson(res, status, { errors: [{ message: error.message, extensions: { code: error.code } }] });
      return;
    }
    throw error;
  }
  const method = req.method ?? 'GET';
  const execute = () =>
    endpoint.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: url.search, body },
      context: async () => context,
    });
  const result = endpoint.around
    ? await endpoint.around({ method, headers, search: url.search, rawBody, body, context }, execute)
    : await execute();
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

function applyCors(req: IncomingMessage, res: ServerResponse, cors: CorsOptions | undefined): boolean {
  if (!cors) return false;
  const origin = header(req, 'origin');
  if (origin && (cors.origins === '*' || cors.origins.includes(origin))) {
    res.setHeader('access-control-allow-origin', cors.origins === '*' ? '*' : origin);
    res.setHeader('vary', 'Origin');
    res.setHeader(
      'access-control-allow-headers',
      'content-type, authorization, x-request-id, apollo-require-preflight, x-apollo-operation-name, x-api-key',
    );
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-max-age', '600');
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(204);
    res.end();
    return true;
  }
  return false;
}

async function runChecks(checks: Record<string, () => Promise<boolean>>): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      const ok = await Promise.race([check().catch(() => false), delay(PROBE_TIMEOUT_MS).then(() => false)]);
      return [name, ok] as const;
    }),
  );
  return Object.fromEntries(entries);
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
