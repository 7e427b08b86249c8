import type { IncomingMessage } from 'node:http';
import { handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '@commerce/logging';

/**
 * What graphql-ws hands the gateway's hooks about a socket (its `ctx.extra`). Only what they need of
 * the upgrade request is kept: holding the request itself for the socket's life costs kilobytes each.
 */
export interface SocketExtra {
  readonly socket: WebSocket;
  /** The upgrade request's Authorization header (for clients that can set one). */
  readonly authorization: string | undefined;
  readonly ip: string;
}

/**
 * graphql-ws on a `ws` server: graphql-ws's own `use/ws` adapter, with two changes that matter at
 * ten thousand sockets: one heartbeat timer for all of them (a ping per interval; a socket that did
 * not answer the previous one is dropped) instead of two timers per socket, and failures logged
 * through the service's logger instead of the console.
 */
export function serveGraphqlWs<E extends SocketExtra>(
  options: ServerOptions<Record<string, unknown> | undefined, E>,
  wss: WebSocketServer,
  keepAliveMs: number,
  logger: Logger,
): { dispose(): Promise<void> } {
  const server = makeServer(options);
  wss.options.handleProtocols = handleProtocols;
  const alive = new WeakSet<WebSocket>();

  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      if (socket.readyState !== WebSocket.OPEN) continue;
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, keepAliveMs);
  heartbeat.unref();

  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
    socket.once('error', (error) => {
      logger.warn({ err: error }, 'WebSocket error');
      socket.terminate();
    });
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== WebSocket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data: Buffer) => {
            handle(data.toString('utf8')).catch((error: unknown) => {
              logger.error({ err: error }, 'handling a WebSocket message failed');
              socket.close(4500, 'Internal server error');
            });
          }),
      },
      {
        socket,
        authorization: request.headers.authorization,
        ip: request.socket.remoteAddress ?? '',
      } as E,
    );
    socket.once('close', (code, reason) => {
      void closed(code, String(reason));
    });
  });

  return {
    async dispose() {
      clearInterval(heartbeat);
      wss.removeAllListeners('connection');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
