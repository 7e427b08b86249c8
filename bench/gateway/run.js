#!/usr/bin/env node
/**
 * Gateway benchmark (issue 16): the same synthetic subgraphs behind four gateways, one after the
 * other in one run: ours (gateway/dist, NODE_ENV=production), a stock @apollo/gateway in a plain
 * ApolloServer, Hive Gateway as shipped, and Hive Gateway with its inbound in-flight deduplication.
 * Every query shape is measured with identical requests and with distinct ones (varied variables):
 * req/s, latency p50/p95/p99, the gateway's CPU ms per request (its process tree, from /proc) and its
 * peak RSS. Then ours alone under 5x its measured capacity, open loop: admitted p99 and the shed.
 *
 *   npx tsc -b   # ours runs from gateway/dist
 *   node bench/gateway/run.js [--duration 15] [--connections 50] [--gateways ours,apollo,hive,hive-dedup]
 *                             [--shapes small,heavy,list] [--overload-seconds 20] [--label name]
 *                             [--ours-main path/to/main.js] [--ours-env NAME=value,NAME=value]
 *                             [--ours-node-flags none]
 *
 * Hive Gateway is installed on first use into bench/gateway/peers (never part of the workspaces).
 * Writes bench/results/gateway[-label].json and prints Markdown tables.
 */
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');
const { decodeHist } = require('autocannon/lib/histUtil');
const { machine, parseArgs, writeResult } = require('../lib/report');
const { SHAPES, VARIANTS } = require('./queries');
const { cpuMs, rssMb } = require('./process-tree');
const { openLoop } = require('./open-loop');

const args = parseArgs();
const duration = Number(args.duration ?? 15);
const connections = Number(args.connections ?? 50);
const gatewayNames = String(args.gateways ?? 'ours,apollo,hive,hive-dedup').split(',');
const shapeNames = String(args.shapes ?? 'small,heavy,list').split(',');
const overloadSeconds = Number(args['overload-seconds'] ?? 20);
const ROOT = path.resolve(__dirname, '../..');
const PEERS = path.join(__dirname, 'peers');
const HIVE_BIN = path.join(PEERS, 'node_modules/@graphql-hive/gateway/dist/bin.js');
// --ours-main points "ours" at another build of the gateway (an older commit's, for a before/after).
const OURS_MAIN = path.resolve(String(args['ours-main'] ?? path.join(ROOT, 'gateway/dist/main.js')));
// As scripts/start-stack.js and the Dockerfile run it; `--ours-node-flags none` runs it without.
const OURS_NODE_FLAGS = String(args['ours-node-flags'] ?? '--max-semi-space-size=64')
  .split(' ')
  .filter((flag) => flag && flag !== 'none');
const SUBGRAPH_PORT = 4201;
const GATEWAY_PORT = 4210;
const OVERLOAD_TARGET_SECONDS = 0.5;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function ensurePeers() {
  if (!gatewayNames.some((name) => name.startsWith('hive')) || fs.existsSync(HIVE_BIN)) return;
  console.error('installing Hive Gateway into bench/gateway/peers ...');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--no-workspaces'], { cwd: PEERS, stdio: 'inherit' });
}

/** How each gateway is started on `port` for `supergraph`. */
function commandOf(name, supergraph, port) {
  const quiet = { NODE_ENV: 'production' };
  switch (name) {
    case 'ours':
      return {
        args: [...OURS_NODE_FLAGS, OURS_MAIN],
        env: {
          ...quiet,
          GATEWAY_PORT: String(port),
          SUPERGRAPH_PATH: supergraph,
          RUNTIME_MODE: 'embedded', // APQ in memory: no Redis in the measurement
          JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json', // anonymous traffic never fetches it
          LOG_LEVEL: 'warn',
          MAX_QUERY_DEPTH: '20',
          MAX_QUERY_COST: '100000000', // the heavy shape is far past the public API's cost budget
          // Compared like for like with gateways that never shed; the overload phase turns shedding on.
          OVERLOAD_MAX_IN_FLIGHT: '0',
          OVERLOAD_MAX_EVENT_LOOP_LAG_MS: '0',
          ...(args['ours-env']
            ? Object.fromEntries(
                String(args['ours-env'])
                  .split(',')
                  .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
              )
            : {}),
        },
      };
    case 'apollo':
      return { args: [path.join(__dirname, 'stock-apollo.js'), supergraph, String(port)], env: quiet };
    case 'hive':
    case 'hive-dedup':
      return {
        args: [
          HIVE_BIN,
          '--port',
          String(port),
          '--host',
          '127.0.0.1',
          '--fork',
          '1',
          ...(name === 'hive-dedup' ? ['--config-path', path.join(__dirname, 'hive-dedup.config.mjs')] : []),
          'supergraph',
          supergraph,
        ],
        env: quiet,
      };
    default:
      throw new Error(`unknown gateway ${name}`);
  }
}

