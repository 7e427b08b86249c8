import { post, SharingStack, startSharingStack } from '../sharing-gateway.fixture';

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const WHOAMI = JSON.stringify({ query: 'query Who { whoami }' });

describe('in-flight sharing (integration)', () => {
  let stack: SharingStack;

  beforeAll(async () => {
    stack = await startSharingStack();
  });
  afterAll(() => stack?.stop());

  beforeEach(() => {
    Object.assign(stack.counts, { whoami: 0, slow: 0, bump: 0, fetches: 0 });
  });

  it('runs identical concurrent anonymous queries once and gives every caller the answer', async () => {
    const replies = await Promise.all(times(6, () => post(stack.gateway.url, WHOAMI)));
    for (const reply of replies) {
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ data: { whoami: 'anonymous' } });
    }
    expect(stack.counts.whoami).toBe(1);
    expect(stack.counts.fetches).toBe(1);
  });

  it('shares between requests of one user, never between two users', async () => {
    const alice = stack.identity.user();
    const bob = stack.identity.user();
    const replies = await Promise.all([
      ...times(3, () => post(stack.gateway.url, WHOAMI, alice.token)),
      ...times(3, () => post(stack.gateway.url, WHOAMI, bob.token)),
      post(stack.gateway.url, WHOAMI),
    ]);
    const answers = replies.map((reply) => reply.body.data?.whoami);
    expect(answers).toEqual([
      ...times(3, () => `${alice.id} as BUYER`),
      ...times(3, () => `${bob.id} as BUYER`),
      'anonymous',
    ]);
    expect(stack.counts.whoami).toBe(3); // alice's, bob's, the anonymous one
  });

  it('does not share between two tokens of one subject whose roles differ', async () => {
    const buyer = stack.identity.user();
    const asSeller = stack.identity.token(buyer.id, ['BUYER', 'SELLER']);
    const [plain, seller] = await Promise.all([
      post(stack.gateway.url, WHOAMI, buyer.token),
      post(stack.gateway.url, WHOAMI, asSeller),
    ]);
    expect(plain.body.data?.whoami).toBe(`${buyer.id} as BUYER`);
    expect(seller.body.data?.whoami).toBe(`${buyer.id} as BUYER+SELLER`);
    expect(stack.counts.whoami).toBe(2);
  });

  it('shares between two tokens of one subject with the same roles', async () => {
    const user = stack.identity.user();
    const second = stack.identity.token(user.id, user.roles, 300); // another token, same scope
    const replies = await Promise.all([
      post(stack.gateway.url, WHOAMI, user.token),
      post(stack.gateway.url, WHOAMI, second),
    ]);
    expect(replies.map((r) => r.body.data?.whoami)).toEqual([`${user.id} as BUYER`, `${user.id} as BUYER`]);
    expect(stack.counts.whoami).toBe(1);
  });

  it('never shares mutations', async () => {
    const mutation = JSON.stringify({ query: 'mutation { bump }' });
    const replies = await Promise.all(times(4, () => post(stack.gateway.url, mutation)));
    expect(replies.map((r) => r.body.data?.bump).sort()).toEqual([1, 2, 3, 4]);
    expect(stack.counts.bump).toBe(4);
  });

  it('does not share queries whose variables differ', async () => {
    const query = 'query Slow($ms: Int!) { slow(ms: $ms) }';
    const replies = await Promise.all([
      post(stack.gateway.url, JSON.stringify({ query, variables: { ms: 100 } })),
      post(stack.gateway.url, JSON.stringify({ query, variables: { ms: 101 } })),
    ]);
    expect(replies.map((r) => r.body.data?.slow)).toEqual([100, 101]);
    expect(stack.counts.slow).toBe(2);
  });

  it('shares identical subgraph fetches of different inbound documents, per Authorization', async () => {
    // Two spellings of one query: distinct inbound bodies, one identical subgraph fetch.
    const spaced = JSON.stringify({ query: '{ whoami }' });
    const tight = JSON.stringify({ query: '{whoami}' });
    const alice = stack.identity.user();
    const replies = await Promise.all([
      post(stack.gateway.url, spaced),
      post(stack.gateway.url, tight),
      post(stack.gateway.url, spaced, alice.token),
      post(stack.gateway.url, tight, alice.token),
    ]);
    expect(replies.map((r) => r.body.data?.whoami)).toEqual([
      'anonymous',
      'anonymous',
      `${alice.id} as BUYER`,
      `${alice.id} as BUYER`,
    ]);
    expect(stack.counts.fetches).toBe(2);
  });

  it('counts what sharing saved on /metrics', async () => {
    await Promise.all(times(3, () => post(stack.gateway.url, WHOAMI)));
    const metrics = await fetch(stack.gateway.url.replace('/graphql', '/metrics')).then((r) => r.text());
    expect(metrics).toMatch(/gateway_inflight_shared_total\{kind="query"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/gateway_inflight_shared_total\{kind="subgraph_fetch"[^}]*\} [1-9]/);
  });
});

describe('in-flight sharing switched off (integration)', () => {
  let stack: SharingStack;

  beforeAll(async () => {
    stack = await startSharingStack({
      SHARE_INFLIGHT_QUERIES: 'false',
      SHARE_INFLIGHT_SUBGRAPH_FETCHES: 'false',
    });
  });
  afterAll(() => stack?.stop());

  it('executes every identical concurrent query', async () => {
    const replies = await Promise.all(times(4, () => post(stack.gateway.url, WHOAMI)));
    expect(replies.every((r) => r.body.data?.whoami === 'anonymous')).toBe(true);
    expect(stack.counts.whoami).toBe(4);
  });
});
