#!/usr/bin/env node
/**
 * Benchmark: live search indexing through events, end to end, on the real engines.
 *
 *   npm run build && node bench/indexing.js [--products 10000] [--engine opensearch|postgres]
 *                                           [--source import|outbox] [--backlog] [--label x]
 *
 * Two processes, as in the full stack:
 * - catalog (a child process): the real seed/import path (`seedCatalog` with events: products and
 *   their `product.created` rows written in one transaction per batch of 1000 into catalog's outbox on
 *   PostgreSQL) and catalog's outbox relay publishing to RabbitMQ with publisher confirms. With
 *   `--source outbox` the products are generated before the clock starts and only their outbox rows
 *   are written (1000 per transaction): the event path alone, without the import's own cost;
 * - search (this process): the search service (`searchSubgraph.start`, stack mode), whose indexer
 *   consumes the `search-indexer` queue and writes to OpenSearch (or PostgreSQL FTS, `--engine postgres`).
 * Everything is scratch and removed at the end: two PostgreSQL databases, a RabbitMQ vhost of its own
 * (the indexer's queue name is fixed, so a vhost keeps a running stack's indexer out of it), an index
 * alias. The run ends when `search` counts every product. The clock starts:
 * - live (default): when the import starts, the indexer running all along: end to end, as a seller's
 *   import is experienced;
 * - `--backlog`: when the search service starts again after every event was published while it was
 *   down: what the indexer alone can drain (a restart after an outage, a burst larger than the window).
 * Reports events/s, the time to the last searchable product, and the CPU each side used (the shared
 * engines' CPU includes whatever else the machine runs). Writes bench/results/indexing-<label>.json (the latest run of that label).
 */
const { fork, execFileSync } = require('node:child_process');
const { randomBytes, randomUUID } = require('node:crypto');
const { Client } = require('pg');
const processCpu = require('./lib/process-cpu');
const { machine, parseArgs, writeResult } = require('./lib/report');

const args = parseArgs();
const postgresUrl = args.postgres ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const amqpBase = args.amqp ?? 'amqp://guest:guest@127.0.0.1:5672';
const opensearchUrl = args.opensearch ?? 'http://127.0.0.1:9200';

/** The catalog side: waits for `go`, imports with events, reports, relays until told to stop. */
async function runCatalog() {
  const { createLogger } = require('@commerce/logging');
  const { RabbitMqEventBus } = require('@commerce/events');
  const { loadCatalogConfig, seedCatalog } = require('@commerce/catalog');
  const { openCatalogStore } = require('../subgraphs/catalog/dist/store/open-store');
  const logger = createLogger({ service: 'bench-catalog', level: 'warn' });
  const config = loadCatalogConfig({
    CATALOG_STORE: 'postgres',
    DATABASE_URL: args.database,
    LOG_LEVEL: 'warn',
  });
  const bus = new RabbitMqEventBus(args.amqpUrl, logger);
  await bus.start();
  const store = await openCatalogStore(config, { bus, logger });
  store.relay.start();
  const sellerIds = Array.from({ length: 20 }, () => randomUUID());
  const send = (message) => process.send(message);
  // `--source outbox`: the events are built before the clock starts and only written at `go`.
  const prepared = args.source === 'outbox' ? productCreatedEvents(Number(args.products), sellerIds) : null;
  process.on('message', async (message) => {
    if (message.type === 'go') {
      const cpuBefore = process.cpuUsage();
      const report = prepared
        ? await writeOutboxRows(args.database, prepared, () => store.relay.kick())
        : await seedCatalog({
            store,
            sellerIds,
            size: Number(args.products),
            seed: 42,
            withEvents: true,
            logger,
          });
      send({ type: 'imported', at: Date.now(), report });
      while ((await store.relay.pendingCount()) > 0) await sleep(20);
      send({ type: 'published', at: Date.now(), cpuMs: cpuMs(process.cpuUsage(cpuBefore)) });
    } else if (message.type === 'stop') {
      await store.relay.stop();
      await store.close();
      await bus.close();
      process.exit(0);
    }
  });
  send({ type: 'ready' });
}

/** `product.created` events of seed-like products (catalog's generator), as catalog's import writes them. */
function productCreatedEvents(count, sellerIds) {
  const { createEvent } = require('@commerce/events');
  const {
    generateCategories,
    generateProducts,
  } = require('../subgraphs/catalog/dist/seed/catalog-generator');
  const { categories, leaves } = generateCategories();
  const byId = new Map(categories.map((c) => [c.id, c]));
  const pathOf = (id) => {
    const path = [];
    for (let c = byId.get(id); c; c = c.parentId ? byId.get(c.parentId) : null) path.unshift(c);
    return path.map((c) => ({ id: c.id, name: c.name, slug: c.slug }));
  };
  const events = [];
  for (const batch of generateProducts({ count, sellerIds, leaves, seed: 42, batchSize: 1000 })) {
    for (const p of batch) {
      const at = (p.createdAt ?? new Date()).toISOString();
      events.push(
        createEvent('catalog', 'product.created', {
          productId: p.id ?? randomUUID(),
          sellerId: p.sellerId,
          categoryId: p.categoryId,
          categoryPath: pathOf(p.categoryId),
          name: p.name,
          description: p.description,
          brand: p.brand ?? null,
          price: p.price,
          images: p.images ?? [],
          attributes: p.attributes ?? [],
          status: 'ACTIVE',
          stockAvailable: p.stock,
          createdAt: at,
          updatedAt: at,
        }),
      );
    }
  }
  return events;
}