function start(label, command, logFile) {
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, command.args, {
    cwd: __dirname,
    env: { ...process.env, ...command.env },
    stdio: ['ignore', log, log],
  });
  child.on('exit', (code, signal) => {
    if (!child.stopping) console.error(`${label} exited (${code ?? signal}); see ${logFile}`);
  });
  return child;
}

async function stop(child) {
  child.stopping = true;
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, text: await response.text() };
}

async function waitUntilServing(url, shape) {
  const body = JSON.stringify({ query: shape.query, variables: shape.variables() });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const reply = await post(url, body).catch(() => null);
    if (reply?.status === 200 && !reply.text.includes('"errors"')) return reply.text.length;
    await sleep(250);
  }
  throw new Error(`${url} did not serve the query within 60 s`);
}

function bodyFor(shape, mix) {
  const variables = mix === 'distinct' ? shape.distinctVariables() : shape.variables();
  return JSON.stringify({ query: shape.query, variables });
}

function load(url, shape, mix, seconds, conns) {
  const options = {
    url,
    method: 'POST',
    connections: conns,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    timeout: 60, // a slow gateway's answers count late rather than vanish as timeouts
    skipAggregateResult: true, // keep the raw latency histogram, for p95
  };
  if (mix === 'distinct')
    options.requests = [{ setupRequest: (request) => ({ ...request, body: bodyFor(shape, mix) }) }];
  else options.body = bodyFor(shape, mix);
  return new Promise((resolve, reject) =>
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

/**
 * Waits until the gateway has worked off what the previous load left queued (under a tenth of a core
 * for a second), so no measurement pays for the one before it.
 */
async function settle(pid, maxMs = 60_000) {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const before = cpuMs(pid);
    await sleep(1000);
    if (cpuMs(pid) - before < 100) return;
  }
}

async function warmSubgraphs(url) {
  for (const shapeName of shapeNames) {
    const shape = SHAPES[shapeName];
    if (!shape.distinctVariables) continue;
    const pages = Array.from({ length: VARIANTS }, (_, page) => page);
    const worker = async () => {
      for (let page = pages.shift(); page !== undefined; page = pages.shift()) {
        await post(url, JSON.stringify({ query: shape.query, variables: shape.distinctVariables(page) }));
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  }
}

/** One shape x mix against one gateway: throughput, latency, CPU per request, peak RSS. */
async function measure(url, pid, shape, mix) {
  let peakRss = rssMb(pid);
  const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 500);
  const cpuBefore = cpuMs(pid);
  const t0 = performance.now();
  const result = await load(url, shape, mix, duration, connections);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuMs(pid) - cpuBefore;
  clearInterval(rssTimer);
  const ok = result['2xx'];
  const latencies = decodeHist(result.latencies);
  const at = (p) => (latencies ? Math.round(latencies.getValueAtPercentile(p) * 10) / 10 : null);
  return {
    requestsPerSecond: Math.round(ok / seconds),
    latencyMs: { p50: at(50), p95: at(95), p99: at(99) },
    cpuMsPerRequest: ok ? Math.round((cpu / ok) * 100) / 100 : null,
    cpuCoresUsed: Math.round((cpu / 1000 / seconds) * 100) / 100,
    requestsPerCpuSecond: cpu ? Math.round((ok / cpu) * 1000) : null,
    peakRssMb: peakRss,
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/**
 * Ours restarted with its in-flight bound sized as an operator would: the capacity just measured times
 * the latency an admitted request may reach (OVERLOAD_TARGET_SECONDS, half a second), then offered 5x.
 */
async function overloadOurs(supergraph, port, work, capacity) {
  const maxInFlight = Math.max(4, Math.round(capacity * OVERLOAD_TARGET_SECONDS));
  const command = commandOf('ours', supergraph, port);
  command.env.OVERLOAD_MAX_IN_FLIGHT = String(maxInFlight);
  command.env.OVERLOAD_MAX_EVENT_LOOP_LAG_MS = '500'; // the default
  const child = start('ours (overload)', command, path.join(work, 'ours-overload.log'));
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await waitUntilServing(url, SHAPES.heavy);
    await load(url, SHAPES.heavy, 'distinct', 4, connections);
    await settle(child.pid);
    return { maxInFlight, ...(await overload(url, child.pid, capacity)) };
  } finally {
    await stop(child);
  }
}

async function overload(url, pid, capacity) {
  const shape = SHAPES.heavy;
  const rate = Math.max(50, Math.round(capacity * 5));
  const cpuBefore = cpuMs(pid);
  let peakRss = rssMb(pid);
  const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 500);
  const result = await openLoop({
    url,
    rate,
    seconds: overloadSeconds,
    makeBody: () => bodyFor(shape, 'distinct'),
  });
  clearInterval(rssTimer);
  const admitted = result.byStatus[200]?.count ?? 0;
  return {
    ...result,
    capacityPerSecond: capacity,
    admittedPerSecond: Math.round(admitted / overloadSeconds),
    gatewayCpuMs: Math.round(cpuMs(pid) - cpuBefore),
    peakRssMb: peakRss,
  };
}

async function main() {
  if (gatewayNames.includes('ours') && !fs.existsSync(OURS_MAIN))
    throw new Error('gateway/dist is missing: run `npx tsc -b` first');
  ensurePeers();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-bench-'));
  const supergraph = path.join(work, 'supergraph.graphql');
  execFileSync(process.execPath, [
    path.join(__dirname, 'subgraphs.js'),
    '--base-port',
    String(SUBGRAPH_PORT),
    '--supergraph',
    supergraph,
  ]);
  const subgraphs = start(
    'subgraphs',
    { args: [path.join(__dirname, 'subgraphs.js'), '--base-port', String(SUBGRAPH_PORT)], env: {} },
    path.join(work, 'subgraphs.log'),
  );
  const report = {
    scenario: 'gateway',
    date: new Date().toISOString(),
    machine: machine(),
    duration,
    connections,
    results: {},
    responseBytes: {},
  };
  try {
    for (const [index, name] of gatewayNames.entries()) {
      const port = GATEWAY_PORT + index;
      const url = `http://127.0.0.1:${port}/graphql`;
      const child = start(name, commandOf(name, supergraph, port), path.join(work, `${name}.log`));
      try {
        for (const shapeName of shapeNames)
          report.responseBytes[shapeName] = await waitUntilServing(url, SHAPES[shapeName]);
        // The subgraphs compute each distinct page once, then answer it from memory: fill that memory
        // once (through the first gateway) so no gateway's figures include the subgraphs' first pass.
        if (index === 0) await warmSubgraphs(url);
        // Warm-up: JIT, plans, pools.
        for (const shapeName of shapeNames) {
          await load(
            url,
            SHAPES[shapeName],
            SHAPES[shapeName].distinctVariables ? 'distinct' : 'identical',
            4,
            connections,
          );
          await settle(child.pid);
        }
        report.results[name] = {};
        for (const shapeName of shapeNames) {
          const shape = SHAPES[shapeName];
          for (const mix of shape.distinctVariables ? ['distinct', 'identical'] : ['identical']) {
            const row = await measure(url, child.pid, shape, mix);
            await settle(child.pid);
            report.results[name][`${shapeName}/${mix}`] = row;
            console.error(`${name} ${shapeName}/${mix}: ${JSON.stringify(row)}`);
          }
        }
      } finally {
        await stop(child);
      }
      if (name === 'ours' && overloadSeconds > 0 && report.results.ours['heavy/distinct']) {
        const capacity = report.results.ours['heavy/distinct'].requestsPerSecond;
        report.overload = await overloadOurs(supergraph, port, work, capacity);
        console.error(`ours overload: ${JSON.stringify(report.overload)}`);
      }
    }
  } finally {
    await stop(subgraphs);
  }
  const file = writeResult(args.label ? `gateway-${args.label}` : 'gateway', report);
  console.log(markdown(report));
  console.log(`\nwritten to ${file}`);
}

function markdown(report) {
  const lines = [
    `| gateway | shape/mix | req/s | p50 ms | p95 ms | p99 ms | CPU ms/req | req per CPU-s | peak RSS MB | non-2xx |`,
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, rows] of Object.entries(report.results)) {
    for (const [key, r] of Object.entries(rows)) {
      lines.push(
        `| ${name} | ${key} | ${r.requestsPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.cpuMsPerRequest} | ${r.requestsPerCpuSecond} | ${r.peakRssMb} | ${r.non2xx + r.errors} |`,
      );
    }
  }
  if (report.overload) {
    const o = report.overload;
    lines.push(
      '',
      `Overload (ours, heavy/distinct, open loop at ${o.offeredPerSecond}/s = 5x ${o.capacityPerSecond}/s for ${o.seconds} s):`,
    );
    lines.push(
      `sent ${o.sent}, not sent (client cap) ${o.notSent}, failed ${o.failed}, by status ${JSON.stringify(o.byStatus)}, peak RSS ${o.peakRssMb} MB`,
    );
  }
  return lines.join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
