import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a fake route answers. */
export interface FakeAnswer {
  status: number;
  body: unknown;
}

export type FakeHandler = (body: Record<string, unknown>, query: URLSearchParams) => FakeAnswer;

/**
 * Scripted trouble for the next calls of one route:
 * - fail: answer `status` (503 by default) without doing anything;
 * - drop: cut the connection without doing anything;
 * - hang: never answer and do nothing (a request lost in flight);
 * - applyThenHang: do the work, then never answer (the caller cannot know it happened);
 * - answer: reply with this answer instead of the handler's.
 */
export type Trouble =
  | { kind: 'fail'; status?: number }
  | { kind: 'drop' }
  | { kind: 'hang' }
  | { kind: 'applyThenHang' }
  | { kind: 'answer'; answer: FakeAnswer };

export interface RecordedCall {
  route: string;
  body: Record<string, unknown>;
  query: URLSearchParams;
}

/**
 * A small HTTP server standing in for another service's internal endpoints (their contract, not
 * our store). It checks the service token, records every call, and can be told to fail, drop,
 * hang or be slow, so tests can put the saga through every failure the network offers.
 */
export class FakeHttpService {
  readonly calls: RecordedCall[] = [];
  /** Extra latency of every answer, in ms. */
  latencyMs = 0;
  private server: Server | null = null;
  private readonly troubles = new Map<string, { trouble: Trouble; times: number }[]>();
  private readonly hanging = new Set<ServerResponse>();
  private readonly waiters: { route: string; resolve: (call: RecordedCall) => void }[] = [];

  constructor(
    readonly name: string,
    private readonly serviceToken: string,
    private readonly routes: Record<string, FakeHandler>,
  ) {}

  /** Base URL once started. */
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Scripts `trouble` for the next `times` calls of `route` (e.g. `POST /payments/capture`). */
  inject(route: string, trouble: Trouble, times = 1): void {
    const queue = this.troubles.get(route) ?? [];
    queue.push({ trouble, times });
    this.troubles.set(route, queue);
  }

  /** Forgets scripted trouble and answers the hanging requests with 503. */
  heal(): void {
    this.troubles.clear();
    for (const res of this.hanging) if (!res.writableEnded) reply(res, { status: 503, body: {} });
    this.hanging.clear();
  }

  /** Resolves at the next call of `route` (or at once with a past one if `includePast`). */
  nextCall(route: string, includePast = false): Promise<RecordedCall> {
    const past = includePast ? this.calls.find((c) => c.route === route) : undefined;
    if (past) return Promise.resolve(past);
    return new Promise((resolve) => this.waiters.push({ route, resolve }));
  }

  callsTo(route: string): RecordedCall[] {
    return this.calls.filter((call) => call.route === route);
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const route = `${req.method} ${url.pathname}`;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.headers.authorization !== `Bearer ${this.serviceToken}`) {
      return reply(res, {
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED', message: 'A valid service token is required' } },
      });
    }
    const handler = this.routes[route];
    if (!handler) return reply(res, { status: 404, body: { error: { code: 'NOT_FOUND', message: route } } });
    const body =
      chunks.length > 0
        ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
        : {};
    const call = { route, body, query: url.searchParams };
    this.calls.push(call);
    for (const waiter of this.waiters.filter((w) => w.route === route)) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(call);
    }
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const trouble = this.takeTrouble(route);
    if (trouble?.kind === 'fail')
      return reply(res, {
        status: trouble.status ?? 503,
        body: { error: { code: 'SERVICE_UNAVAILABLE', message: 'Injected failure' } },
      });
    if (trouble?.kind === 'drop') return void req.socket.destroy();
    if (trouble?.kind === 'answer') return reply(res, trouble.answer);
    if (trouble?.kind === 'hang') return void this.hanging.add(res);
    const answer = handler(body, url.searchParams);
    if (trouble?.kind === 'applyThenHang') return void this.hanging.add(res);
    reply(res, answer);
  }

  private takeTrouble(route: string): Trouble | undefined {
    const queue = this.troubles.get(route);
    const next = queue?.[0];
    if (!next) return undefined;
    next.times -= 1;
    if (next.times <= 0) queue.shift();
    return next.trouble;
  }
}

function reply(res: ServerResponse, answer: FakeAnswer): void {
  const payload = JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}