/** Writes the events into catalog's outbox, one transaction per 1000 as its bulk import does. */
async function writeOutboxRows(databaseUrl, events, kick) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let i = 0; i < events.length; i += 1000) {
      const rows = events.slice(i, i + 1000).map((e) => ({ id: e.id, type: e.type, envelope: e }));
      await client.query(
        `INSERT INTO outbox (id, type, envelope)
         SELECT id, type, envelope FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, type text, envelope jsonb)`,
        [JSON.stringify(rows)],
      );
      kick();
    }
  } finally {
    await client.end();
  }
  return { events: events.length };
}

async function main() {
  const products = Number(args.products ?? 10_000);
  const engine = args.engine ?? 'opensearch';
  const backlog = Boolean(args.backlog);
  const source = args.source ?? 'import';
  if (!['import', 'outbox'].includes(source)) throw new Error('--source is import or outbox');
  const label =
    args.label ?? `${engine}-${products}${source === 'outbox' ? '-outbox' : ''}${backlog ? '-backlog' : ''}`;
  const run = randomBytes(4).toString('hex');
  const scratch = new Scratch(run);
  const { createLogger } = require('@commerce/logging');
  const { RabbitMqEventBus } = require('@commerce/events');
  const { MemoryCache } = require('@commerce/cache');
  const { loadSearchConfig, searchSubgraph } = require('@commerce/search');
  const logger = createLogger({ service: 'bench-search', level: 'warn' });

  let service;
  let bus;
  let catalog;
  try {
    const amqpUrl = await scratch.vhost();
    const searchDb = await scratch.database('search');
    const catalogDb = await scratch.database('catalog');
    const alias = scratch.alias();
    const config = loadSearchConfig({
      SEARCH_PORT: '0',
      SEARCH_ENGINE: engine,
      DATABASE_URL: searchDb,
      OPENSEARCH_URL: opensearchUrl,
      SEARCH_INDEX: alias,
      LOG_LEVEL: 'warn',
      // Indexer tuning under test; unset: the service's defaults.
      ...(args.batch ? { SEARCH_INDEXER_BATCH_SIZE: String(args.batch) } : {}),
      ...(args.concurrent ? { SEARCH_INDEXER_CONCURRENT_BATCHES: String(args.concurrent) } : {}),
    });
    bus = new RabbitMqEventBus(amqpUrl, logger);
    await bus.start();
    const startSearch = () => searchSubgraph.start(config, { logger, bus, cache: new MemoryCache() });
    service = await startSearch();
    if (backlog) {
      // Schema, index and the indexer's durable queue now exist; events pile up until it is back.
      await service.stop();
      service = null;
    }

    catalog = fork(__filename, [
      '--role',
      'catalog',
      '--database',
      catalogDb,
      '--amqpUrl',
      amqpUrl,
      '--products',
      String(products),
      '--source',
      source,
    ]);
    const messages = inbox(catalog);
    await messages.next('ready');

    const importStartedAt = Date.now();
    catalog.send({ type: 'go' });
    if (backlog) {
      await messages.next('published');
      service = await startSearch();
    }
    const cpuBefore = process.cpuUsage();
    const enginesBefore = processCpu.sample({ excludeSelf: true });
    // Live: from the start of the import. Backlog: from the restart of the search service.
    const startedAt = backlog ? Date.now() : importStartedAt;
    let firstSearchableAt = null;
    let searchable = 0;
    const samples = [];
    while (searchable < products) {
      await sleep(50);
      searchable = await countSearchable(service.stores.engine);
      if (searchable > 0 && firstSearchableAt === null) firstSearchableAt = Date.now();
      samples.push({ ms: Date.now() - startedAt, searchable });
      if (Date.now() - startedAt > 600_000)
        throw new Error(`only ${searchable}/${products} searchable after 10 min`);
    }
    const doneAt = Date.now();
    const searchCpuMs = cpuMs(process.cpuUsage(cpuBefore));
    const seconds = (doneAt - startedAt) / 1000;
    const engines = processCpu
      .cpuBetween(enginesBefore, processCpu.sample({ excludeSelf: true }), seconds, products)
      .filter((row) => ['opensearch', 'rabbitmq', 'postgresql'].includes(row.group));
    const imported = await messages.next('imported');
    const published = await messages.next('published');
    const report = {
      benchmark: 'indexing',
      label,
      date: new Date().toISOString(),
      machine: machine(),
      loadAverage: require('node:os').loadavg(),
      engine,
      products,
      indexer: {
        batchSize: config.SEARCH_INDEXER_BATCH_SIZE,
        batchWaitMs: config.SEARCH_INDEXER_BATCH_WAIT_MS,
        concurrentBatches: config.SEARCH_INDEXER_CONCURRENT_BATCHES,
      },
      mode: backlog ? 'backlog' : 'live',
      source,
      importMs: imported.at - importStartedAt,
      outboxDrainedMs: published.at - importStartedAt,
      firstSearchableMs: firstSearchableAt - startedAt,
      allSearchableMs: doneAt - startedAt,
      eventsPerSecond: Math.round(products / seconds),
      cpu: {
        searchProcessMsPerEvent: round2(searchCpuMs / products),
        catalogProcessMsPerEvent: round2(published.cpuMs / products),
        // Shared engines: other work on the machine counts here too.
        engines,
      },
      progress: samples.filter((_, i) => i % 10 === 0 || i === samples.length - 1),
    };
    const file = writeResult(`indexing-${label}`, report);
    console.log(
      '| mode | source | products | engine | import s | outbox drained s | all searchable s | events/s | search CPU ms/event | catalog CPU ms/event |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    console.log(
      `| ${report.mode} | ${source} | ${products} | ${engine} | ${s(report.importMs)} | ${s(report.outboxDrainedMs)} | ` +
        `${s(report.allSearchableMs)} | ${report.eventsPerSecond} | ${report.cpu.searchProcessMsPerEvent} | ` +
        `${report.cpu.catalogProcessMsPerEvent} |`,
    );
    console.log(`written to ${file}`);
  } finally {
    if (catalog && catalog.exitCode === null) {
      catalog.send({ type: 'stop' });
      await new Promise((resolve) => catalog.once('exit', resolve));
    }
    await service?.stop().catch(() => undefined);
    await bus?.close().catch(() => undefined);
    await scratch.remove();
  }
}

