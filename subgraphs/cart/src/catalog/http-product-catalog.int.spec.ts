import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '@commerce/errors';
import { createLogger } from '@commerce/logging';
import { rejectionOf } from '@commerce/testing';
import { FakeCatalog } from '../testing/fake-catalog';
import { HttpProductCatalog } from './http-product-catalog';

const logger = createLogger({ service: 'cart', level: 'silent' });
let fake: FakeCatalog;
let client: HttpProductCatalog;

/** A server answering every request with `respond` (or never, when it returns null). */
async function rawServer(
  respond: () => { status: number; body: string } | null,
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    const answer = respond();
    if (!answer) return; // hang
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

beforeAll(async () => {
  fake = await FakeCatalog.start();
  client = new HttpProductCatalog({ url: fake.url, timeoutMs: 1000, logger });
});

afterAll(async () => {
  await client.close();
  await fake.stop();
});

describe('HttpProductCatalog', () => {
  it('fetches many products in one request, deduplicated, unknown ids absent', async () => {
    const a = fake.put({
      sellerId: 's1',
      name: 'A',
      price: { amount: 1234, currency: 'EUR' },
      stockAvailable: 3,
    });
    const b = fake.put({ sellerId: 's2', status: 'ARCHIVED' });
    const before = fake.requests;
    const found = await client.getProducts([a.id, b.id, a.id, 'ffffffff-ffff-4fff-8fff-ffffffffffff']);
    expect(fake.requests - before).toBe(1);
    expect([...found.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(found.get(a.id)).toEqual({
      id: a.id,
      name: 'A',
      status: 'ACTIVE',
      price: { amount: 1234, currency: 'EUR' },
      stockAvailable: 3,
      sellerId: 's1',
    });
    expect(found.get(b.id)?.status).toBe('ARCHIVED');
  });

  it('asks nothing for no ids', async () => {
    const before = fake.requests;
    expect((await client.getProducts([])).size).toBe(0);
    expect(fake.requests).toBe(before);
  });

  it.each([
    ['an error status', () => ({ status: 502, body: '{"errors":[{"message":"bad gateway"}]}' })],
    ['a body that is not JSON', () => ({ status: 200, body: '<html>' })],
    ['GraphQL errors without data', () => ({ status: 200, body: '{"errors":[{"message":"boom"}]}' })],
    [
      'malformed products',
      () => ({ status: 200, body: '{"data":{"_entities":[{"id":"x","price":"cheap"}]}}' }),
    ],
    ['too few entities', () => ({ status: 200, body: '{"data":{"_entities":[]}}' })],
  ])('turns %s into SERVICE_UNAVAILABLE', async (_name, respond) => {
    const { url, server } = await rawServer(respond);
    const broken = new HttpProductCatalog({ url, timeoutMs: 1000, logger });
    try {
      const error = await rejectionOf(broken.getProducts(['x']), AppError);
      expect(error.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await broken.close();
      await closeServer(server);
    }
  });

  it('gives up on a catalog that does not answer within the timeout', async () => {
    const { url, server } = await rawServer(() => null);
    const slow = new HttpProductCatalog({ url, timeoutMs: 200, logger });
    const started = Date.now();
    try {
      const error = await rejectionOf(slow.getProducts(['x']), AppError);
      expect(error.code).toBe('SERVICE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await slow.close();
      await closeServer(server);
    }
  });

  it('reports an unreachable catalog as SERVICE_UNAVAILABLE', async () => {
    const { url, server } = await rawServer(() => null);
    await closeServer(server); // nothing listens on that port any more
    const down = new HttpProductCatalog({ url, timeoutMs: 500, logger });
    const error = await rejectionOf(down.getProducts(['x']), AppError);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    await down.close();
  });
});
