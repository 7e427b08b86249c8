import { Writable } from 'node:stream';
import { request } from 'undici';
import { AppError, badInput, ErrorCode } from '@commerce/errors';
import { createLogger } from '@commerce/logging';
import { rejectionOf } from '@commerce/testing';
import { InternalClient, Refusal, RetryableError } from './internal-client';
import { errorAnswer, InternalAnswer, internalRoute } from './internal-route';
import { ServiceMetrics } from './metrics';
import { RunningService, startService } from './service';

// No engines: a service with internal routes only, called with InternalClient and raw requests.
const TOKEN = 'internal-route-test-token';
const SECRET = 'relation "x" does not exist at 10.1.2.3 (password=hunter2)';
const logLines: string[] = [];
const logger = createLogger({
  service: 'probe',
  destination: new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
});

class BusyError extends Error {}

let service: RunningService;
let base: string;
let client: InternalClient;

beforeAll(async () => {
  const shared = {
    serviceToken: TOKEN,
    logger,
    mapError: (error: unknown) =>
      error instanceof BusyError ? new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Busy; retry shortly') : error,
  };
  service = await startService({
    name: 'probe',
    port: 0,
    host: '127.0.0.1',
    logger,
    metrics: new ServiceMetrics('probe'),
    maxBodyBytes: 1024,
    routes: [
      internalRoute({
        ...shared,
        method: 'POST',
        path: '/echo',
        handle: async ({ json }) => ({ got: json }),
      }),
      internalRoute({
        ...shared,
        method: 'GET',
        path: '/query',
        handle: async ({ url }) => ({ limit: url.searchParams.get('limit') }),
      }),
      internalRoute({
        ...shared,
        method: 'POST',
        path: '/refuse',
        handle: async ({ json }) => {
          const { code, details, status } = json as { code: ErrorCode; details?: object; status?: number };
          const error = new AppError(code, `refused with ${code}`, details as Record<string, unknown>);
          if (status) return errorAnswer(error, status);
          throw error;
        },
      }),
      internalRoute({
        ...shared,
        method: 'POST',
        path: '/created',
        handle: async () => new InternalAnswer(201, { created: true }),
      }),
      internalRoute({
        ...shared,
        method: 'POST',
        path: '/boom',
        handle: async () => {
          throw new Error(SECRET);
        },
      }),
      internalRoute({
        ...shared,
        method: 'POST',
        path: '/busy',
        handle: async () => {
          throw new BusyError('lock wait timed out');
        },
      }),
    ],
  });
  base = `http://127.0.0.1:${service.port}`;
  client = new InternalClient({ service: 'probe', baseUrl: base, serviceToken: TOKEN, timeoutMs: 2000 });
});

afterAll(async () => {
  await client.close();
  await service.stop();
});

async function raw(path: string, body: string, token: string | null = TOKEN) {
  const response = await request(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: response.statusCode, body: await response.body.json() };
}

