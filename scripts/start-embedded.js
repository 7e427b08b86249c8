#!/usr/bin/env node
/**
 * `npm start`: the whole supergraph in one Node process, with nothing to install but `npm ci`:
 * embedded PostgreSQL (data kept in .data/ between runs), the in-process event bus and memory cache,
 * every subgraph on its port and the gateway on :4000. Demo data is seeded on first run.
 */
const path = require('node:path');
const { loadConfig, env, z } = require('@commerce/config');
const { createLogger } = require('@commerce/logging');
const { MemoryCache } = require('@commerce/cache');
const { sharedInProcessBus } = require('@commerce/events');
const { startEmbeddedPostgres } = require('@commerce/database');
const { exitOnSignal, failStartup } = require('@commerce/runtime');
const { subgraphs, loadSubgraph } = require('./lib/subgraphs');
const { seedDemoData } = require('./lib/demo-data');

const launcherShape = {
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EMBEDDED_DATA_DIR: z.string().default(path.join(__dirname, '..', '.data')),
  EMBEDDED_POSTGRES_PORT: env.port(54329),
  SEED_DEMO_DATA: env.bool(true),
};

async function main() {
  const config = loadConfig(launcherShape);
  const logger = createLogger({ service: 'embedded', level: config.LOG_LEVEL });
  const stops = [];
  try {
    const postgres = await startEmbeddedPostgres({
      dataDir: path.join(config.EMBEDDED_DATA_DIR, 'postgres'),
      port: config.EMBEDDED_POSTGRES_PORT,
      logger,
    });
    const bus = sharedInProcessBus(logger);
    const cache = new MemoryCache();
    // Every service reads its settings from the same environment, pointed at the embedded engines.
    const embeddedEnv = { ...process.env, RUNTIME_MODE: 'embedded', INTERNAL_CALLS_IN_PROCESS: 'true' };
    const started = {};
    for (const subgraph of subgraphs) {
      const definition = loadSubgraph(subgraph);
      const serviceEnv = { ...embeddedEnv, DATABASE_URL: `${postgres.baseUrl}/${subgraph.name}` };
      const serviceConfig = definition.loadConfig(serviceEnv);
      const serviceLogger = createLogger({ service: subgraph.name, level: config.LOG_LEVEL });
      const service = await definition.start(serviceConfig, { logger: serviceLogger, bus, cache });
      stops.unshift(() => service.stop());
      started[subgraph.name] = service;
    }
    const gatewayModule = require('@commerce/gateway');
    const gatewayConfig = gatewayModule.loadGatewayConfig(embeddedEnv);
    const gatewayLogger = createLogger({ service: 'gateway', level: config.LOG_LEVEL });
    // The same in-process bus as the services: the gateway's subscriptions read their events from it.
    const gateway = await gatewayModule.startGateway(gatewayConfig, gatewayLogger, { cache, bus });
    stops.unshift(() => gateway.stop());
    stops.push(
      () => bus.close(),
      () => cache.close(),
      () => postgres.stop(),
    );
    exitOnSignal(
      async () => {
        for (const stop of stops) await stop();
      },
      logger,
      15_000,
    );
    if (config.SEED_DEMO_DATA) await seedDemoData(gateway.url, started.catalog.stores.store, logger);
    process.stdout.write(`\nCommerce supergraph ready at ${gateway.url}\n\n`);
  } catch (error) {
    failStartup(logger, error);
  }
}

void main();
