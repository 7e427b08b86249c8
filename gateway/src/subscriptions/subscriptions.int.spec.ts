/**
 * The gateway's subscriptions against a throwaway subgraph built here (`live`: orders and
 * notifications, each readable only by its owner, as the real subgraphs do it), composed into a
 * temporary supergraph that has both Subscription fields. Real Redis carries the live channel; the
 * events come through the in-process bus (the embedded mode's bus, a real implementation of the port).
 */
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import WebSocket from 'ws';
import type { RequestContext } from '@commerce/auth';
import { RedisPubSub } from '@commerce/cache';
import { createErrorFormatter, notFound } from '@commerce/errors';
import { createEvent, InProcessEventBus } from '@commerce/events';
import { RunningService, ServiceMetrics, startService } from '@commerce/http';
import { createLogger } from '@commerce/logging';
import { engines, LiveClient, TestIdentity, TestUser } from '@commerce/testing';
import { GatewayConfig, loadGatewayConfig } from '../config';
import { startGateway } from '../gateway';

const quiet = createLogger({ service: 'subscriptions-int-test', level: 'silent' });
const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

const LIVE_SDL = `${LINK}
  type Order @key(fields: "id") { id: ID! status: String! }
  type Notification @key(fields: "id") { id: ID! title: String! }
  type Query { order(id: ID!): Order  notification(id: ID!): Notification }
  type Subscription { orderStatusChanged(orderId: ID!): Order!  notificationReceived: Notification! }`;

interface Owned {
  ownerId: string;
}
const orders = new Map<string, Owned & { id: string; status: string }>();
const notifications = new Map<string, Owned & { id: string; title: string }>();
/** Root fields the subgraph resolved, to count resolutions per event. */
const resolved: string[] = [];

/** The caller the gateway forwarded (its token is verified by the gateway; here only read). */
function callerOf(authorization: string | undefined): string | null {
  const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  if (!token) return null;
  return (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string }).sub;
}

function owned<T extends Owned>(map: Map<string, T>, id: string, caller: string | null, what: string): T {
  const row = map.get(id);
  if (!row || row.ownerId !== caller) throw notFound(what);
  return row;
}

