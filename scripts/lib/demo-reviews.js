/**
 * Demo reviews, written through the public API like a frontend would (never into a database):
 * `seed-reviewer-<n>` accounts buy a few products (card checkout), the products' seed sellers ship and
 * deliver those orders, and the reviewers review them (verified purchases) and rate the sellers; then
 * they review most other products (not verified), so a newcomer's first search shows ratings.
 * Deterministic for a given seed; skipped when the first reviewer already wrote reviews.
 */
const { request } = require('undici');

const REVIEWER_PASSWORD = 'seed-reviewer-password-1';

const COMMENTS = {
  1: ['Stopped working after a week.', 'Not as described, sent it back.', null],
  2: ['Cheaply made, expected better for the price.', 'Does the job, barely.', null],
  3: ['Okay for the price.', 'Average: nothing special, nothing wrong.', null],
  4: ['Good value, would buy again.', 'Works well, delivery was quick.', 'Solid, one small flaw.', null],
  5: ['Excellent, exactly what I needed!', 'Great quality, highly recommended.', 'Love it.', null],
};

/** Ratings lean positive, as on real marketplaces: 5 (40%), 4 (30%), 3 (15%), 2 (8%), 1 (7%). */
const RATING_WEIGHTS = [
  [5, 0.4],
  [4, 0.3],
  [3, 0.15],
  [2, 0.08],
  [1, 0.07],
];

/** mulberry32: a small deterministic PRNG, so the same seed gives the same reviews. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickRating(next) {
  let roll = next();
  for (const [rating, weight] of RATING_WEIGHTS) {
    if ((roll -= weight) <= 0) return rating;
  }
  return 5;
}

function pickComment(next, rating) {
  const choices = COMMENTS[rating];
  return choices[Math.floor(next() * choices.length)];
}

async function call(url, query, variables, token) {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.body.json();
}

/** Runs `work` over `items`, `size` at a time. */
async function inPool(items, size, work) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(size, queue.length) }, async () => {
      while (queue.length > 0) await work(queue.shift());
    }),
  );
}

/** Signs the account up, or logs it in when it exists; `{ id, token }`. */
async function session(url, username, password) {
  const signUp = await call(
    url,
    'mutation($i: SignUpInput!){ signUp(input: $i){ accessToken user { id } } }',
    {
      i: { username, email: `${username}@example.com`, password },
    },
  );
  let result = signUp.data?.signUp;
  if (!result) {
    const login = await call(
      url,
      'mutation($i: LoginInput!){ login(input: $i){ accessToken user { id } } }',
      {
        i: { usernameOrEmail: username, password },
      },
    );
    result = login.data?.login;
    if (!result) throw new Error(`cannot sign up or log in ${username}: ${JSON.stringify(login.errors)}`);
  }
  return { id: result.user.id, username, token: result.accessToken };
}

