import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { eventually } from './wait';

/**
 * Stops and starts the shared RabbitMQ broker (`rabbitmqctl stop_app` / `start_app` on the local node
 * that scripts/services runs). Only for serial suites (`*.serial.int.spec.ts`, `*.serial.spec.ts`):
 * they run alone, after every other suite, so no one else sees the outage.
 */
const exec = promisify(execFile);

/** Runs `rabbitmqctl` with these arguments; its standard output. */
export async function rabbitmqctl(...args: string[]): Promise<string> {
  const { stdout } = await exec('rabbitmqctl', args, { timeout: 30_000 });
  return stdout;
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