describe('internalRoute', () => {
  it('answers 200 with the JSON the handler returns; {} stands for an empty body', async () => {
    expect(await client.post('/echo', { a: 1 })).toEqual({ status: 200, body: { got: { a: 1 } } });
    expect(await raw('/echo', '')).toEqual({ status: 200, body: { got: {} } });
    expect(await client.get('/query?limit=3')).toEqual({ status: 200, body: { limit: '3' } });
  });

  it('answers an InternalAnswer with its own status', async () => {
    expect(await client.post('/created', {})).toEqual({ status: 201, body: { created: true } });
  });

  it.each([null, 'wrong-token', 'internal-route-test-token-but-longer'])(
    'answers 401 UNAUTHENTICATED to the token %p before reading the body',
    async (token) => {
      expect(await raw('/echo', 'not json', token)).toEqual({
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED', message: 'A valid service token is required' } },
      });
    },
  );

  it('answers 400 BAD_USER_INPUT naming the body when it is not JSON', async () => {
    expect(await raw('/echo', '{"a": ')).toEqual({
      status: 400,
      body: {
        error: {
          code: 'BAD_USER_INPUT',
          message: 'Request body is not valid JSON',
          details: { field: 'body' },
        },
      },
    });
  });

  it('answers 413 in the same error body when the body is over the service limit', async () => {
    expect(await raw('/echo', JSON.stringify({ pad: 'x'.repeat(2000) }))).toEqual({
      status: 413,
      body: { error: { code: 'BAD_USER_INPUT', message: 'Request body exceeds 1024 bytes' } },
    });
  });

  it.each([
    [ErrorCode.BAD_USER_INPUT, 400],
    [ErrorCode.UNAUTHENTICATED, 401],
    [ErrorCode.PAYMENT_DECLINED, 402],
    [ErrorCode.FORBIDDEN, 403],
    [ErrorCode.NOT_FOUND, 404],
    [ErrorCode.CONFLICT, 409],
    [ErrorCode.OUT_OF_STOCK, 409],
    [ErrorCode.RATE_LIMITED, 429],
    [ErrorCode.SERVICE_UNAVAILABLE, 503],
  ])(
    'answers an AppError %s with status %i and { error: { code, message, details } }',
    async (code, status) => {
      const details = { field: 'items.0.quantity', available: 2 };
      expect(await raw('/refuse', JSON.stringify({ code, details }))).toEqual({
        status,
        body: { error: { code, message: `refused with ${code}`, details } },
      });
    },
  );

  it('leaves details out when the error has none', async () => {
    const reply = await raw('/refuse', JSON.stringify({ code: ErrorCode.CONFLICT }));
    expect(reply.body).toEqual({ error: { code: 'CONFLICT', message: 'refused with CONFLICT' } });
  });

  it('answers errorAnswer with the status the endpoint chose', async () => {
    const reply = await raw('/refuse', JSON.stringify({ code: ErrorCode.NOT_FOUND, status: 409 }));
    expect(reply).toEqual({
      status: 409,
      body: { error: { code: 'NOT_FOUND', message: 'refused with NOT_FOUND' } },
    });
  });

  it('answers anything else 500 INTERNAL without detail, which only the log has', async () => {
    const reply = await raw('/boom', '{}');
    expect(reply).toEqual({
      status: 500,
      body: { error: { code: 'INTERNAL', message: 'Internal server error' } },
    });
    expect(logLines.some((line) => line.includes('hunter2') && line.includes('/boom'))).toBe(true);
    // An AppError with code INTERNAL is not trusted to be value-safe either.
    const internal = await raw('/refuse', JSON.stringify({ code: ErrorCode.INTERNAL }));
    expect(internal).toEqual({
      status: 500,
      body: { error: { code: 'INTERNAL', message: 'Internal server error' } },
    });
  });

  it('lets mapError adapt an error before it is answered', async () => {
    expect(await raw('/busy', '{}')).toEqual({
      status: 503,
      body: { error: { code: 'SERVICE_UNAVAILABLE', message: 'Busy; retry shortly' } },
    });
  });
});

describe('round trip with InternalClient', () => {
  it('gives the caller back the AppError the endpoint threw', async () => {
    const thrown = badInput('quantity must be at least 1', { field: 'items.0.quantity' });
    const answer = await client.post('/refuse', { code: thrown.code, details: thrown.details });
    const refusal = client.refusal(answer);
    expect(refusal).toBeInstanceOf(Refusal);
    expect(refusal).toMatchObject({
      service: 'probe',
      code: ErrorCode.BAD_USER_INPUT,
      message: 'refused with BAD_USER_INPUT',
      details: { field: 'items.0.quantity' },
    });
  });

  it('turns a 503 from the endpoint into a RetryableError', async () => {
    const error = await rejectionOf(client.post('/busy', {}), RetryableError);
    expect(error.message).toBe('probe: POST /busy answered 503');
  });
});
