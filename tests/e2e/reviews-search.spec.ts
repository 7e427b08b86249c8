/**
 * Reviews and search end to end through the gateway, every service real (users, catalog, search on
 * OpenSearch, cart, orders, payments, reviews; one RabbitMQ bus): a review's rating reaches search
 * (review.* events into search's product_ratings) within 2 s, `minRating` follows the average up and
 * down, and a search results page with each product's rating and first reviews costs the reviews
 * database the same few statements for 5 products as for 20 (no N+1 through the gateway).
 *
 * Every search here is signed in: the gateway keeps anonymous public answers for 1 s, which would
 * hide a change for that long (docs/decisions/0017-gateway-response-cache.md).
 */
import { poolOf } from '@commerce/database';
import { randomBytes } from 'node:crypto';
import { eventually, graphql, QueryCounter } from '@commerce/testing';
import {
  CreateCategoryDocument,
  CreateReviewDocument,
  ReviewByIdDocument,
  SearchFilter,
  SearchPageWithReviewsDocument,
  SearchRatedIdsDocument,
} from '../generated/graphql';
import { Account, accountsOf, inBatches, unique } from '../support/accounts';
import { Shop } from '../support/shop';
import { startTestSupergraph, TestSupergraph } from '../support/supergraph';

/** How old a rating in search may be, counted from the answer to the review's mutation. */
const FRESHNESS_MS = 2000;

let supergraph: TestSupergraph<'orders' | 'reviews' | 'search'>;
let url: string;
let shop: Shop;
let reader: Account;
let signUp: () => Promise<Account>;

/** Lower-case letters only, so the analyzers keep it as one token (no digits, no plural "s" to stem). */
function word(length = 10): string {
  const letters = 'bcdfghjklmnpqrtvwxz';
  const vowels = 'aeiou';
  let out = 'q';
  for (let i = 1; i < length; i++) {
    const pool = i % 2 === 1 ? vowels : letters;
    out += pool[randomBytes(1)[0] % pool.length];
  }
  return out;
}

