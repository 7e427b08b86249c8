/** Process entry for full-stack mode: the orders subgraph on its own, against real engines. */
import { connectEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { exitOnSignal, failStartup } from '@commerce/runtime';
import { loadOrdersConfig } from './config';
import { startOrdersService } from './orders-service';

async function main(): Promise<void> {
  let logger = createLogger({ service: 'orders' });
  try {
    const config = loadOrdersConfig();
    logger = createLogger({ service: 'orders', level: config.LOG_LEVEL });
    const bus = await connectEventBus(config.RUNTIME_MODE, config.AMQP_URL, logger);
    const service = await startOrdersService(config, { logger, bus });
    exitOnSignal(async () => {
      await service.stop();
      await bus.close();
    }, logger);
  } catch (error) {
    failStartup(logger, error);
  }
}

void main();
