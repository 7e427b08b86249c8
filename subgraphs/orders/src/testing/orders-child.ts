import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../../..');

/**
 * Loads TypeScript sources in a child process the way jest does (swc with decorator metadata, and
 * `@commerce/*` from `packages/<name>/src` or `subgraphs/<name>/src`), so the crash spec needs no build step.
 */
const BOOTSTRAP = `
const Module = require('module');
const fs = require('fs');
const path = require('path');
const swc = require('@swc/core');
const root = ${JSON.stringify(root)};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const match = /^@commerce\\/([a-z-]+)$/.exec(request);
  const source =
    match &&
    ['packages', 'subgraphs']
      .map((folder) => path.join(root, folder, match[1], 'src', 'index.ts'))
      .find((file) => fs.existsSync(file));
  return resolve.call(this, source || request, ...rest);
};
require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
require('reflect-metadata');
require(process.argv[1]);
`;

export interface OrdersChild {
  child: ChildProcess;
  /** GraphQL URL once it listens. */
  url: string;
  output(): string;
  /** SIGKILL: no drain, no shutdown hook, sockets and leases left as they are. */
  kill(): Promise<void>;
}

/**
 * Starts the orders service in a child process with `env`, and waits until it listens. `entry` is the
 * TypeScript file the child runs: by default orders-process.ts (in-process bus); the end-to-end
 * suites pass their own (the run's RabbitMQ bus).
 */
export async function startOrdersChild(
  env: Record<string, string>,
  { timeoutMs = 30_000, entry = path.join(__dirname, 'orders-process.ts') } = {},
): Promise<OrdersChild> {
  const child = spawn(process.execPath, ['-e', BOOTSTRAP, entry], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env, LOG_LEVEL: 'info' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = output.split('\n').find((l) => l.includes('"orders listening"'));
    if (line) {
      const { url } = JSON.parse(line) as { url: string };
      return {
        child,
        url,
        output: () => output,
        kill: async () => {
          child.kill('SIGKILL');
          await exited;
        },
      };
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`orders child did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