async function review(token: string, productId: string, rating: number, comment?: string) {
  const response = await graphql(url, CreateReviewDocument, { productId, rating, comment }, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.createReview;
}

async function searchIds(query: string, filter?: SearchFilter) {
  const response = await graphql(
    url,
    SearchRatedIdsDocument,
    { query, filter, first: 20 },
    { token: reader.token },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.search!;
}

/**
 * Polls search until `holds` is true and says how long that took from `since`. A freshness check,
 * not a retry: it fails as soon as `FRESHNESS_MS` have passed.
 */
async function within(what: string, since: number, holds: () => Promise<boolean>): Promise<number> {
  for (;;) {
    const held = await holds();
    const elapsed = Date.now() - since;
    if (held) return elapsed;
    if (elapsed > FRESHNESS_MS) throw new Error(`${what}: not in search ${elapsed} ms after the review`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Whether a search for `query` with `filter` finds `productId`. */
async function finds(query: string, filter: SearchFilter, productId: string): Promise<boolean> {
  return (await searchIds(query, filter)).edges.some((edge) => edge.node.id === productId);
}

/** A product named `<word> kettle` once search has indexed it (catalog's product.created). */
async function indexedProduct(options: { categoryId?: string } = {}): Promise<{ id: string; name: string }> {
  const name = word();
  const id = await shop.createProduct(10, 2500, { name: `${name} kettle`, ...options });
  await eventually(
    `${name} in search`,
    async () => ((await searchIds(name)).edges.some((edge) => edge.node.id === id) ? true : undefined),
    { timeoutMs: 10_000 },
  );
  return { id, name };
}

beforeAll(async () => {
  supergraph = await startTestSupergraph({
    with: ['orders', 'reviews', 'search'],
    usersEnv: { LOGIN_MAX_ATTEMPTS_PER_IP: '1000' },
  });
  url = supergraph.gatewayUrl;
  shop = await Shop.open(url, supergraph.users.config, 'rs');
  ({ signUp } = accountsOf(url, 'rs'));
  reader = await signUp();
}, 90_000);

afterAll(async () => {
  await supergraph?.stop();
});

describe('ratings in search', () => {
  it('buy, deliver, review: the review is verified and the rating is in search within 2 s', async () => {
    const product = await indexedProduct();
    // Unrated products never match a rating filter, whatever its floor.
    expect((await searchIds(product.name, { minRating: 0 })).totalCount).toBe(0);
    const { buyer } = await shop.deliveredPurchase(product.id);

    const written = await review(buyer.token, product.id, 5, 'Quiet and quick');
    const answered = Date.now();
    const elapsed = await within('the 5-star rating', answered, () =>
      finds(product.name, { minRating: 4 }, product.id),
    );
    expect(elapsed).toBeLessThanOrEqual(FRESHNESS_MS);

    const rated = await searchIds(product.name, { minRating: 4 });
    expect(rated.totalCount).toBe(1);
    // Cumulative "4+, 3+, 2+, 1+" over the query's results (the facet ignores its own filter).
    expect(rated.facets.ratings).toEqual(['4', '3', '2', '1'].map((value) => ({ value, count: 1 })));
    const page = await graphql(
      url,
      SearchPageWithReviewsDocument,
      { query: product.name, first: 5 },
      { token: reader.token },
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.search!.edges.map((edge) => edge.node)).toEqual([
      {
        id: product.id,
        name: `${product.name} kettle`,
        rating: { average: 5, count: 1, distribution: [0, 0, 0, 0, 1] },
        reviews: {
          totalCount: 1,
          edges: [{ node: { rating: 5, comment: 'Quiet and quick', author: { username: buyer.username } } }],
        },
      },
    ]);

    // The delivery reaches reviews as an event; the review is verified once it has.
    const verified = await eventually(
      'the review to be verified',
      async () => {
        const read = await graphql(url, ReviewByIdDocument, { id: written.id }, { token: reader.token });
        expect(read.errors).toBeUndefined();
        return read.data!.review?.verifiedPurchase ? read.data!.review : undefined;
      },
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    expect(verified).toMatchObject({ rating: 5, author: { id: buyer.id } });
  });

  it('minRating: 4 holds the product after a 5-star review and drops it after a flood of 1-star ones', async () => {
    const product = await indexedProduct();
    const fan = await signUp();
    const praised = await review(fan.token, product.id, 5);
    // Nobody here bought the product: every review is unverified.
    expect(praised.verifiedPurchase).toBe(false);
    expect(
      await within('the 5-star rating', Date.now(), () => finds(product.name, { minRating: 4 }, product.id)),
    ).toBeLessThanOrEqual(FRESHNESS_MS);

    const critics = await inBatches(4, 4, () => signUp());
    const panned = await Promise.all(critics.map((critic) => review(critic.token, product.id, 1)));
    const answered = Date.now();
    expect(panned.map((written) => written.verifiedPurchase)).toEqual([false, false, false, false]);

    // (5 + 4 * 1) / 5 = 1.8 once all four are in: below 2 (a first 1-star alone, at 3, is already
    // below 4, so the flood is over only when minRating: 2 drops it too), still at least 1.
    const elapsed = await within('the 1-star flood', answered, async () => {
      const [four, two, one] = await Promise.all(
        [4, 2, 1].map((minRating) => finds(product.name, { minRating }, product.id)),
      );
      return !four && !two && one;
    });
    expect(elapsed).toBeLessThanOrEqual(FRESHNESS_MS);
    const low = await searchIds(product.name, { minRating: 1 });
    expect(low.edges.map((edge) => edge.node.id)).toEqual([product.id]);
    expect(low.facets.ratings).toEqual(
      ['4', '3', '2', '1'].map((value) => ({ value, count: value === '1' ? 1 : 0 })),
    );
  });
});

describe('a search results page with ratings and reviews', () => {
  const PAGE = 20;
  let categoryId: string;
  let products: string[];
  /** Reviews written per product: 0..4, so some pages of reviews are cut at 3 and some are empty. */
  const reviewsOf = (index: number) => index % 5;

  beforeAll(async () => {
    const category = await graphql(
      url,
      CreateCategoryDocument,
      { input: { name: `Ratings ${unique()}` } },
      { token: shop.admin.token },
    );
    expect(category.errors).toBeUndefined();
    categoryId = category.data!.createCategory.id;
    products = await inBatches(PAGE, 5, () =>
      shop.createProduct(10, 2500, { name: `${word()} kettle`, categoryId }),
    );
    const reviewers = await inBatches(4, 4, () => signUp());
    await inBatches(PAGE, 5, async (index) => {
      for (const [r, reviewer] of reviewers.slice(0, reviewsOf(index)).entries())
        await review(reviewer.token, products[index], 1 + ((index + r) % 5), `Review ${r} of ${index}`);
    });
    await eventually(
      'the page in search',
      async () => {
        const response = await graphql(
          url,
          SearchRatedIdsDocument,
          { filter: { categoryId }, first: 1 },
          { token: reader.token },
        );
        return response.data?.search?.totalCount === PAGE ? true : undefined;
      },
      { timeoutMs: 15_000 },
    );
    // Only the page's statements are counted: stop the outbox relay's background passes (events are
    // all out; this block runs last) and wait until catalog's events have been applied.
    await supergraph.reviews.service.relay.flush();
    await supergraph.reviews.service.relay.stop();
  }, 90_000);

  it(`costs the reviews database the same few statements for 5 products as for ${PAGE}`, async () => {
    const counter = new QueryCounter(poolOf(supergraph.reviews.service.dataSource));
    await eventually(
      'the reviews database to be quiet',
      async () =>
        (await counter.during(() => new Promise((resolve) => setTimeout(resolve, 300)))).count === 0
          ? true
          : undefined,
      { timeoutMs: 10_000, intervalMs: 0 },
    );
    const page = (first: number) =>
      counter.during(() =>
        graphql(
          url,
          SearchPageWithReviewsDocument,
          { filter: { categoryId }, sort: 'NEWEST', first },
          { token: reader.token },
        ),
      );

    const small = await page(5);
    const full = await page(PAGE);
    for (const { result } of [small, full]) expect(result.errors).toBeUndefined();
    expect(small.result.data!.search!.edges).toHaveLength(5);
    const nodes = full.result.data!.search!.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.id).sort()).toEqual([...products].sort());
    for (const node of nodes) {
      const index = products.indexOf(node.id);
      expect(node.rating!.count).toBe(reviewsOf(index));
      expect(node.reviews!.totalCount).toBe(reviewsOf(index));
      expect(node.reviews!.edges).toHaveLength(Math.min(reviewsOf(index), 3));
      for (const edge of node.reviews!.edges) expect(edge.node.author.username).toMatch(/^rs/);
    }

    // One statement for the totals (rating and totalCount), one for every product's first reviews;
    // the authors' usernames come from users, not from here.
    expect(full.count).toBe(small.count);
    expect(full.count).toBeLessThanOrEqual(2);
    expect(full.statements).toEqual([
      expect.stringMatching(/FROM rating_aggregates WHERE subject_kind = \$1 AND subject_id = ANY/),
      expect.stringMatching(/CROSS JOIN LATERAL .* FROM reviews WHERE product_id = parent.parent_id/),
    ]);
  });
});
