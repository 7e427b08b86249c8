import { request } from 'undici';
import { post, SharingStack, startSharingStack } from '../sharing-gateway.fixture';

const slow = (ms: number) =>
  JSON.stringify({ query: 'query Slow($ms: Int!) { slow(ms: $ms) }', variables: { ms } });

async function readiness(stack: SharingStack): Promise<{ status: number; checks: Record<string, boolean> }> {
  const response = await request(stack.gateway.url.replace('/graphql', '/readyz'));
  const body = (await response.body.json()) as { checks: Record<string, boolean> };
  return { status: response.statusCode, checks: body.checks };
}

describe('load shedding (integration)', () => {
  let stack: SharingStack;

  beforeAll(async () => {
    stack = await startSharingStack({ OVERLOAD_MAX_IN_FLIGHT: '2', OVERLOAD_RETRY_AFTER_SECONDS: '3' });
  });
  afterAll(() => stack?.stop());

  it('refuses requests past the in-flight bound at once with 503 and Retry-After, and /readyz says so', async () => {
    const admitted = [post(stack.gateway.url, slow(600)), post(stack.gateway.url, slow(601))];
    while (stack.counts.slow < 2) await new Promise((resolve) => setTimeout(resolve, 10));

    const started = Date.now();
    const refused = await post(stack.gateway.url, slow(602));
    expect(Date.now() - started).toBeLessThan(200);
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('3');
    expect(refused.body).toEqual({
      errors: [
        { message: 'The gateway is overloaded; retry later', extensions: { code: 'SERVICE_UNAVAILABLE' } },
      ],
    });
    expect(stack.counts.slow).toBe(2); // the refused request reached no subgraph

    const busy = await readiness(stack);
    expect(busy.status).toBe(503);
    expect(busy.checks.load).toBe(false);

    const answers = await Promise.all(admitted);
    expect(answers.map((a) => a.body.data?.slow)).toEqual([600, 601]);

    const after = await post(stack.gateway.url, slow(10));
    expect(after.status).toBe(200);
    const ready = await readiness(stack);
    expect(ready).toEqual({ status: 200, checks: expect.objectContaining({ load: true }) });
  });

  it('counts shed requests by reason on /metrics', async () => {
    const metrics = await request(stack.gateway.url.replace('/graphql', '/metrics')).then((r) =>
      r.body.text(),
    );
    expect(metrics).toMatch(/gateway_requests_shed_total\{reason="in_flight"[^}]*\} 1\b/);
  });
});