/** Active products in stock, oldest listing order of the API (newest first), at most `limit`. */
async function activeProducts(url, limit) {
  const products = [];
  let after = null;
  while (products.length < limit) {
    const page = await call(
      url,
      `query($after: String){ products(filter: { status: ACTIVE }, first: 100, after: $after) {
         edges { node { id stockAvailable seller { id } } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    const connection = page.data?.products;
    if (!connection) throw new Error(`cannot list products: ${JSON.stringify(page.errors)}`);
    for (const { node } of connection.edges) {
      products.push({ id: node.id, sellerId: node.seller.id, stock: node.stockAvailable });
    }
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return products.slice(0, limit);
}

/** Logs in as the seed seller with this id (seed sellers share one demo password). */
function sellerSessions(url, sellerPassword) {
  const sessions = new Map();
  return (sellerId) => {
    if (!sessions.has(sellerId)) {
      sessions.set(
        sellerId,
        (async () => {
          const user = await call(url, 'query($id: ID!){ user(id: $id){ username } }', { id: sellerId });
          const username = user.data?.user?.username;
          if (!username) throw new Error(`seller ${sellerId} not found`);
          return session(url, username, sellerPassword);
        })(),
      );
    }
    return sessions.get(sellerId);
  };
}

/** One order of one unit of `product`: paid by card, shipped and delivered by its seller. */
async function deliveredOrder(url, buyer, product, sellerSession) {
  const added = await call(
    url,
    'mutation($p: ID!){ addToCart(productId: $p, quantity: 1){ id } }',
    { p: product.id },
    buyer.token,
  );
  if (added.errors) throw new Error(`addToCart: ${JSON.stringify(added.errors)}`);
  const checkout = await call(
    url,
    'mutation($i: CheckoutInput!){ checkout(input: $i){ id status } }',
    {
      i: {
        paymentMethod: { type: 'CARD', cardToken: 'tok_visa' },
        idempotencyKey: `seed-review-${buyer.username}-${product.id}`,
      },
    },
    buyer.token,
  );
  const order = checkout.data?.checkout;
  // A re-run finds the order of the same idempotency key, possibly further along.
  if (order?.status === 'DELIVERED') return order.id;
  if (!order || !['PAID', 'SHIPPED'].includes(order.status)) {
    throw new Error(`checkout: ${JSON.stringify(checkout.errors ?? order)}`);
  }
  const seller = await sellerSession(product.sellerId);
  if (order.status === 'SHIPPED') return deliver(url, order.id, seller);
  const shipped = await call(
    url,
    'mutation($o: ID!){ markShipped(orderId: $o, carrier: "DemoPost", trackingNumber: "DP0001"){ id } }',
    { o: order.id },
    seller.token,
  );
  if (shipped.errors) throw new Error(`markShipped: ${JSON.stringify(shipped.errors)}`);
  return deliver(url, order.id, seller);
}

async function deliver(url, orderId, seller) {
  const delivered = await call(
    url,
    'mutation($o: ID!){ markDelivered(orderId: $o){ status } }',
    { o: orderId },
    seller.token,
  );
  if (delivered.data?.markDelivered?.status !== 'DELIVERED') {
    throw new Error(`markDelivered: ${JSON.stringify(delivered.errors ?? delivered.data)}`);
  }
  return orderId;
}

/**
 * Seeds demo reviews through the gateway at `url`. Options: `reviewers` (accounts, default 12),
 * `purchases` (delivered orders, hence verified reviews, default 24), `products` (how many products
 * may get reviews, default 1000), `coverage` (share of them reviewed, default 0.6), `seed` (42),
 * `sellerPassword` (the seed sellers', required for the purchases: they ship their orders).
 */
async function seedDemoReviews(url, logger, options = {}) {
  const {
    reviewers: reviewerCount = 12,
    purchases = 24,
    products: productLimit = 1000,
    coverage = 0.6,
    seed = 42,
    sellerPassword,
  } = options;
  const started = Date.now();
  const first = await session(url, 'seed-reviewer-1', REVIEWER_PASSWORD);
  const existing = await call(url, 'query($id: ID!){ user(id: $id){ reviews(first: 1){ totalCount } } }', {
    id: first.id,
  });
  if ((existing.data?.user?.reviews?.totalCount ?? 0) > 0) return { skipped: true };

  logger.info({ products: productLimit, coverage }, 'seeding demo reviews through the gateway');
  const reviewers = [first];
  for (let n = 2; n <= reviewerCount; n++)
    reviewers.push(await session(url, `seed-reviewer-${n}`, REVIEWER_PASSWORD));
  const products = await activeProducts(url, productLimit);
  const next = random(seed);
  // `verifiedPurchases`: reviews by buyers of delivered orders (verified once reviews has the delivery).
  const report = {
    products: products.length,
    orders: 0,
    reviews: 0,
    verifiedPurchases: 0,
    sellerRatings: 0,
    failed: 0,
  };

  // Verified purchases: reviewer i % n buys product i, its seller ships and delivers it.
  const sellerSession = sellerSessions(url, sellerPassword);
  const bought = products.filter((p) => p.stock > 0).slice(0, sellerPassword ? purchases : 0);
  const byReviewer = reviewers.map((reviewer, i) => ({
    reviewer,
    products: bought.filter((_, j) => j % reviewers.length === i),
  }));
  const deliveries = [];
  await inPool(byReviewer, 4, async ({ reviewer, products: mine }) => {
    for (const product of mine) {
      try {
        const orderId = await deliveredOrder(url, reviewer, product, sellerSession);
        deliveries.push({ reviewer, product, orderId });
        report.orders++;
      } catch (error) {
        report.failed++;
        logger.warn({ err: error, productId: product.id }, 'demo order not delivered');
      }
    }
  });

  // Who reviews what: each delivered buyer its product; then 1..3 reviewers for `coverage` of the rest.
  const plan = deliveries.map(({ reviewer, product }) => ({
    reviewer,
    productId: product.id,
    verified: true,
  }));
  const purchased = new Set(plan.map((p) => p.productId));
  for (const product of products) {
    if (purchased.has(product.id) || next() > coverage) continue;
    const count = 1 + Math.floor(next() * 3);
    const offset = Math.floor(next() * reviewers.length);
    for (let k = 0; k < count; k++) {
      plan.push({
        reviewer: reviewers[(offset + k) % reviewers.length],
        productId: product.id,
        verified: false,
      });
    }
  }
  const writes = plan.map((entry) => {
    const rating = entry.verified ? 4 + Math.floor(next() * 2) : pickRating(next);
    return { ...entry, rating, comment: pickComment(next, rating) };
  });
  await inPool(writes, 8, async ({ reviewer, productId, rating, comment, verified }) => {
    const response = await call(
      url,
      'mutation($p: ID!, $r: Int!, $c: String){ createReview(productId: $p, rating: $r, comment: $c){ id } }',
      { p: productId, r: rating, c: comment },
      reviewer.token,
    );
    if (response.data?.createReview) {
      report.reviews++;
      if (verified) report.verifiedPurchases++;
    } else if (response.errors?.[0]?.extensions?.code !== 'CONFLICT') {
      report.failed++;
      logger.warn({ productId, errors: response.errors }, 'demo review not written');
    }
  });

  // Each delivered buyer rates the seller of its order (the order projection may still lag: retried).
  await inPool(deliveries, 4, async ({ reviewer, product, orderId }) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const response = await call(
        url,
        'mutation($o: ID!, $s: ID!, $r: Int!){ rateSeller(orderId: $o, sellerId: $s, rating: $r){ id } }',
        { o: orderId, s: product.sellerId, r: 4 + Math.floor(next() * 2) },
        reviewer.token,
      );
      if (response.data?.rateSeller) return void report.sellerRatings++;
      const code = response.errors?.[0]?.extensions?.code;
      if (code !== 'NOT_FOUND' && code !== 'CONFLICT') break;
      if (code === 'CONFLICT' && !response.errors[0].extensions.details?.status) return; // already rated
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    report.failed++;
  });
  return { ...report, seconds: Math.round((Date.now() - started) / 100) / 10 };
}

module.exports = { seedDemoReviews, REVIEWER_PASSWORD };
