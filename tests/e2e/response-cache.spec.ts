/**
 * The gateway's response cache end to end, on the real users, catalog and search services: what is
 * reused (anonymous queries whose every part is PUBLIC), for how long (the subgraphs' one second),
 * what never is (signed-in callers, answers touching private data, caller-specific answers), and
 * that identical requests in flight are computed once.
 */
import { randomBytes } from 'node:crypto';
import { eventually } from '@commerce/testing';
import type { ProductStatus } from '../generated/graphql';
import type { Account } from '../support/accounts';
import { PRICE, Shop } from '../support/shop';
import { startTestSupergraph, TestSupergraph } from '../support/supergraph';

let supergraph: TestSupergraph<'catalog' | 'search'>;
let url: string;
let shop: Shop;
let buyer: Account;

const SEARCH = `query CachedSearch($q: String) {
  search(query: $q, first: 5) { totalCount edges { node { id name price { amount currency } } } }
}`;
const SEARCH_WITH_SELLER = `query SearchWithSeller($q: String) {
  search(query: $q, first: 5) { edges { node { id seller { username } } } }
}`;
const PRODUCT = 'query CachedProduct($id: ID!) { product(id: $id) { id name status } }';

interface Answer {
  status: number;
  body: { data?: unknown; errors?: unknown[] };
  age: string | null;
  cacheControl: string | null;
}

async function post(query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as Answer['body'],
    age: response.headers.get('age'),
    cacheControl: response.headers.get('cache-control'),
  };
}

/** A word in no other product, so each test searches its own results and its own cache entries. */
function word(): string {
  return `zc${randomBytes(5).toString('hex').replace(/\d/g, 'q')}`;
}

/** A counter of the gateway's /metrics, summed over the series matching `labels`. */
async function metric(name: string, labels: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', url))).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && line.includes(labels))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

const searchFetches = () => metric('gateway_subgraph_fetch_duration_seconds_count', 'subgraph="search"');

const createProduct = (name: string, status: ProductStatus = 'ACTIVE') =>
  shop.createProduct(3, PRICE, { name, status });

/** Waits until search finds the product, asked signed in (so never answered from the cache). */
async function indexed(text: string, id: string): Promise<void> {
  await eventually(`${text} in search`, async () => {
    const answer = await post(SEARCH, { q: text }, buyer.token); // signed in: never a cached answer
    return JSON.stringify(answer.body).includes(id) ? true : undefined;
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  // In-flight query sharing (gateway/src/dedup) would merge the concurrent identical requests before
  // they reach the response cache; switched off, these tests see the cache's own coalescing.
  supergraph = await startTestSupergraph({
    with: ['search'],
    gatewayEnv: { SHARE_INFLIGHT_QUERIES: 'false' },
  });
  url = supergraph.gatewayUrl;
  shop = await Shop.open(url, supergraph.users.config, 'rc');
  buyer = await shop.signUpBuyer();
}, 60_000);

afterAll(async () => {
  await supergraph?.stop();
});

describe('anonymous public queries', () => {
  it('are answered again from the cache: same body, an Age header, public Cache-Control, no subgraph call', async () => {
    const text = word();
    const id = await createProduct(`${text} kettle`);
    await indexed(text, id);

    const first = await post(SEARCH, { q: text });
    const fetchesAfterFirst = await searchFetches();
    const second = await post(SEARCH, { q: text });

    expect(first.body.errors).toBeUndefined();
    expect(JSON.stringify(first.body)).toContain(id);
    expect(first.cacheControl).toBe('max-age=1, public');
    expect(first.age).toBeNull();
    expect(second.body).toEqual(first.body);
    expect(second.age).toBe('0');
    expect(await searchFetches()).toBe(fetchesAfterFirst);
  });

  it('runs identical requests that arrive together once, and every one gets the answer', async () => {
    const text = word();
    const before = await searchFetches();
    const shared = await metric('gateway_response_cache_lookups_total', 'result="shared"');

    const answers = await Promise.all(Array.from({ length: 20 }, () => post(SEARCH, { q: text })));

    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { search: { totalCount: 0, edges: [] } } });
    }
    expect(await searchFetches()).toBe(before + 1);
    const waited = (await metric('gateway_response_cache_lookups_total', 'result="shared"')) - shared;
    const hits = answers.filter((answer) => answer.age !== null).length;
    expect(hits).toBe(19);
    expect(waited).toBeGreaterThan(0);
  });

  it('show a new product to anonymous searches within 2 s, even right after an empty answer was kept', async () => {
    const text = word();
    const empty = await post(SEARCH, { q: text });
    expect(empty.cacheControl).toBe('max-age=1, public');

    const id = await createProduct(`${text} scale`);
    const created = Date.now();
    await eventually(
      'an anonymous search to find the new product',
      async () => (JSON.stringify((await post(SEARCH, { q: text })).body).includes(id) ? true : undefined),
      { timeoutMs: 5000, intervalMs: 50 },
    );
    expect(Date.now() - created).toBeLessThan(2000);
  });

  it('keep a search answer one second, what the search and catalog subgraphs allow', async () => {
    const text = word();
    const id = await createProduct(`${text} grinder`);
    await indexed(text, id);

    const computed = await post(SEARCH, { q: text });
    const reused = await post(SEARCH, { q: text });
    await pause(1100);
    const recomputed = await post(SEARCH, { q: text });

    expect(computed.cacheControl).toBe('max-age=1, public');
    expect(computed.age).toBeNull();
    expect(reused.age).toBe('0');
    expect(recomputed.age).toBeNull();
    expect(recomputed.body).toEqual(computed.body);
  });
});

describe('never cached', () => {
  it('answers for signed-in callers, which are neither read from nor written to the cache', async () => {
    const text = word();
    await post(SEARCH, { q: text }); // an anonymous answer is now stored
    const signedIn = await post(SEARCH, { q: text }, buyer.token);
    const again = await post(SEARCH, { q: text }, buyer.token);

    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.age).toBeNull();
    expect(again.age).toBeNull();
  });

  it('answers that include a subgraph without cache hints (users): no-store, computed every time', async () => {
    const text = word();
    const id = await createProduct(`${text} blender`);
    await indexed(text, id);
    const before = await searchFetches();

    const first = await post(SEARCH_WITH_SELLER, { q: text });
    const second = await post(SEARCH_WITH_SELLER, { q: text });

    expect(first.body).toEqual({
      data: { search: { edges: [{ node: { id, seller: { username: shop.seller.username } } }] } },
    });
    expect(first.cacheControl).toBe('no-store');
    expect(second.age).toBeNull();
    expect(await searchFetches()).toBe(before + 2);
  });

  it("a DRAFT product's answer, which depends on who asks: private, and its owner's view never reaches others", async () => {
    const id = await createProduct(`${word()} draft`, 'DRAFT');

    const owner = await post(PRODUCT, { id }, shop.seller.token);
    const anonymous = await post(PRODUCT, { id });
    const anonymousAgain = await post(PRODUCT, { id });

    expect(owner.body).toEqual({ data: { product: { id, name: expect.any(String), status: 'DRAFT' } } });
    expect(anonymous.body).toEqual({ data: { product: null } });
    expect(anonymous.cacheControl).toBe('max-age=1, private');
    expect(anonymousAgain.age).toBeNull();
  });

  it('mutations', async () => {
    const text = word();
    const before = await metric('gateway_response_cache_lookups_total', '');
    await createProduct(`${text} one`);
    await createProduct(`${text} two`);
    expect(await metric('gateway_response_cache_lookups_total', '')).toBe(before);
  });
});
