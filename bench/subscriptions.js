#!/usr/bin/env node
/**
 * Benchmark: GraphQL subscriptions fan-out on one gateway process. Starts the built gateway
 * (`npm run build` first) in production mode as a child process, with its own RabbitMQ vhost and Redis
 * channel, against a stand-in orders subgraph in a process of its own (it answers `order(id)` at once, so the
 * figures are the gateway's, not orders' database). Then:
 *
 * 1. opens `--subscribers` WebSockets (graphql-transport-ws, the protocol of graphql-ws), each with its
 *    own access token, each subscribing `orderStatusChanged { id status }` to an order; `--per-order`
 *    sockets (devices of the same buyer) follow each order, so `--per-order 1` is the worst case (one
 *    resolution per subscriber per event) and higher values show what grouping saves;
 * 2. reads the gateway's memory (JS heap used, from /metrics, and RSS) after a full GC before the
 *    sockets and after every subscriber got its current state: the difference per connection (the
 *    gateway runs with --expose-gc and bench/lib/gc-on-signal.js, so SIGUSR2 collects);
 * 3. publishes `order.shipped` events to RabbitMQ at `--rate` per second for `--duration` seconds,
 *    each to an order with no update in flight, and records for every subscriber the time from
 *    publish (before the broker confirmed it) to the update arriving on its socket: p50/p95/p99;
 *    and the gateway's CPU over that window per event.
 *
 *   node bench/subscriptions.js [--subscribers 10000] [--per-order 1] [--rate 200] [--duration 30]
 *                               [--profile DIR]
 *
 * Writes bench/results/subscriptions-<subscribers>-<per-order>-<rate>.json and prints the figures.
 */
const { execFileSync, spawn } = require('node:child_process');
const { generateKeyPairSync, randomBytes, randomUUID } = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const amqp = require('amqplib');
const jwt = require('jsonwebtoken');
const WebSocket = require('ws');
const { percentile } = require('./lib/load');
const { machine, parseArgs, writeResult } = require('./lib/report');

const args = parseArgs();
const subscribers = Number(args.subscribers ?? 10_000);
const perOrder = Number(args['per-order'] ?? 1);
const rate = Number(args.rate ?? 200);
const duration = Number(args.duration ?? 30);
const port = Number(args.port ?? 4100);
const amqpBase = args.amqp ?? 'amqp://guest:guest@127.0.0.1:5672';
const redisUrl = args.redis ?? 'redis://127.0.0.1:6379';
const run = `bench-subs-${randomBytes(3).toString('hex')}`;
const KID = 'bench-key';
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

const SUBSCRIPTION =
  'subscription Follow($orderId: ID!) { orderStatusChanged(orderId: $orderId) { id status } }';

/** Starts bench/lib/orders-stand-in.js; resolves with the process and its port. */
function startOrdersStandIn() {
  const child = spawn(process.execPath, [path.join(__dirname, 'lib', 'orders-stand-in.js')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (data) => resolve({ child, port: Number(String(data).trim()) }));
  });
}

/** A JWKS endpoint and a signer for tokens shaped like the users service's. */
function startIdentity() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwks = JSON.stringify({
    keys: [{ ...publicKey.export({ format: 'jwk' }), kid: KID, alg: 'RS256', use: 'sig' }],
  });
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(jwks);
  });
  const sign = (userId) =>
    jwt.sign({ sub: userId, typ: 'access', roles: ['BUYER'] }, privateKey, {
      algorithm: 'RS256',
      keyid: KID,
      issuer: 'commerce-users',
      audience: 'commerce',
      expiresIn: '2h',
    });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, sign })));
}

function rssKiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
}

/** `nodejs_heap_size_used_bytes` from the gateway's /metrics (after a full GC: what live objects hold). */
function heapUsedBytes(metricsUrl) {
  return new Promise((resolve, reject) => {
    http
      .get(metricsUrl, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () =>
          resolve(Number(/^nodejs_heap_size_used_bytes(?:\{[^}]*\})? (\S+)/m.exec(text)?.[1])),
        );
      })
      .on('error', reject);
  });
}

/** A full GC in the gateway (bench/lib/gc-on-signal.js), then a moment for the allocator to settle. */
async function collectGarbage(pid) {
  process.kill(pid, 'SIGUSR2');
  await new Promise((resolve) => setTimeout(resolve, 2000));
}

