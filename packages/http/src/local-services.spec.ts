import { AppError, ErrorCode } from '@commerce/errors';
import { createLogger } from '@commerce/logging';
import { rejectionOf } from '@commerce/testing';
import { InternalClient, Refusal, RetryableError } from './internal-client';
import { internalRoute } from './internal-route';
import { localService } from './local-services';
import { ServiceMetrics } from './metrics';
import { RunningService, startService } from './service';

// No engines: two copies of one small service, one grouped (inProcess) and one not, called alike.
const TOKEN = 'local-services-test-token';
const logger = createLogger({ service: 'probe', level: 'silent' });
const running: RunningService[] = [];
const clients: InternalClient[] = [];

async function probe(inProcess: boolean): Promise<{ service: RunningService; connections: () => number }> {
  const shared = { serviceToken: TOKEN, logger };
  const service = await startService({
    name: 'probe',
    port: 0,
    host: '127.0.0.1',
    logger,
    metrics: new ServiceMetrics('probe'),
    inProcess,
    routes: [
      internalRoute({
        ...shared,
        method: 'POST',
        path: '/internal/echo',
        handle: async ({ json, req }) => ({ got: json, caller: req.headers['x-service-name'] ?? null }),
      }),
      internalRoute({
        ...shared,
        method: 'GET',
        path: '/internal/query',
        handle: async ({ url }) => ({ limit: url.searchParams.get('limit') }),
      }),
      internalRoute({
        ...shared,
        method: 'POST',
        path: '/internal/refuse',
        handle: async () => {
          throw new AppError(ErrorCode.OUT_OF_STOCK, 'Not enough stock', { available: 1 });
        },
      }),
      internalRoute({
        ...shared,
        method: 'POST',
        path: '/internal/hang',
        handle: () => new Promise(() => undefined),
      }),
    ],
  });
  running.push(service);
  let connections = 0;
  service.server.on('connection', () => connections++);
  return { service, connections: () => connections };
}

function client(service: RunningService, serviceToken = TOKEN, timeoutMs = 1000): InternalClient {
  const created = new InternalClient({
    service: 'probe',
    baseUrl: `http://127.0.0.1:${service.port}`,
    serviceToken,
    timeoutMs,
  });
  clients.push(created);
  return created;
}

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await Promise.all(running.map((s) => s.stop()));
});

describe('internal calls between services of one process', () => {
  it('reach a grouped service without opening a socket, through the same routes', async () => {
    const { service, connections } = await probe(true);
    const calls = client(service);
    expect(await calls.post('/internal/echo', { a: 1 })).toEqual({
      status: 200,
      body: { got: { a: 1 }, caller: null },
    });
    expect(await calls.get('/internal/query?limit=5')).toEqual({ status: 200, body: { limit: '5' } });
    expect(connections()).toBe(0);
  });

  it('answer exactly as over HTTP: refusals, a wrong token, an unknown path', async () => {
    const grouped = (await probe(true)).service;
    const remote = await probe(false);
    for (const service of [grouped, remote.service]) {
      const refused = await client(service).post('/internal/refuse', {});
      expect(refused.status).toBe(409);
      const refusal = client(service).refusal(refused);
      expect(refusal).toBeInstanceOf(Refusal);
      expect([refusal.code, refusal.details]).toEqual([ErrorCode.OUT_OF_STOCK, { available: 1 }]);
      const unauthenticated = await client(service, 'wrong-token-0123456789').post('/internal/echo', {});
      expect(unauthenticated).toEqual({
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED', message: 'A valid service token is required' } },
      });
      expect((await client(service).post('/internal/nowhere', {})).status).toBe(404);
    }
    expect(remote.connections()).toBeGreaterThan(0);
  });

  it('time out like a remote call: the caller gets a retryable error, not a hung promise', async () => {
    const { service } = await probe(true);
    const error = await rejectionOf(client(service, TOKEN, 150).post('/internal/hang', {}), RetryableError);
    expect(error.message).toContain('in process');
  });

  it('go back to HTTP once the grouped service stopped (and then fail as a remote call would)', async () => {
    const { service } = await probe(true);
    const origin = `http://127.0.0.1:${service.port}`;
    expect(localService(origin)).toBeDefined();
    await service.stop();
    expect(localService(origin)).toBeUndefined();
    await rejectionOf(client(service).post('/internal/echo', {}), RetryableError);
  });

  it('leave a service that is not grouped to HTTP', async () => {
    const { service, connections } = await probe(false);
    expect(localService(`http://127.0.0.1:${service.port}`)).toBeUndefined();
    expect((await client(service).post('/internal/echo', { b: 2 })).body).toEqual({
      got: { b: 2 },
      caller: null,
    });
    expect(connections()).toBe(1);
  });
});