async function startLiveSubgraph(): Promise<RunningService> {
  const logger = createLogger({ service: 'live', level: 'silent' });
  type Ctx = RequestContext & { caller: string | null };
  const server = new ApolloServer<Ctx>({
    schema: buildSubgraphSchema({
      typeDefs: parse(LIVE_SDL),
      resolvers: {
        Query: {
          order: (_: unknown, { id }: { id: string }, ctx: Ctx) => {
            resolved.push('order');
            return owned(orders, id, ctx.caller, 'Order');
          },
          notification: (_: unknown, { id }: { id: string }, ctx: Ctx) => {
            resolved.push('notification');
            return owned(notifications, id, ctx.caller, 'Notification');
          },
        },
      } as never,
    }),
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  return startService<Ctx>({
    name: 'live',
    port: 0,
    host: '127.0.0.1',
    logger,
    metrics: new ServiceMetrics('live', { processMetrics: false }),
    graphql: {
      server,
      context: async ({ req, scope }) => ({
        requestId: scope.requestId,
        traceparent: scope.traceparent,
        user: null,
        ip: '127.0.0.1',
        caller: callerOf(req.headers.authorization),
      }),
    },
    shutdownTimeoutMs: 3000,
  });
}

const ORDER_STATUS = `subscription Follow($orderId: ID!) { orderStatusChanged(orderId: $orderId) { id status } }`;
const NOTIFICATIONS = `subscription { inbox: notificationReceived { id title } }`;
type OrderUpdate = { orderStatusChanged: { id: string; status: string } };

describe('gateway subscriptions (integration)', () => {
  let identity: TestIdentity;
  let live: RunningService;
  let dir: string;
  let config: GatewayConfig;
  let bus: InProcessEventBus;
  let pubsub: RedisPubSub;
  let gateway: RunningService;
  const clients: LiveClient[] = [];

  const connect = (token?: string, url = gateway.url) => {
    const client = LiveClient.connect(url, token);
    clients.push(client);
    return client;
  };

  const newOrder = (user: TestUser, status = 'PAID') => {
    const order = { id: randomUUID(), status, ownerId: user.id };
    orders.set(order.id, order);
    return order;
  };

  const orderEvent = (order: { id: string; status: string; ownerId: string }) =>
    createEvent('orders', `order.${order.status.toLowerCase()}`, {
      orderId: order.id,
      buyerId: order.ownerId,
      sellerIds: [],
      status: order.status,
      total: { amount: 100, currency: 'USD' },
    });

  beforeAll(async () => {
    identity = await TestIdentity.start();
    live = await startLiveSubgraph();
    const composed = composeServices([{ name: 'live', typeDefs: parse(LIVE_SDL), url: live.url }]);
    if (!composed.supergraphSdl) throw new Error(composed.errors?.map((e) => e.message).join('; '));
    dir = await mkdtemp(join(tmpdir(), 'gateway-live-'));
    await writeFile(join(dir, 'supergraph.graphql'), composed.supergraphSdl);
    config = {
      ...loadGatewayConfig({
        SUPERGRAPH_PATH: join(dir, 'supergraph.graphql'),
        JWKS_URL: identity.jwksUrl,
        RUNTIME_MODE: 'stack',
        NODE_ENV: 'test',
        SUBSCRIPTIONS_CHANNEL: `test.live.${randomBytes(4).toString('hex')}`,
        MAX_CONNECTIONS_PER_USER: '3',
        MAX_SUBSCRIPTIONS_PER_CONNECTION: '5',
        WS_KEEPALIVE_MS: '1000',
      }),
      GATEWAY_PORT: 0,
    };
    bus = new InProcessEventBus(quiet);
    pubsub = new RedisPubSub(engines.TEST_REDIS_URL);
    gateway = await startGateway(config, quiet, { bus, pubsub });
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await gateway?.stop();
    await bus?.close();
    await pubsub?.close();
    await live?.stop();
    await identity?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('sends the current state, then every status the bus reports', async () => {
    const buyer = identity.user();
    const order = newOrder(buyer);
    const feed = connect(buyer.token).subscribe<OrderUpdate, { orderId: string }>(ORDER_STATUS, {
      orderId: order.id,
    });
    expect((await feed.result(0)).data).toEqual({ orderStatusChanged: { id: order.id, status: 'PAID' } });
    order.status = 'SHIPPED';
    await bus.publish([orderEvent(order)]);
    expect((await feed.result(1)).data!.orderStatusChanged.status).toBe('SHIPPED');
  });

  it('resolves an event once for subscribers of the same document and scope', async () => {
    const buyer = identity.user();
    const order = newOrder(buyer);
    const feeds = [connect(buyer.token), connect(buyer.token), connect(buyer.token)].flatMap((client) =>
      [1, 2].map(() =>
        client.subscribe<OrderUpdate, { orderId: string }>(ORDER_STATUS, { orderId: order.id }),
      ),
    );
    await Promise.all(feeds.map((feed) => feed.result(0)));
    const before = resolved.length;
    order.status = 'DELIVERED';
    await bus.publish([orderEvent(order)]);
    await Promise.all(feeds.map((feed) => feed.result(1)));
    expect(resolved.length - before).toBe(1);
    for (const feed of feeds) expect(feed.results[1].data!.orderStatusChanged.status).toBe('DELIVERED');
  });

  it("streams the caller's own notifications, resolved through notification(id), and no one else's", async () => {
    const user = identity.user();
    const other = identity.user();
    const feed = connect(user.token).subscribe<{ inbox: { id: string; title: string } }, never>(
      NOTIFICATIONS,
    );
    const otherFeed = connect(other.token).subscribe(NOTIFICATIONS);
    // No current state for notifications: wait until both subscriptions are registered.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const mine = { id: randomUUID(), title: 'Your order shipped', ownerId: user.id };
    notifications.set(mine.id, mine);
    const event = (n: typeof mine) =>
      createEvent('notifications', 'notification.created', {
        notificationId: n.id,
        userId: n.ownerId,
        topic: 'SHIPPING',
        channel: 'IN_APP',
      });
    await bus.publish([event(mine)]);
    expect((await feed.result(0)).data).toEqual({ inbox: { id: mine.id, title: 'Your order shipped' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(otherFeed.results).toEqual([]);
  });

  it('closes with 4401 a socket whose token expired before it connected', async () => {
    const user = identity.user();
    const client = connect(identity.token(user.id, user.roles, -30));
    client.subscribe(NOTIFICATIONS);
    expect(await client.closed()).toEqual({ code: 4401, reason: 'Unauthorized: Access token expired' });
  });

  it('closes with 4401 a socket when its token expires while connected', async () => {
    const user = identity.user();
    const order = newOrder(user);
    const client = connect(identity.token(user.id, user.roles, 2));
    const feed = client.subscribe<OrderUpdate, { orderId: string }>(ORDER_STATUS, { orderId: order.id });
    await feed.result(0);
    const close = await client.closed(5000);
    expect(close).toEqual({ code: 4401, reason: 'Unauthorized: Access token expired' });
  });

  it('refuses operations beyond the per-connection limit with RATE_LIMITED and keeps the others', async () => {
    const user = identity.user();
    const order = newOrder(user);
    const client = connect(user.token);
    const feeds = Array.from({ length: 8 }, () =>
      client.subscribe<OrderUpdate, { orderId: string }>(ORDER_STATUS, { orderId: order.id }),
    );
    await Promise.all(feeds.slice(5).map((feed) => feed.ended()));
    for (const feed of feeds.slice(5)) {
      expect(feed.refused).toEqual([
        {
          message: 'At most 5 subscriptions per connection',
          extensions: { code: 'RATE_LIMITED', details: { limit: 5 } },
        },
      ]);
    }
    await Promise.all(feeds.slice(0, 5).map((feed) => feed.result(0)));
  });

  it('closes the connection beyond the per-user limit with 4429', async () => {
    const user = identity.user();
    const held = [connect(user.token), connect(user.token), connect(user.token)];
    for (const client of held) client.subscribe(NOTIFICATIONS);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const extra = connect(user.token);
    extra.subscribe(NOTIFICATIONS);
    expect(await extra.closed()).toEqual({ code: 4429, reason: 'Too many connections: at most 3' });
    // Closing one frees its place.
    await held[0].dispose();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = connect(user.token);
    const feed = again.subscribe<OrderUpdate, { orderId: string }>(ORDER_STATUS, {
      orderId: newOrder(user).id,
    });
    await feed.result(0);
  });

  it('drops a peer that stops answering pings', async () => {
    const user = identity.user();
    const socket = new WebSocket(gateway.url.replace(/^http/, 'ws'), 'graphql-transport-ws', {
      autoPong: false,
    });
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(
      JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } }),
    );
    const started = Date.now();
    const code = await new Promise<number>((resolve) => socket.once('close', resolve));
    expect(code).toBe(1006); // terminated, no close frame
    expect(Date.now() - started).toBeLessThan(4000); // two 1 s intervals and some slack
  });

  it('closes every socket with 1012 on shutdown so clients reconnect elsewhere', async () => {
    const user = identity.user();
    const other = await startGateway(config, quiet, { bus, pubsub });
    const client = connect(user.token, other.url);
    const feed = client.subscribe<OrderUpdate, { orderId: string }>(ORDER_STATUS, {
      orderId: newOrder(user).id,
    });
    await feed.result(0);
    await other.stop();
    expect(await client.closed()).toEqual({ code: 1012, reason: 'Gateway restarting: reconnect' });
  });
});
