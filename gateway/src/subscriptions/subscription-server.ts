import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  ExecutionArgs,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  Kind,
  OperationTypeNode,
  print,
  ValidationRule,
} from 'graphql';
import type { Context } from 'graphql-ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { AuthUser, JwtVerifier } from '@commerce/auth';
import { AppError, ErrorCode } from '@commerce/errors';
import type { Logger } from '@commerce/logging';
import { CloseCode } from './close-codes';
import { LiveAuth, LiveHub, LiveSubscription, ResolveLive, scopeOf } from './live-hub';
import { planSubscription } from './live-plan';
import { DocumentCache } from './document-cache';
import { LiveStream } from './live-stream';
import { serveGraphqlWs, SocketExtra as TransportExtra } from './ws-transport';

interface SubscriptionServerOptions {
  path: string;
  /** The public API schema, once the gateway loaded the supergraph; null before. */
  schema: () => GraphQLSchema | null;
  verifier: JwtVerifier;
  hub: LiveHub;
  /** Runs queries and mutations sent over the socket (the same executor as live updates). */
  execute: ResolveLive;
  /** The gateway's error formatter, so socket errors look exactly like HTTP ones. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  validationRules: ValidationRule[];
  maxSubscriptionsPerConnection: number;
  maxConnectionsPerUser: number;
  keepAliveMs: number;
  logger: Logger;
}

/** What the gateway knows about one authenticated socket. */
interface Connection {
  socket: WebSocket;
  auth: LiveAuth;
  expiresAtMs: number;
  expiryTimer: NodeJS.Timeout;
  /** graphql-ws ids of the subscriptions running on it. */
  operations: Set<string>;
}

type SocketExtra = TransportExtra & { connection?: Connection };
type SocketContext = Context<Record<string, unknown> | undefined, SocketExtra>;

/** What `onSubscribe` hands to `subscribe`/`execute` for one operation. */
interface OperationContext {
  connection: Connection;
  operationId: string;
}

interface SubscriptionServer {
  /** Routes WebSocket upgrades of `path` on this HTTP server to graphql-ws. */
  attach(server: Server): void;
  /** Connections open now. */
  connections(): number;
  /** Closes every socket with 1012 (reconnect elsewhere) and stops accepting new ones. */
  close(): Promise<void>;
}

/**
 * The gateway's WebSocket endpoint: graphql-ws on the same port and path as HTTP GraphQL.
 *
 * - The access token comes in `connectionParams.authorization` (`Bearer <token>`, or the bare token)
 *   or, for clients that can set it, the upgrade request's Authorization header. No token, a bad one,
 *   or one that expires while connected closes the socket with 4401.
 * - Per user at most `maxConnectionsPerUser` sockets on this replica (4429 beyond); per socket at most
 *   `maxSubscriptionsPerConnection` running operations (RATE_LIMITED for the one too many).
 * - Heartbeats are WebSocket pings every `keepAliveMs`; a peer that misses a pong is dropped.
 */
export function createSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const { logger, hub, verifier } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  const perUser = new Map<string, number>();
  const documents = new DocumentCache(options.validationRules);
  let closing = false;

  const formatted = (error: GraphQLError): GraphQLFormattedError =>
    options.formatError(error.toJSON(), error);
  const refusal = (code: ErrorCode, message: string, details?: Record<string, unknown>) =>
    new GraphQLError(message, { originalError: new AppError(code, message, details) });

