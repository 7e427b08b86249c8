import { createLogger, currentLogScope, scopeFromHeaders, withLogScope, LogScope } from './index';

/** A logger whose lines are kept in memory: the raw text and the parsed objects. */
function capturingLogger(level: 'info' | 'debug' = 'info') {
  const raw: string[] = [];
  const logger = createLogger({
    service: 'logging-spec',
    level,
    destination: { write: (line: string) => raw.push(line) },
  });
  const lines = () => raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, raw, lines };
}

const VALID_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const VALID_SPAN_ID = '00f067aa0ba902b7';
const VALID_TRACEPARENT = `00-${VALID_TRACE_ID}-${VALID_SPAN_ID}-01`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

describe('createLogger', () => {
  it('writes one JSON object per line with the service, an ISO time and a level label', () => {
    const { logger, raw, lines } = capturingLogger();
    logger.info({ orderId: 'o-1' }, 'order placed');
    expect(raw).toHaveLength(1);
    expect(raw[0].endsWith('\n')).toBe(true);
    const [line] = lines();
    expect(line).toMatchObject({
      level: 'info',
      service: 'logging-spec',
      orderId: 'o-1',
      msg: 'order placed',
    });
    expect(new Date(String(line.time)).toISOString()).toBe(line.time);
  });

  it('carries requestId and traceId on every line written inside withLogScope, across awaits', async () => {
    const { logger, lines } = capturingLogger();
    const scope = scopeFromHeaders({ requestId: 'req-42', traceparent: VALID_TRACEPARENT });
    await withLogScope(scope, async () => {
      logger.info('before await');
      await new Promise((resolve) => setImmediate(resolve));
      logger.child({ component: 'child' }).warn('after await, from a child logger');
    });
    logger.info('outside the scope');
    const [first, second, outside] = lines();
    expect(first).toMatchObject({ requestId: 'req-42', traceId: VALID_TRACE_ID, msg: 'before await' });
    expect(second).toMatchObject({ requestId: 'req-42', traceId: VALID_TRACE_ID, component: 'child' });
    expect(outside).not.toHaveProperty('requestId');
    expect(outside).not.toHaveProperty('traceId');
  });

  it('names the client on every line once the request scope knows it', () => {
    const { logger, lines } = capturingLogger();
    const scope = scopeFromHeaders({ requestId: 'req-7' });
    withLogScope(scope, () => {
      logger.info('before the client is known');
      scope.client = 'price-comparison';
      logger.info({ apiKey: 'ck_secret' }, 'after');
    });
    const [before, after] = lines();
    expect(before).not.toHaveProperty('client');
    expect(after).toMatchObject({ requestId: 'req-7', client: 'price-comparison', apiKey: '[redacted]' });
  });

  it('keeps concurrent scopes apart', async () => {
    const { logger, lines } = capturingLogger();
    const run = (requestId: string, delayMs: number) =>
      withLogScope(scopeFromHeaders({ requestId }), async () => {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        logger.info({ expected: requestId }, 'done');
      });
    await Promise.all([run('first', 20), run('second', 0), run('third', 10)]);
    const written = lines();
    expect(written).toHaveLength(3);
    for (const line of written) expect(line.requestId).toBe(line.expected);
  });

  it('redacts passwords, authorization headers and tokens wherever callers put them', () => {
    const { logger, raw, lines } = capturingLogger();
    logger.info(
      {
        password: 'top-level-pw',
        authorization: 'Bearer top-level-token',
        user: { name: 'ann', password: 'nested-pw' },
        variables: { input: { password: 'graphql-variable-pw' } },
        req: { method: 'POST', headers: { authorization: 'Bearer header-token', 'user-agent': 'jest' } },
        session: { accessToken: 'access-abc', refreshToken: 'refresh-abc' },
      },
      'signing in',
    );
    const text = raw.join('');
    for (const secret of [
      'top-level-pw',
      'top-level-token',
      'nested-pw',
      'graphql-variable-pw',
      'header-token',
      'access-abc',
      'refresh-abc',
    ]) {
      expect(text).not.toContain(secret);
    }
    const [line] = lines();
    expect(line).toMatchObject({
      password: '[redacted]',
      authorization: '[redacted]',
      user: { name: 'ann', password: '[redacted]' },
      variables: { input: { password: '[redacted]' } },
      req: { method: 'POST', headers: { authorization: '[redacted]', 'user-agent': 'jest' } },
    });
  });

  it('writes nothing below its level', () => {
    const { logger, raw } = capturingLogger('info');
    logger.debug('hidden');
    expect(raw).toHaveLength(0);
  });
});

