/**
 * Resilience against a subgraph that is not ours (plain Apollo Server, `/health` and nothing of our
 * runtime's conventions): readiness by `{ __typename }` or a configured path, and fetch timeouts per
 * operation kind. The circuit breaker against real processes is in tests/e2e/subgraph-outage.spec.ts.
 */
import { composeServices } from '@apollo/composition';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { request } from 'undici';
import { createLogger } from '@commerce/logging';
import type { RunningService } from '@commerce/http';
import { loadGatewayConfig } from '../config';
import { startGateway } from '../gateway';
import { readinessChecks } from '../readiness';
import { createSubgraphFetcher, SubgraphFetcher } from '../subgraph-fetcher';
import { FOREIGN_SDL, ForeignSubgraph, SLOW_MS } from './foreign-subgraph.fixture';
import type { HealthProbe } from './subgraph-settings';

const logLines: string[] = [];
const logger = createLogger({
  service: 'gateway',
  level: 'info',
  destination: { write: (line: string) => void logLines.push(line) },
});

let foreign: ForeignSubgraph;
let dir: string;
let gateway: RunningService;
let http: SubgraphFetcher;

async function post(query: string): Promise<{ ms: number; body: Record<string, unknown> }> {
  const started = performance.now();
  const response = await request(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.body.json()) as Record<string, unknown>;
  return { ms: performance.now() - started, body };
}

beforeAll(async () => {
  foreign = await new ForeignSubgraph().listen();
  const composed = composeServices([{ name: 'foreign', typeDefs: parse(FOREIGN_SDL), url: foreign.url }]);
  if (!composed.supergraphSdl) throw new Error('composition failed');
  dir = await mkdtemp(join(tmpdir(), 'gateway-resilience-'));
  await writeFile(join(dir, 'supergraph.graphql'), composed.supergraphSdl);
  gateway = await startGateway(
    {
      ...loadGatewayConfig({
        SUPERGRAPH_PATH: join(dir, 'supergraph.graphql'),
        RUNTIME_MODE: 'embedded',
        NODE_ENV: 'test',
        RESPONSE_CACHE_MB: '0',
        SUBGRAPH_FOREIGN_QUERY_TIMEOUT_MS: '300',
        SUBGRAPH_FOREIGN_MUTATION_TIMEOUT_MS: '5000',
        SUBGRAPH_BREAKER_FAILURES: '2',
      }),
      GATEWAY_PORT: 0,
    },
    logger,
  );
  http = createSubgraphFetcher({ timeoutMs: 1000, connections: 2 });
});

afterAll(async () => {
  await gateway?.stop();
  await http?.close();
  await foreign?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('readiness of a subgraph that serves /health, not /healthz', () => {
  it('is ready by default: the gateway asks { __typename }, never our /healthz', async () => {
    const response = await request(gateway.url.replace(/\/graphql$/, '/readyz'));
    expect(response.statusCode).toBe(200);
    expect(await response.body.json()).toEqual({
      status: 'ready',
      checks: { supergraph: true, 'subgraph:foreign': true, load: true },
    });
    expect(foreign.requests).toContain('POST /graphql {"query":"{ __typename }"}');
    expect(foreign.requests.some((line) => line.includes('/healthz'))).toBe(false);
  });

  async function probe(health: HealthProbe, url = foreign.url): Promise<boolean> {
    const checks = readinessChecks({
      loaded: () => true,
      subgraphs: [{ name: 'foreign', url }],
      http,
      probeOf: () => health,
    });
    return checks['subgraph:foreign']();
  }

  it('follows a configured path, absolute or beside the GraphQL path', async () => {
    expect(await probe({ kind: 'path', path: '/health' })).toBe(true);
    expect(await probe({ kind: 'path', path: 'health' })).toBe(true);
    expect(await probe({ kind: 'path', path: '/healthz' })).toBe(false); // our convention, not theirs
  });

  it('is not ready when the GraphQL probe reaches something that is not a GraphQL server', async () => {
    // /health answers 200 "OK": a 200 alone does not pass the { __typename } probe.
    expect(await probe({ kind: 'graphql' }, foreign.url.replace(/graphql$/, 'health'))).toBe(false);
  });
});

async function circuitState(): Promise<string | undefined> {
  const text = await (await request(gateway.url.replace(/\/graphql$/, '/metrics'))).body.text();
  return /^gateway_subgraph_circuit_state\{[^}]*subgraph="foreign"[^}]*\} (\d)$/m.exec(text)?.[1];
}

describe("the circuit breaker and the subgraph's own errors", () => {
  it('counts a GraphQL error the subgraph answered as an answer, not as a failure', async () => {
    for (let i = 0; i < 3; i++) {
      const { body } = await post('{ broken }');
      expect(body).toMatchObject({
        data: { broken: null },
        errors: [{ message: 'No greeting today', extensions: { code: 'BAD_USER_INPUT' } }],
      });
    }
    expect(await circuitState()).toBe('0'); // closed, with 2 as the threshold
  });
});

describe('timeouts per operation kind', () => {
  it('never sends the timeout header on to the subgraph', async () => {
    const before = foreign.headers.length;
    await post('{ greeting }');
    const sent = foreign.headers.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]['content-type']).toBe('application/json');
    expect(sent[0]).not.toHaveProperty('x-gateway-timeout-ms');
  });

  it('gives up on a slow query after the query timeout', async () => {
    const { ms, body } = await post('{ greeting slowGreeting }');
    expect(body).toEqual({
      data: { greeting: null, slowGreeting: null },
      errors: [
        { message: 'The foreign service is unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } },
      ],
    });
    expect(ms).toBeLessThan(SLOW_MS);
  });

  it('waits for a mutation as slow as that query, within the mutation timeout', async () => {
    const { ms, body } = await post('mutation { slowWrite }');
    expect(body).toEqual({ data: { slowWrite: true } });
    expect(ms).toBeGreaterThanOrEqual(SLOW_MS - 50);
  });

  it('counts the timeout as a failure: one more opens the circuit (threshold 2)', async () => {
    expect(await circuitState()).toBe('0');
    await post('{ slowGreeting }');
    expect(await circuitState()).toBe('2');
    const opened = logLines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((l) => l.to === 'open');
    expect(opened).toEqual([
      expect.objectContaining({
        level: 'warn',
        subgraph: 'foreign',
        from: 'closed',
        msg: 'subgraph circuit open: its fetches fail fast with SERVICE_UNAVAILABLE',
      }),
    ]);
    const { ms, body } = await post('{ greeting }');
    expect(body).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    expect(ms).toBeLessThan(100);
  });
});
