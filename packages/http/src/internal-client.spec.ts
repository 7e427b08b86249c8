import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError, ErrorCode } from '@commerce/errors';
import { rejectionOf } from '@commerce/testing';
import { InternalClient, isRefusal, Refusal, RetryableError } from './internal-client';

// No engines: a local HTTP server scripted per test plays the other service.
type Script = (req: IncomingMessage, res: ServerResponse, body: string) => void;

let server: Server;
let base: string;
let script: Script;
const received: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
const clients: InternalClient[] = [];

const answer =
  (status: number, body: string, contentType = 'application/json'): Script =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  };
const json = (status: number, body: unknown) => answer(status, JSON.stringify(body));

function client(options: { baseUrl?: string; timeoutMs?: number } = {}): InternalClient {
  const created = new InternalClient({
    service: 'catalog',
    baseUrl: options.baseUrl ?? base,
    serviceToken: 'token-0123456789abcdef',
    timeoutMs: options.timeoutMs ?? 300,
  });
  clients.push(created);
  return created;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    // node:http ignores a handler's Promise: collect the body, then answer.
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      script(req, res, body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  server.closeAllConnections();
  received.length = 0;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('calls', () => {
  it('POSTs JSON with the service token and answers status and parsed body', async () => {
    script = json(200, { reservationId: 'r-1' });
    const reply = await client().post('/inventory/reservations', { items: [1] });
    expect(reply).toEqual({ status: 200, body: { reservationId: 'r-1' } });
    expect(received[0]).toMatchObject({
      method: 'POST',
      url: '/inventory/reservations',
      body: '{"items":[1]}',
      headers: { authorization: 'Bearer token-0123456789abcdef', 'content-type': 'application/json' },
    });
  });

  it('GETs with the query in the path, under the base URL path, and reads an empty body as {}', async () => {
    script = answer(200, '');
    const reply = await client({ baseUrl: `${base}/catalog/` }).get('/internal/products?limit=3');
    expect(reply).toEqual({ status: 200, body: {} });
    expect(received[0]).toMatchObject({ method: 'GET', url: '/catalog/internal/products?limit=3' });
    expect(received[0].headers['content-type']).toBeUndefined();
  });

  it('answers 4xx (other than 408 and 429) for the caller to interpret', async () => {
    script = json(404, { error: { code: 'NOT_FOUND', message: 'Reservation not found' } });
    expect(await client().post('/x', {})).toEqual({
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: 'Reservation not found' } },
    });
  });
});

describe('no usable answer: RetryableError', () => {
  it.each([500, 502, 503, 408, 429])('on %i', async (status) => {
    script = json(status, { error: { code: 'SERVICE_UNAVAILABLE', message: 'busy' } });
    const error = await rejectionOf(client().post('/inventory/reservations', {}), RetryableError);
    expect(error).toMatchObject({ service: 'catalog' });
    expect(error.message).toBe(`catalog: POST /inventory/reservations answered ${status}`);
  });

  it.each([200, 409])('on a %i body that is not JSON', async (status) => {
    script = answer(status, '<html>proxy error</html>', 'text/html');
    const error = await rejectionOf(client().get('/internal/products'), RetryableError);
    expect(error.message).toBe(
      `catalog: GET /internal/products answered ${status} with a body that is not JSON`,
    );
  });

  it('when nothing listens', async () => {
    const error = await rejectionOf(client({ baseUrl: 'http://127.0.0.1:1' }).get('/x'), RetryableError);
    expect(error.message).toMatch(/^catalog: GET \/x failed: /);
  });

  it('when the connection is dropped', async () => {
    script = (req) => req.socket.destroy();
    await rejectionOf(client().post('/x', {}), RetryableError);
  });

  it('when no answer comes within the timeout', async () => {
    script = () => undefined; // never answers
    const started = Date.now();
    const error = await rejectionOf(client({ timeoutMs: 200 }).post('/x', {}), RetryableError);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(error.message).toMatch(/^catalog: POST \/x failed: /);
  });

  it('when the body stops half way past the timeout', async () => {
    script = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"items": [');
    };
    const started = Date.now();
    const error = await rejectionOf(client({ timeoutMs: 200 }).get('/x'), RetryableError);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(error.message).toMatch(/^catalog: GET \/x (failed|body failed): /);
  });

  it('when the caller aborts', async () => {
    script = () => undefined;
    const controller = new AbortController();
    const pending = client({ timeoutMs: 10_000 }).post('/x', {}, controller.signal);
    setTimeout(() => controller.abort(), 50);
    await rejectionOf(pending, RetryableError);
  });
});

describe('refusal: the error body back to an AppError', () => {
  it('keeps code, message and details', () => {
    const refusal = client().refusal({
      status: 409,
      body: {
        error: {
          code: 'OUT_OF_STOCK',
          message: 'Not enough stock',
          details: { productId: 'p-1', available: 0 },
        },
      },
    });
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toBeInstanceOf(Refusal);
    expect(refusal).toMatchObject({
      service: 'catalog',
      code: ErrorCode.OUT_OF_STOCK,
      message: 'Not enough stock',
      details: { productId: 'p-1', available: 0 },
    });
    expect(isRefusal(refusal)).toBe(true);
    expect(isRefusal(refusal, 'CONFLICT', 'OUT_OF_STOCK')).toBe(true);
    expect(isRefusal(refusal, 'CONFLICT')).toBe(false);
    expect(isRefusal(new AppError(ErrorCode.CONFLICT, 'x'))).toBe(false);
  });

  it.each([
    ['no code', { error: { message: 'No' } }, ErrorCode.PAYMENT_DECLINED, 'No'],
    [
      'a code outside our vocabulary',
      { error: { code: 'NOPE', message: 'No' } },
      ErrorCode.PAYMENT_DECLINED,
      'No',
    ],
    [
      'an error that is a string',
      { error: 'bad token' },
      ErrorCode.PAYMENT_DECLINED,
      'catalog refused the request',
    ],
    ['no body', {}, ErrorCode.PAYMENT_DECLINED, 'catalog refused the request'],
  ])('uses the fallback code and a generic message for %s', (_what, body, code, message) => {
    const refusal = client().refusal({ status: 402, body }, ErrorCode.PAYMENT_DECLINED);
    expect(refusal).toMatchObject({ code, message, details: {} });
  });

  it.each([
    [400, ErrorCode.BAD_USER_INPUT],
    [401, ErrorCode.UNAUTHENTICATED],
    [404, ErrorCode.NOT_FOUND],
    [409, ErrorCode.CONFLICT],
    [418, ErrorCode.INTERNAL],
  ])('without a fallback, a %i without a code is %s', (status, code) => {
    expect(client().refusal({ status, body: null }).code).toBe(code);
  });

  it('ignores details that are not an object', () => {
    const refusal = client().refusal({
      status: 409,
      body: { error: { code: 'CONFLICT', message: 'No', details: ['x'] } },
    });
    expect(refusal.details).toEqual({});
  });
});

describe('unexpected', () => {
  it('is a RetryableError naming the path, the status and the body', () => {
    const error = client().unexpected('/internal/addresses', {
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: 'A valid service token is required' } },
    });
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.message).toBe(
      'catalog: /internal/addresses answered 401: {"error":{"code":"UNAUTHENTICATED","message":"A valid service token is required"}}',
    );
  });
});