  const close = (socket: WebSocket, code: number, reason: string) => {
    if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING)
      socket.close(code, reason);
  };

  const authenticate = async (ctx: SocketContext): Promise<boolean> => {
    const { socket } = ctx.extra;
    if (closing) {
      close(socket, CloseCode.SERVICE_RESTART, 'Gateway restarting: reconnect');
      return false;
    }
    const token = tokenOf(ctx.connectionParams?.authorization) ?? tokenOf(ctx.extra.authorization);
    if (!token) {
      close(socket, CloseCode.UNAUTHORIZED, 'Unauthorized: send connectionParams.authorization');
      return false;
    }
    let user: AuthUser;
    try {
      user = await verifier.verify(token);
    } catch (error) {
      const message = error instanceof AppError ? error.message : 'Invalid access token';
      close(socket, CloseCode.UNAUTHORIZED, `Unauthorized: ${message}`);
      return false;
    }
    const held = perUser.get(user.id) ?? 0;
    if (held >= options.maxConnectionsPerUser) {
      close(
        socket,
        CloseCode.TOO_MANY_CONNECTIONS,
        `Too many connections: at most ${options.maxConnectionsPerUser}`,
      );
      return false;
    }
    perUser.set(user.id, held + 1);
    const expiresAtMs = expiryOf(token);
    // A timer, not only the per-event check: a quiet subscription must not outlive its token either.
    const expiryTimer = setTimeout(
      () => close(socket, CloseCode.UNAUTHORIZED, 'Unauthorized: Access token expired'),
      Math.max(0, Math.min(expiresAtMs - Date.now(), 2 ** 31 - 1)),
    );
    expiryTimer.unref();
    ctx.extra.connection = {
      socket,
      auth: { user, token, ip: ctx.extra.ip },
      expiresAtMs,
      expiryTimer,
      operations: new Set(),
    };
    return true;
  };

  const prepare = (
    ctx: SocketContext,
    id: string,
    payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
  ): ExecutionArgs | readonly GraphQLError[] => {
    const connection = ctx.extra.connection!;
    if (connection.operations.size >= options.maxSubscriptionsPerConnection) {
      const limit = options.maxSubscriptionsPerConnection;
      return [refusal(ErrorCode.RATE_LIMITED, `At most ${limit} subscriptions per connection`, { limit })];
    }
    const schema = options.schema();
    if (!schema)
      return [refusal(ErrorCode.SERVICE_UNAVAILABLE, 'The gateway is starting; try again shortly')];
    const checked = documents.check(schema, payload.query);
    if ('errors' in checked) {
      return checked.errors.map((error) =>
        error.originalError ? error : refusal(ErrorCode.BAD_USER_INPUT, error.message),
      );
    }
    const { document } = checked;
    if (!getOperationAST(document, payload.operationName)) {
      return [refusal(ErrorCode.BAD_USER_INPUT, 'Name the operation to run (operationName)')];
    }
    connection.operations.add(id);
    const contextValue: OperationContext = { connection, operationId: id };
    return {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables ?? {},
      contextValue,
    };
  };

  const subscribe = (args: ExecutionArgs): AsyncIterableIterator<unknown> | Promise<unknown> => {
    const { connection } = args.contextValue as OperationContext;
    const operation = getOperationAST(args.document, args.operationName)!;
    const variables = (args.variableValues ?? {}) as Record<string, unknown>;
    if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      // A query or mutation sent over the socket runs once, like on HTTP, as the socket's user.
      const fragments = args.document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
      const query = print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] });
      return options.execute(query, variables, connection.auth);
    }
    let plan;
    try {
      plan = planSubscription(args.schema, args.document, operation, variables, connection.auth.user);
    } catch (error) {
      return Promise.resolve({ errors: [formatted(asGraphQLError(error))] });
    }
    const subscription: LiveSubscription = {
      plan,
      documentKey: `${plan.queryId}\n${JSON.stringify(plan.variablesFor(null))}`,
      scope: scopeOf(connection.auth.user),
      stream: new LiveStream(() => hub.remove(subscription)),
      // Per event: the signature was proven at connection and the token cannot change, so what can
      // go wrong since is expiry; the subgraphs verify the token in full on every resolution anyway.
      auth: async () => {
        if (Date.now() < connection.expiresAtMs) return connection.auth;
        close(connection.socket, CloseCode.UNAUTHORIZED, 'Unauthorized: Access token expired');
        return null;
      },
    };
    hub.add(subscription);
    return subscription.stream;
  };

  const disposable = serveGraphqlWs<SocketExtra>(
    {
      onConnect: authenticate,
      onSubscribe: (ctx, id, payload) => prepare(ctx, id, payload),
      subscribe: subscribe as never,
      execute: subscribe as never,
      onComplete: (ctx, id) => {
        ctx.extra.connection?.operations.delete(id);
      },
      onClose: (ctx) => {
        const connection = ctx.extra.connection;
        if (!connection) return;
        clearTimeout(connection.expiryTimer);
        const userId = connection.auth.user.id;
        const held = (perUser.get(userId) ?? 1) - 1;
        if (held > 0) perUser.set(userId, held);
        else perUser.delete(userId);
      },
      // Results are already in their public shape (the executor formats them): sent as they are.
      onNext: (_ctx, _id, _payload, _args, result) => result,
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((error) => {
          const { message, extensions } = formatted(error);
          return new GraphQLError(message, { extensions });
        }),
    },
    wss,
    options.keepAliveMs,
    logger,
  );

  return {
    attach(server: Server) {
      server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (path !== options.path || closing) {
          socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
          return;
        }
        wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
      });
    },
    connections: () => wss.clients.size,
    async close() {
      closing = true;
      const sockets = [...wss.clients];
      for (const socket of sockets) socket.close(CloseCode.SERVICE_RESTART, 'Gateway restarting: reconnect');
      // Give the close handshakes a moment, then drop whoever did not answer.
      await Promise.race([
        Promise.all(sockets.map((socket) => new Promise((resolve) => socket.once('close', resolve)))),
        new Promise((resolve) => setTimeout(resolve, 2000).unref()),
      ]);
      for (const socket of wss.clients) socket.terminate();
      await disposable.dispose();
      logger.info({ closed: sockets.length }, 'subscription sockets closed');
    },
  };
}

/** `Bearer <token>` or a bare token; undefined for anything else. */
function tokenOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1] : /^\S+$/.test(value.trim()) ? value.trim() : undefined;
}

/** `exp` of a token already verified (the signature was checked; only the claim is read here). */
function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : Date.now();
  } catch {
    return Date.now();
  }
}

function asGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new GraphQLError(message, { originalError: error instanceof Error ? error : undefined });
}