/** Products visible to `search` now (ACTIVE, refreshed). */
async function countSearchable(engine) {
  const page = await engine.search({
    text: null,
    filter: {},
    sort: 'NEWEST',
    first: 1,
    after: null,
    withFacets: false,
  });
  return page.totalCount;
}

/** Databases, a vhost and an index alias of this run only; `remove` deletes them all. */
class Scratch {
  constructor(run) {
    this.run = run;
    this.databases = [];
    this.vhostName = null;
    this.aliasName = null;
  }

  async database(role) {
    const name = `bench_indexing_${role}_${this.run}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    this.databases.push(name);
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  async vhost() {
    this.vhostName = `bench-indexing-${this.run}`;
    execFileSync('rabbitmqctl', ['add_vhost', this.vhostName], { stdio: 'ignore' });
    execFileSync('rabbitmqctl', ['set_permissions', '-p', this.vhostName, 'guest', '.*', '.*', '.*'], {
      stdio: 'ignore',
    });
    return `${amqpBase}/${encodeURIComponent(this.vhostName)}`;
  }

  alias() {
    this.aliasName = `bench-indexing-${this.run}`;
    return this.aliasName;
  }

  async remove() {
    for (const name of this.databases) {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((e) =>
        console.error(e.message),
      );
    }
    if (this.vhostName) {
      try {
        execFileSync('rabbitmqctl', ['delete_vhost', this.vhostName], { stdio: 'ignore' });
      } catch (error) {
        console.error(`could not delete vhost ${this.vhostName}: ${error.message}`);
      }
    }
    if (this.aliasName) {
      const response = await fetch(`${opensearchUrl}/${this.aliasName}*`, { method: 'DELETE' });
      if (!response.ok) console.error(`could not delete indices ${this.aliasName}*: ${response.status}`);
    }
  }
}

async function adminQuery(sql) {
  const client = new Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The child's messages, awaited by type in any order. */
function inbox(child) {
  const received = [];
  const waiting = [];
  child.on('message', (message) => {
    received.push(message);
    for (const w of [...waiting]) w();
  });
  child.on('exit', (code) => {
    if (code !== 0) for (const w of [...waiting]) w(new Error(`catalog process exited with ${code}`));
  });
  return {
    next: (type) =>
      new Promise((resolve, reject) => {
        const check = (error) => {
          if (error) return reject(error);
          const found = received.find((m) => m.type === type);
          if (!found) return;
          waiting.splice(waiting.indexOf(check), 1);
          resolve(found);
        };
        waiting.push(check);
        check();
      }),
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const cpuMs = (usage) => (usage.user + usage.system) / 1000;
const round2 = (n) => Math.round(n * 100) / 100;
const s = (ms) => (ms / 1000).toFixed(1);

if (args.role === 'catalog') {
  runCatalog().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
