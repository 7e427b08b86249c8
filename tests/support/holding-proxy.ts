import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does with a request on a held route:
 * - `hang`: never forwards it and never answers (the call is lost on the way, e.g. a partition);
 * - `forwardThenHang`: forwards it (the upstream service applies it) but never answers (the answer
 *   is lost on the way back).
 * Either way the caller waits until its own timeout, or until it dies.
 */
export type HoldMode = 'hang' | 'forwardThenHang';

/** One request the proxy received: `route` is `METHOD /path`, `body` the parsed JSON (or undefined). */
export interface ProxiedCall {
  route: string;
  body: Record<string, unknown> | undefined;
  /** True when the request was held instead of answered. */
  held: boolean;
}

interface Waiter {
  route: string;
  resolve: (call: ProxiedCall) => void;
}

/**
 * A tiny HTTP proxy in front of a service's internal endpoints, for tests that must stop a caller at
 * an exact step of its work (deterministically, without timing): everything passes through unless a
 * route is held. Records every request, so a test can count what reached the service.
 */
export class HoldingProxy {
  private readonly holds = new Map<string, HoldMode>();
  private readonly received: ProxiedCall[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly parked = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    private readonly upstream: string,
    readonly url: string,
  ) {}

  /** Starts a proxy to `upstream` (a service root, e.g. http://127.0.0.1:4006) on an ephemeral port. */
  static async start(upstream: string): Promise<HoldingProxy> {
    const server = createServer((req, res) => {
      proxy.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'BAD_GATEWAY', message: String(error) } }));
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const proxy = new HoldingProxy(server, upstream.replace(/\/$/, ''), `http://127.0.0.1:${port}`);
    return proxy;
  }

  /** From now on, requests on `route` (`METHOD /path`) are held as `mode` says. */
  hold(route: string, mode: HoldMode): void {
    this.holds.set(route, mode);
  }

  /** Everything passes through again (requests already held stay held until their caller goes). */
  heal(): void {
    this.holds.clear();
  }

  /** The requests received on `route` so far, oldest first. */
  calls(route: string): ProxiedCall[] {
    return this.received.filter((call) => call.route === route);
  }

  /**
   * The next request on `route`; for a held route it resolves once the request is held (for
   * `forwardThenHang`: after the upstream service answered it).
   */
  nextCall(route: string): Promise<ProxiedCall> {
    return new Promise((resolve) => this.waiters.push({ route, resolve }));
  }

  async stop(): Promise<void> {
    for (const res of this.parked) res.destroy();
    this.parked.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const route = `${req.method} ${new URL(req.url ?? '/', 'http://proxy').pathname}`;
    const mode = this.holds.get(route);
    const call: ProxiedCall = { route, body: parseJson(raw), held: mode !== undefined };
    this.received.push(call);

    if (mode === 'hang') return this.park(res, call);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name)) {
        headers[name] = value;
      }
    }
    const answer = await fetch(`${this.upstream}${req.url}`, {
      method: req.method,
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : raw,
    });
    const body = Buffer.from(await answer.arrayBuffer());
    if (mode === 'forwardThenHang') return this.park(res, call);
    this.notify(call);
    res.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
    });
    res.end(body);
  }

  /** Keeps the response open, unanswered, until the caller's side goes away. */
  private park(res: ServerResponse, call: ProxiedCall): void {
    this.parked.add(res);
    res.on('close', () => this.parked.delete(res));
    this.notify(call);
  }

  private notify(call: ProxiedCall): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.route !== call.route) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(call);
    }
  }
}

function parseJson(raw: Buffer): Record<string, unknown> | undefined {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