describe('withLogScope / currentLogScope', () => {
  it('exposes the scope inside and nothing outside, returning the function result', () => {
    const scope: LogScope = scopeFromHeaders({});
    expect(currentLogScope()).toBeUndefined();
    const result = withLogScope(scope, () => currentLogScope());
    expect(result).toBe(scope);
    expect(currentLogScope()).toBeUndefined();
  });
});

describe('scopeFromHeaders', () => {
  it("keeps a valid incoming traceparent's trace id and flags, with a new span id of its own", () => {
    const scope = scopeFromHeaders({ traceparent: VALID_TRACEPARENT });
    expect(scope.traceId).toBe(VALID_TRACE_ID);
    const [, traceId, spanId, flags] = TRACEPARENT.exec(scope.traceparent) ?? [];
    expect(traceId).toBe(VALID_TRACE_ID);
    expect(spanId).not.toBe(VALID_SPAN_ID);
    expect(flags).toBe('01');
    // Each request through the same caller span gets its own span.
    expect(scopeFromHeaders({ traceparent: VALID_TRACEPARENT }).traceparent).not.toBe(scope.traceparent);
  });

  it('starts a new sampled trace when there is no traceparent', () => {
    const scope = scopeFromHeaders({});
    expect(scope.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(scope.traceparent).toMatch(TRACEPARENT);
    expect(scope.traceparent.startsWith(`00-${scope.traceId}-`)).toBe(true);
    expect(scope.traceparent.endsWith('-01')).toBe(true);
    expect(scopeFromHeaders({}).traceId).not.toBe(scope.traceId);
  });

  it('gives every new trace and span its own id, also across refills of the random pool', () => {
    const scopes = Array.from({ length: 1000 }, () => scopeFromHeaders({}));
    const traceIds = new Set(scopes.map((s) => s.traceId));
    const spanIds = new Set(scopes.map((s) => s.traceparent.split('-')[2]));
    expect(traceIds.size).toBe(1000);
    expect(spanIds.size).toBe(1000);
    for (const scope of scopes) expect(scope.traceparent).toMatch(TRACEPARENT);
  });

  it.each([
    ['garbage', 'not-a-traceparent'],
    ['uppercase hex', `00-${VALID_TRACE_ID.toUpperCase()}-${VALID_SPAN_ID}-01`],
    ['short trace id', `00-${VALID_TRACE_ID.slice(1)}-${VALID_SPAN_ID}-01`],
    ['unknown version', `ff-${VALID_TRACE_ID}-${VALID_SPAN_ID}-01`],
    ['trailing data', `${VALID_TRACEPARENT}-extra`],
    ['all-zero trace id (invalid per W3C)', `00-${'0'.repeat(32)}-${VALID_SPAN_ID}-01`],
    ['all-zero parent id (invalid per W3C)', `00-${VALID_TRACE_ID}-${'0'.repeat(16)}-01`],
  ])('rejects a malformed traceparent (%s) and starts a new trace', (_, traceparent) => {
    const scope = scopeFromHeaders({ traceparent });
    expect(scope.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(scope.traceId).not.toBe(VALID_TRACE_ID);
    expect(scope.traceId).not.toBe('0'.repeat(32));
    expect(scope.traceparent).toMatch(TRACEPARENT);
    expect(scope.traceparent).not.toContain(traceparent);
  });

  it('keeps a well-formed incoming request id', () => {
    expect(scopeFromHeaders({ requestId: 'gw-1:abc.DEF_9' }).requestId).toBe('gw-1:abc.DEF_9');
  });

  it.each([
    ['empty', ''],
    ['spaces', 'has spaces'],
    ['log injection', 'abc\n{"level":"fatal"}'],
    ['markup', '<script>'],
    ['too long', 'a'.repeat(129)],
  ])('replaces a malformed request id (%s) with a new UUID', (_, requestId) => {
    const scope = scopeFromHeaders({ requestId });
    expect(scope.requestId).toMatch(UUID);
  });

  it('generates a different request id for each request without one', () => {
    const a = scopeFromHeaders({}).requestId;
    const b = scopeFromHeaders({}).requestId;
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
  });
});
