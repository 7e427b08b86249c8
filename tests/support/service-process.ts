/**
 * A built service (its dist/main.js) run as a child process, the way an orchestrator runs it: its
 * output kept for assertions and failure messages, its exit awaited, its port read from the
 * "listening" log line. (npm test builds with tsc -b before jest runs, so dist/ is current.)
 */
import { ChildProcess, spawn } from 'node:child_process';

export interface ServiceProcess {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `script` with only PATH and `env` in its environment. */
export function runServiceProcess(script: string, env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, [script], { env: { PATH: process.env.PATH ?? '', ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exit };
}

/** The port the service logged it listens on; fails with its output if it did not start in time. */
export async function listeningPort(running: ServiceProcess, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const line = running
      .output()
      .split('\n')
      .find((l) => l.includes('listening'));
    if (line) return JSON.parse(line).port;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`service did not start:\n${running.output()}`);
}
