import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { eventually } from '@commerce/testing';

/**
 * Stops and starts the shared RabbitMQ broker the way the serial suites of orders and events do
 * (`rabbitmqctl stop_app` / `start_app` on the local node). Only for `*.serial.spec.ts` files: they
 * run alone, after every other suite, so no one else sees the outage.
 */
const exec = promisify(execFile);

async function rabbitmqctl(...args: string[]): Promise<void> {
  await exec('rabbitmqctl', args, { timeout: 30_000 });
}

/** Stops the broker application (the node stays up, so `startBroker` is quick). */
export async function stopBroker(): Promise<void> {
  await rabbitmqctl('stop_app');
}

/** Starts the broker application (idempotent) and waits until it accepts work again. */
export async function startBroker(): Promise<void> {
  await rabbitmqctl('start_app');
  await eventually(
    'RabbitMQ to run',
    () =>
      exec('rabbitmq-diagnostics', ['-q', 'check_running'], { timeout: 10_000 }).then(
        () => true,
        () => undefined,
      ),
    { timeoutMs: 30_000, intervalMs: 200 },
  );
}
