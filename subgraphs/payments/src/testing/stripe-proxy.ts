import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';

interface RecordedCall {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  /** The form-encoded body Stripe's SDK sent, decoded (`card[token]`, `metadata[orderId]`, ...). */
  params: Record<string, string>;
  status: number;
}

interface CannedReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface StripeProxy {
  url: string;
  calls: RecordedCall[];
  /** Answer instead of stripe-mock when it returns a reply (Stripe answers stripe-mock cannot give). */
  override: ((call: Omit<RecordedCall, 'status'>) => CannedReply | undefined) | null;
  stop(): Promise<void>;
}

/**
 * A recording proxy in front of stripe-mock: every call the adapter makes still goes to stripe-mock
 * (which validates it against Stripe's OpenAPI spec), and is recorded so tests can assert what was
 * sent. `override` lets a test answer as Stripe itself would where stripe-mock cannot (a 402 decline).
 */
export async function startStripeProxy(target = 'http://127.0.0.1:12111'): Promise<StripeProxy> {
  const proxy: StripeProxy = { url: '', calls: [], override: null, stop: async () => undefined };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readAll(req);
      const call = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        idempotencyKey: req.headers['idempotency-key'] as string | undefined,
        params: Object.fromEntries(new URLSearchParams(body)),
      };
      const canned = proxy.override?.(call);
      if (canned) {
        proxy.calls.push({ ...call, status: canned.status });
        res.writeHead(canned.status, {
          'content-type': 'application/json',
          'request-id': 'req_proxy',
          ...canned.headers,
        });
        res.end(JSON.stringify(canned.body));
        return;
      }
      const headers: Record<string, string> = {};
      for (const [key, value] of Object.entries(req.headers)) {
        if (typeof value === 'string' && key !== 'host' && key !== 'connection') headers[key] = value;
      }
      const upstream = await request(`${target}${call.path}`, {
        method: call.method as 'GET' | 'POST' | 'DELETE',
        headers,
        body: call.method === 'GET' ? undefined : body,
      });
      const text = await upstream.body.text();
      proxy.calls.push({ ...call, status: upstream.statusCode });
      res.writeHead(upstream.statusCode, { 'content-type': 'application/json' });
      res.end(text);
    })().catch((error: Error) => {
      res.writeHead(502);
      res.end(error.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return proxy;
}

async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