function cpuTicks(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

async function waitReady(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise((resolve) => {
      http.get(url, (res) => resolve(res.statusCode === 200)).on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never became ready`);
}

/** One subscriber socket: resolves once the current state arrived; `onUpdate` for every later one. */
function subscribe(url, token, orderId, onUpdate) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
    let initial = true;
    socket.on('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
    );
    socket.on('message', (raw) => {
      const message = JSON.parse(raw.toString());
      if (message.type === 'connection_ack') {
        socket.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: { query: SUBSCRIPTION, variables: { orderId } },
          }),
        );
      } else if (message.type === 'next') {
        if (message.payload.errors) return reject(new Error(JSON.stringify(message.payload.errors)));
        if (initial) {
          initial = false;
          resolve(socket);
        } else onUpdate(message.payload.data.orderStatusChanged);
      } else if (message.type === 'error') reject(new Error(JSON.stringify(message.payload)));
    });
    socket.on('close', (code, reason) => {
      if (initial) reject(new Error(`closed ${code} ${reason}`));
    });
    socket.on('error', reject);
  });
}

async function main() {
  const orderCount = Math.ceil(subscribers / perOrder);
  const orderIds = Array.from({ length: orderCount }, () => randomUUID());
  const standIn = await startOrdersStandIn();
  const identity = await startIdentity();
  execFileSync('rabbitmqctl', ['add_vhost', run], { stdio: 'ignore' });
  execFileSync('rabbitmqctl', ['set_permissions', '-p', run, 'guest', '.*', '.*', '.*'], { stdio: 'ignore' });
  const amqpUrl = `${amqpBase}/${encodeURIComponent(run)}`;

  const gatewayArgs = [
    // `--profile DIR`: a V8 CPU profile of the gateway, written when it stops.
    ...(args.profile ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(String(args.profile))] : []),
    '--expose-gc',
    '-r',
    path.join(__dirname, 'lib', 'gc-on-signal.js'),
    path.join(__dirname, '..', 'gateway', 'dist', 'main.js'),
  ];
  const gateway = spawn(process.execPath, gatewayArgs, {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      RUNTIME_MODE: 'stack',
      LOG_LEVEL: 'warn',
      GATEWAY_PORT: String(port),
      JWKS_URL: `http://127.0.0.1:${identity.server.address().port}/jwks.json`,
      SUBGRAPH_ORDERS_URL: `http://127.0.0.1:${standIn.port}/graphql`,
      AMQP_URL: amqpUrl,
      REDIS_URL: redisUrl,
      SUBSCRIPTIONS_CHANNEL: `${run}.live`,
      MAX_CONNECTIONS_PER_USER: String(Math.max(10, perOrder)),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const cleanup = async () => {
    gateway.kill('SIGTERM');
    await new Promise((resolve) => gateway.once('exit', resolve));
    identity.server.close();
    standIn.child.kill('SIGTERM');
    execFileSync('rabbitmqctl', ['delete_vhost', run], { stdio: 'ignore' });
  };

  try {
    await waitReady(`http://127.0.0.1:${port}/healthz`);
    const wsUrl = `ws://127.0.0.1:${port}/graphql`;
    // Warm the gateway (plan cache, JWKS, subgraph connections) with one subscriber, then measure.
    const warm = await subscribe(wsUrl, identity.sign(randomUUID()), orderIds[0], () => undefined);
    const metricsUrl = `http://127.0.0.1:${port}/metrics`;
    await collectGarbage(gateway.pid);
    const rssBefore = rssKiB(gateway.pid);
    const heapBefore = await heapUsedBytes(metricsUrl);

    const sentAt = new Map();
    const latencies = [];
    let updates = 0;
    const onUpdate = (order) => {
      const started = sentAt.get(order.id);
      if (started !== undefined) latencies.push(performance.now() - started);
      updates++;
    };
    const sockets = [warm];
    const connectStarted = Date.now();
    const users = orderIds.map(() => randomUUID());
    const BATCH = 250;
    for (let start = 0; start < subscribers; start += BATCH) {
      const batch = [];
      for (let i = start; i < Math.min(subscribers, start + BATCH); i++) {
        const orderIndex = Math.floor(i / perOrder);
        batch.push(subscribe(wsUrl, identity.sign(users[orderIndex]), orderIds[orderIndex], onUpdate));
      }
      sockets.push(...(await Promise.all(batch)));
    }
    const connectSeconds = (Date.now() - connectStarted) / 1000;
    await collectGarbage(gateway.pid);
    const rssAfter = rssKiB(gateway.pid);
    const heapAfter = await heapUsedBytes(metricsUrl);
    const perConnectionKiB = (rssAfter - rssBefore) / subscribers;
    const heapPerConnectionKiB = (heapAfter - heapBefore) / 1024 / subscribers;
    console.log(
      `${subscribers} subscribers connected in ${connectSeconds.toFixed(1)} s; gateway RSS ${Math.round(rssBefore / 1024)} -> ${Math.round(rssAfter / 1024)} MiB (${perConnectionKiB.toFixed(1)} KiB per connection), JS heap used ${heapPerConnectionKiB.toFixed(1)} KiB per connection`,
    );

    const connection = await amqp.connect(amqpUrl);
    const channel = await connection.createConfirmChannel();
    const ticksBefore = cpuTicks(gateway.pid);
    const ownTicksBefore = cpuTicks(process.pid);
    const standInTicksBefore = cpuTicks(standIn.child.pid);
    const loadBefore = os.loadavg()[0];
    let published = 0;
    let next = 0;
    const publishOne = () => {
      const orderId = orderIds[next];
      next = (next + 1) % orderIds.length;
      const event = {
        id: randomUUID(),
        type: 'order.shipped',
        version: 1,
        occurredAt: new Date().toISOString(),
        source: 'bench',
        data: {
          orderId,
          buyerId: randomUUID(),
          sellerIds: [],
          status: 'SHIPPED',
          total: { amount: 1, currency: 'USD' },
        },
      };
      sentAt.set(orderId, performance.now());
      channel.publish('commerce.events', event.type, Buffer.from(JSON.stringify(event)), {
        persistent: true,
        contentType: 'application/json',
        messageId: event.id,
      });
      published++;
    };
    const windowStarted = Date.now();
    await new Promise((resolve) => {
      // Paced by the clock, not by ticks: a late timer on a busy machine catches up instead of lowering the rate.
      const timer = setInterval(() => {
        const due = Math.floor(((Date.now() - windowStarted) / 1000) * rate);
        while (published < Math.min(due, rate * duration)) publishOne();
        if (Date.now() - windowStarted >= duration * 1000) {
          clearInterval(timer);
          resolve();
        }
      }, 10);
    });
    await channel.waitForConfirms();
    const expected = published * perOrder;
    const drainDeadline = Date.now() + 10_000;
    while (updates < expected && Date.now() < drainDeadline) await new Promise((r) => setTimeout(r, 50));
    const ticks = cpuTicks(gateway.pid) - ticksBefore;
    const ownTicks = cpuTicks(process.pid) - ownTicksBefore;
    const standInTicks = cpuTicks(standIn.child.pid) - standInTicksBefore;
    const windowSeconds = (Date.now() - windowStarted) / 1000;
    await connection.close();

    const sorted = latencies.sort((a, b) => a - b);
    const report = {
      scenario: 'subscriptions',
      date: new Date().toISOString(),
      machine: machine(),
      settings: { subscribers, perOrder, orders: orderCount, ratePerSecond: rate, durationSeconds: duration },
      connect: { seconds: connectSeconds },
      memory: {
        gatewayRssBeforeMiB: Math.round(rssBefore / 1024),
        gatewayRssAfterMiB: Math.round(rssAfter / 1024),
        perConnectionKiB: Math.round(perConnectionKiB * 10) / 10,
        heapUsedBeforeMiB: Math.round(heapBefore / 2 ** 20),
        heapUsedAfterMiB: Math.round(heapAfter / 2 ** 20),
        heapPerConnectionKiB: Math.round(heapPerConnectionKiB * 10) / 10,
      },
      fanOut: {
        eventsPublished: published,
        updatesExpected: expected,
        updatesReceived: updates,
        latencyMs: {
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          max: sorted.length ? Math.round(sorted[sorted.length - 1] * 100) / 100 : null,
        },
      },
      cpu: {
        gatewayCpuSeconds: Math.round((ticks / CLOCK_TICKS) * 100) / 100,
        windowSeconds: Math.round(windowSeconds * 10) / 10,
        gatewayCpuMsPerEvent: Math.round(((ticks / CLOCK_TICKS) * 1000 * 100) / published) / 100,
        gatewayCpuMsPerUpdate:
          Math.round(((ticks / CLOCK_TICKS) * 1000 * 1000) / Math.max(1, updates)) / 1000,
        loadGeneratorCpuSeconds: Math.round((ownTicks / CLOCK_TICKS) * 100) / 100,
        ordersStandInCpuSeconds: Math.round((standInTicks / CLOCK_TICKS) * 100) / 100,
        // The machine is shared: the 1-minute load average before and after the timed window.
        loadAverage: [Math.round(loadBefore * 10) / 10, Math.round(os.loadavg()[0] * 10) / 10],
      },
    };
    console.log(JSON.stringify(report, null, 2));
    console.log(`wrote ${writeResult(`subscriptions-${subscribers}-${perOrder}-${rate}`, report)}`);
    for (const socket of sockets) socket.terminate();
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
