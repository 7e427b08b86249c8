import type { Logger } from '@commerce/logging';

/**
 * Stops the process cleanly on SIGTERM/SIGINT: runs `stop` (drain, close pools), then exits 0; if
 * stopping takes longer than `timeoutMs` it exits 1 so an orchestrator is never left waiting.
 */
export function exitOnSignal(stop: () => Promise<void>, logger: Logger, timeoutMs = 10_000): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    stop()
      .then(() => process.exit(0))
      .catch((error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

/** Logs and exits on a failure during start-up, with the message alone when it is a config error. */
export function failStartup(logger: Logger, error: unknown): never {
  if (error instanceof Error && error.name === 'ConfigError') {
    process.stderr.write(`${error.message}\n`);
  } else {
    logger.fatal({ err: error }, 'start-up failed');
  }
  process.exit(1);
}
