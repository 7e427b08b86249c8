/**
 * What the gateway does at the edge, end to end with the real users subgraph, Redis and RabbitMQ:
 * automatic persisted queries stored in Redis, and per-IP login limits that a client cannot dodge by
 * sending its own X-Forwarded-For.
 */
import { createHash } from 'node:crypto';
import { request } from 'undici';
import { errorCodes, graphql } from '@commerce/testing';
import { LoginDocument } from '../generated/graphql';
import { startTestSupergraph, TestSupergraph } from '../support/supergraph';

let supergraph: TestSupergraph;

beforeAll(async () => {
  supergraph = await startTestSupergraph({ LOGIN_MAX_ATTEMPTS_PER_IP: '5' });
});

afterAll(async () => {
  await supergraph.stop();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await request(supergraph.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.statusCode,
    body: (await response.body.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

it('serves automatic persisted queries from Redis: unknown hash, register, then hash alone', async () => {
  const query = `query ApqProbe { me { id } } # ${Date.now()}`;
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };

  const unknown = await post({ extensions });
  expect(unknown.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

  const registered = await post({ query, extensions });
  expect(registered.body).toEqual({ data: { me: null } });
  expect(await supergraph.cache.get(`gateway:apq:${sha256Hash}`)).toBe(query);

  const byHash = await post({ extensions });
  expect(byHash.body).toEqual({ data: { me: null } });
});

it('refuses a query whose text does not match its hash', async () => {
  const response = await post({
    query: '{ me { id } }',
    extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
  });
  expect(response.status).toBe(400);
  expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

it('counts login attempts per client IP, whatever X-Forwarded-For the client sends', async () => {
  const codes: string[][] = [];
  for (let i = 0; i < 6; i++) {
    const response = await graphql(
      supergraph.gatewayUrl,
      LoginDocument,
      { input: { usernameOrEmail: `nobody${i}`, password: 'wrong-password-1' } },
      { headers: { 'x-forwarded-for': `203.0.113.${i}` } },
    );
    codes.push(errorCodes(response));
  }
  expect(codes.slice(0, 5)).toEqual(Array(5).fill(['UNAUTHENTICATED']));
  expect(codes[5]).toEqual(['RATE_LIMITED']);
});
