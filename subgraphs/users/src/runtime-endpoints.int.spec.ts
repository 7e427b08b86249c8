import { useUsersFixture } from './testing/users.fixture';

const f = useUsersFixture();

describe('runtime endpoints', () => {
  it('answers /healthz, /readyz and /metrics', async () => {
    // One operation first, so the per-operation series the assertion reads exists.
    await f.signUp();
    const base = f.harness.url.replace('/graphql', '');
    const alive = await fetch(`${base}/healthz`);
    expect(alive.status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { database: true, eventBus: true } });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('graphql_request_duration_seconds_bucket');
    expect(metrics).toMatch(/graphql_requests_total\{[^}]*operation="SignUp"/);
  });
});
