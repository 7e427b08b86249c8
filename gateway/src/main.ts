import { createLogger } from '@commerce/logging';
import { exitOnSignal, failStartup } from '@commerce/runtime';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway';

/** Process entry for full-stack mode: one gateway process, stopped cleanly by SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadGatewayConfig();
  } catch (error) {
    failStartup(createLogger({ service: 'gateway' }), error);
  }
  const logger = createLogger({ service: 'gateway', level: config.LOG_LEVEL });
  try {
    const gateway = await startGateway(config, logger);
    // The runtime drains for SHUTDOWN_TIMEOUT_MS; leave it room to close pools before the hard exit.
    exitOnSignal(() => gateway.stop(), logger, config.SHUTDOWN_TIMEOUT_MS + 2000);
  } catch (error) {
    failStartup(logger, error);
  }
}

void main();
