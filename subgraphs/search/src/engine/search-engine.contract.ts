/**
 * The behaviour every SearchEngine adapter must show (the guarantees listed in `search-engine.ts`),
 * run against each adapter on its real engine by `opensearch-engine.int.spec.ts` and
 * `postgres-engine.int.spec.ts`. Test-only: excluded from the build.
 */
import { setTimeout as sleep, setImmediate as yieldToLoop } from 'node:timers/promises';
import { priceRangeOf, PRICE_RANGES, RATING_THRESHOLDS } from './facets';
import {
  active,
  BASE_TIME,
  category,
  FixtureProduct,
  generatedWrite,
  productId,
  products,
  ratingOf,
  sortedIds,
  writeOf,
} from './products.fixture';
import { documentChange } from './document-change';
import type { SearchEngine, SearchFacets, SearchRequest, SearchSort } from './search-engine';
import type { ProductWrite } from './product-document';

export interface EngineHarness {
  engine: SearchEngine;
  /** Deletes everything the harness created (indices, database). */
  drop(): Promise<void>;
}

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  text: null,
  filter: {},
  sort: 'NEWEST',
  first: 100,
  after: null,
  withFacets: false,
  ...overrides,
});

async function ids(engine: SearchEngine, overrides: Partial<SearchRequest> = {}): Promise<string[]> {
  return (await engine.search(request(overrides))).hits.map((hit) => hit.productId);
}

/** Every id of a result, page by page through the cursors. */
async function walk(
  engine: SearchEngine,
  overrides: Partial<SearchRequest>,
  first: number,
): Promise<string[]> {
  const seen: string[] = [];
  let after: SearchRequest['after'] = null;
  for (let pages = 0; pages < 10_000; pages++) {
    const page = await engine.search(request({ ...overrides, first, after }));
    seen.push(...page.hits.map((hit) => hit.productId));
    if (!page.hasNextPage) return seen;
    after = page.hits[page.hits.length - 1].sortValues;
  }
  throw new Error('pagination did not end');
}

async function load(engine: SearchEngine, items: FixtureProduct[]): Promise<void> {
  for (const x of items) {
    await engine.upsertProduct(writeOf(x));
    const rating = ratingOf(x);
    if (rating) await engine.updateRating(x.id, rating);
  }
  await engine.refresh();
}

const idsOf = (items: FixtureProduct[]) => items.map((x) => x.id).sort();
const byId = (n: number) => products.find((x) => x.id === productId(n))!;
const sum = (facets: { count: number }[]) => facets.reduce((total, f) => total + f.count, 0);
/** Byte order, as keyword sorting (OpenSearch) and COLLATE "C" (PostgreSQL) compare. */
const bytewise = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

function expectedFacets(items: FixtureProduct[]): SearchFacets {
  const count = <K>(keyOf: (x: FixtureProduct) => K) => {
    const counts = new Map<K, number>();
    for (const x of items) counts.set(keyOf(x), (counts.get(keyOf(x)) ?? 0) + 1);
    return counts;
  };
  const brands = [...count((x) => x.brand)]
    .sort(([a, na], [b, nb]) => nb - na || bytewise(a, b))
    .map(([value, n]) => ({ value, count: n, label: null }));
  const categories = [...count((x) => x.category)]
    .sort(([a, na], [b, nb]) => nb - na || bytewise(a.id, b.id))
    .map(([c, n]) => ({ value: c.id, count: n, label: c.name }));
  const prices = count((x) => priceRangeOf(x.price).key);
  return {
    brands,
    categories,
    priceRanges: PRICE_RANGES.map((r) => ({ value: r.key, count: prices.get(r.key) ?? 0, label: null })),
    ratings: RATING_THRESHOLDS.map((t) => ({
      value: String(t),
      count: items.filter((x) => (x.rating?.average ?? -1) >= t).length,
      label: `${t}+`,
    })),
  };
}

const HOSTILE = [
  '"a" OR 1=1',
  '{"$gt": ""}',
  'name:foo AND *',
  '*',
  '(',
  ')',
  '\\',
  '/regex/',
  'a AND (b OR',
  'title:"x"~2^3',
  '[1 TO 5]',
  "' OR ''='",
  '%',
  '_',
  '%_%',
  '; DROP TABLE search_documents; --',
  '<script>alert(1)</script>',
  'ǅ́ 🙂',
];

export function searchEngineContract(name: string, newEngine: () => Promise<EngineHarness>): void {
  describe(`${name} search engine contract`, () => {
    const harnesses: EngineHarness[] = [];
    const fresh = async (): Promise<SearchEngine> => {
      const harness = await newEngine();
      harnesses.push(harness);
      await harness.engine.init();
      return harness.engine;
    };

    afterAll(async () => {
      for (const harness of harnesses) {
        await harness.engine.close();
        await harness.drop();
      }
    });

    describe('reading', () => {
      let engine: SearchEngine;
      beforeAll(async () => {
        engine = await fresh();
        await load(engine, products);
      });

      it('ranks a name match above a description-only match', async () => {
        const found = await ids(engine, { text: 'iphone', sort: 'RELEVANCE' });
        expect(found.sort()).toEqual([productId(1), productId(2), productId(5)].sort());
        const ranked = await ids(engine, { text: 'iphone', sort: 'RELEVANCE' });
        expect(ranked.indexOf(productId(5))).toBeGreaterThan(ranked.indexOf(productId(1)));
        expect(ranked.indexOf(productId(5))).toBeGreaterThan(ranked.indexOf(productId(2)));
      });

      it.each([
        ['brand', 'breville', [11]],
        ['category name', 'kitchen', [9, 10, 11, 12]],
        ['attribute value', 'damascus', [10]],
        ['description', 'perfectly', [5]],
        ['name without accents', 'creme brulee', [9]],
        ['words across fields (brand + category)', 'apple laptops', [6]],
        ['stemmed forms', 'machines', [11]],
      ])('finds by %s', async (_what, text, expected) => {
        expect((await ids(engine, { text })).sort()).toEqual(expected.map(productId).sort());
      });

      it('requires every word to match', async () => {
        expect(await ids(engine, { text: 'apple galaxy' })).toEqual([]);
      });

      it('never returns DRAFT or ARCHIVED products', async () => {
        expect((await ids(engine)).sort()).toEqual(idsOf(active));
        expect(await ids(engine, { text: 'prototype' })).toEqual([]);
        expect(await ids(engine, { text: 'old' })).toEqual([]);
        const suggested = (await engine.suggest('apple iphone', 20)).map((s) => s.text);
        expect(suggested).not.toContain('Apple iPhone 16 Prototype');
        expect(suggested).not.toContain('Apple iPhone 12 Old');
      });

      it('counts every match in totalCount, whatever the page size', async () => {
        const page = await engine.search(request({ first: 2 }));
        expect(page.totalCount).toBe(active.length);
        expect(page.hits).toHaveLength(2);
        expect(page.hasNextPage).toBe(true);
      });

      it.each<[string, SearchRequest['filter'], (x: FixtureProduct) => boolean]>([
        [
          'a root category (its whole subtree)',
          { categoryId: category.electronics.id },
          (x) => [category.phones, category.laptops].includes(x.category),
        ],
        ['a leaf category', { categoryId: category.kitchen.id }, (x) => x.category === category.kitchen],
        [
          'brands, any of, ignoring case',
          { brands: ['apple', 'SAMSUNG'] },
          (x) => ['Apple', 'Samsung'].includes(x.brand),
        ],
        [
          'a price range, bounds inclusive',
          { minPrice: 2900, maxPrice: 14900 },
          (x) => x.price >= 2900 && x.price <= 14900,
        ],
        ['a minimum rating, inclusive', { minRating: 4.4 }, (x) => (x.rating?.average ?? -1) >= 4.4],
        ['stock', { inStock: true }, (x) => x.stock > 0],
        [
          'all at once',
          {
            categoryId: category.electronics.id,
            brands: ['Apple', 'Google'],
            maxPrice: 100000,
            minRating: 4,
            inStock: true,
          },
          (x) =>
            [category.phones, category.laptops].includes(x.category) &&
            ['Apple', 'Google'].includes(x.brand) &&
            x.price <= 100000 &&
            (x.rating?.average ?? -1) >= 4 &&
            x.stock > 0,
        ],
      ])('filters by %s', async (_what, filter, expected) => {
        const page = await engine.search(request({ filter }));
        expect(page.hits.map((h) => h.productId).sort()).toEqual(idsOf(active.filter(expected)));
        expect(page.totalCount).toBe(active.filter(expected).length);
      });

      it.each<Exclude<SearchSort, 'RELEVANCE'>>(['PRICE_ASC', 'PRICE_DESC', 'RATING', 'NEWEST'])(
        'sorts by %s, ties broken by id',
        async (sort) => {
          expect(await ids(engine, { sort })).toEqual(sortedIds(active, sort));
        },
      );

      it.each<SearchSort>(['RELEVANCE', 'PRICE_ASC', 'PRICE_DESC', 'RATING', 'NEWEST'])(
        'pages through %s without repeating or skipping (ties included)',
        async (sort) => {
          const text = sort === 'RELEVANCE' ? 'apple' : null;
          const oneShot = await ids(engine, { sort, text });
          for (const first of [1, 2, 3]) expect(await walk(engine, { sort, text }, first)).toEqual(oneShot);
        },
      );

      it('counts facets over the whole result, and they add up', async () => {
        const page = await engine.search(request({ withFacets: true }));
        expect(page.facets).toEqual(expectedFacets(active));
        expect(sum(page.facets!.brands)).toBe(page.totalCount);
        expect(sum(page.facets!.priceRanges)).toBe(page.totalCount);
      });

      it('computes facets over the text matches and the filters', async () => {
        const page = await engine.search(
          request({ text: 'apple', filter: { inStock: true }, withFacets: true }),
        );
        const matching = active.filter((x) => x.brand === 'Apple' && x.stock > 0);
        expect(page.facets).toEqual(expectedFacets(matching));
      });

      it('keeps each disjunctive facet independent of its own filter', async () => {
        const all = expectedFacets(active);
        const apple = active.filter((x) => x.brand === 'Apple');
        const byBrand = await engine.search(request({ filter: { brands: ['Apple'] }, withFacets: true }));
        expect(byBrand.totalCount).toBe(apple.length);
        expect(byBrand.facets!.brands).toEqual(all.brands);
        expect(byBrand.facets!.priceRanges).toEqual(expectedFacets(apple).priceRanges);
        expect(sum(byBrand.facets!.priceRanges)).toBe(byBrand.totalCount);
        expect(byBrand.facets!.categories).toEqual(expectedFacets(apple).categories);

        const expensive = active.filter((x) => x.price >= 50000);
        const byPrice = await engine.search(request({ filter: { minPrice: 50000 }, withFacets: true }));
        expect(byPrice.facets!.priceRanges).toEqual(all.priceRanges);
        expect(byPrice.facets!.brands).toEqual(expectedFacets(expensive).brands);

        const rated = await engine.search(request({ filter: { minRating: 4.5 }, withFacets: true }));
        expect(rated.facets!.ratings).toEqual(all.ratings);
        expect(rated.totalCount).toBe(active.filter((x) => (x.rating?.average ?? -1) >= 4.5).length);
      });

      it('returns no facets when not asked', async () => {
        expect((await engine.search(request())).facets).toBeNull();
      });

      it.each([
        ['a typo (transposition)', 'iphnoe', 'Apple iPhone 15'],
        ['a short prefix', 'iph', 'Apple iPhone 15'],
        ['a typo in a word', 'samsng', 'Samsung Galaxy S24'],
        ['the start of a later word', 'galaxy s', 'Samsung Galaxy S24'],
        ['no accents', 'creme', 'Crème Brûlée Torch'],
      ])('suggests despite %s', async (_what, prefix, expected) => {
        const suggestions = await engine.suggest(prefix, 8);
        expect(suggestions.map((s) => s.text)).toContain(expected);
        const product = products.find((x) => x.name === expected)!;
        expect(suggestions.find((s) => s.text === expected)!.productId).toBe(product.id);
      });

      it('suggests true prefixes first, one per distinct name, at most `limit`', async () => {
        const [first] = await engine.suggest('iph', 8);
        expect(first.text).toMatch(/iphone/i);
        const lamps = (await engine.suggest('desk', 8)).filter((s) => s.text.toLowerCase() === 'desk lamp');
        expect(lamps).toHaveLength(1);
        expect(await engine.suggest('apple', 1)).toHaveLength(1);
        expect(await engine.suggest('zzqxw', 8)).toEqual([]);
      });

      it.each(HOSTILE)('treats %j as plain text', async (text) => {
        const page = await engine.search(request({ text, withFacets: true }));
        expect(page.totalCount).toBeLessThan(active.length);
        const suggestions = await engine.suggest(text, 8);
        expect(suggestions.length).toBeLessThan(8);
      });

      it('finds query syntax only as words', async () => {
        expect(await ids(engine, { text: 'name:foo AND *' })).toEqual([productId(16)]);
        for (const wildcard of ['*', '%', '_', '%_%', '(']) {
          expect(await ids(engine, { text: wildcard })).toEqual([]);
          expect(await engine.suggest(wildcard, 8)).toEqual([]);
        }
      });
    });

    describe('versioned writes', () => {
      let engine: SearchEngine;
      beforeAll(async () => {
        engine = await fresh();
      });
      const widget = (n: number, name: string): FixtureProduct => ({
        id: productId(100 + n),
        name,
        brand: 'Widgetco',
        category: category.home,
        price: 1000,
        stock: 5,
        day: 1,
      });
      const at = (minutes: number) => BASE_TIME + minutes * 60_000;
      const write = (
        x: FixtureProduct,
        version: number,
        overrides: Partial<ProductWrite['fields']> = {},
        stock = x.stock,
      ) => ({
        ...writeOf(x, version, overrides),
        stock: { available: stock, version },
      });

      it('ignores a content write older than the stored one', async () => {
        const x = widget(1, 'Newer Widget');
        expect(await engine.upsertProduct(write(x, at(2)))).toBe(true);
        expect(await engine.upsertProduct(write(x, at(1), { name: 'Older Widget' }))).toBe(false);
        await engine.refresh();
        expect(await ids(engine, { text: 'newer' })).toEqual([x.id]);
        expect(await ids(engine, { text: 'older' })).toEqual([]);
      });

      it('applies the same write twice without a second copy', async () => {
        const x = widget(2, 'Twice Widget');
        await engine.upsertProduct(write(x, at(1)));
        await engine.upsertProduct(write(x, at(1)));
        await engine.refresh();
        expect(await ids(engine, { text: 'twice' })).toEqual([x.id]);
      });

      it('keeps a deleted product deleted when an older update arrives late', async () => {
        const x = widget(3, 'Doomed Widget');
        await engine.upsertProduct(write(x, at(1)));
        expect(await engine.deleteProduct(x.id, at(3))).toBe(true);
        expect(await engine.upsertProduct(write(x, at(2)))).toBe(false);
        await engine.refresh();
        expect(await ids(engine, { text: 'doomed' })).toEqual([]);
        expect(await engine.suggest('doomed', 8)).toEqual([]);
      });

      it('keeps a tombstone for a product deleted before it was ever indexed', async () => {
        const x = widget(4, 'Ghost Widget');
        await engine.deleteProduct(x.id, at(5));
        expect(await engine.upsertProduct(write(x, at(4)))).toBe(false);
        await engine.refresh();
        expect(await ids(engine, { text: 'ghost' })).toEqual([]);
      });

      it('hides a product that becomes ARCHIVED', async () => {
        const x = widget(5, 'Retired Widget');
        await engine.upsertProduct(write(x, at(1)));
        await engine.upsertProduct(write(x, at(2), { status: 'ARCHIVED' }));
        await engine.refresh();
        expect(await ids(engine, { text: 'retired' })).toEqual([]);
      });

      it('updates stock from inventory readings, newest reading wins', async () => {
        const x = widget(6, 'Stocked Widget');
        const inStock = async () =>
          (await ids(engine, { text: 'stocked', filter: { inStock: true } })).length === 1;
        await engine.upsertProduct(write(x, at(1), {}, 5));
        await engine.refresh();
        expect(await inStock()).toBe(true);
        expect(await engine.updateStock(x.id, { available: 0, version: at(3) })).toBe(true);
        await engine.refresh();
        expect(await inStock()).toBe(false);
        // A product update from before the reading renames it but must not bring its older stock back.
        await engine.upsertProduct(write(x, at(2), { name: 'Stocked Widget Renamed' }, 9));
        expect(await engine.updateStock(x.id, { available: 7, version: at(2) })).toBe(false);
        await engine.refresh();
        expect(await inStock()).toBe(false);
        expect(await ids(engine, { text: 'renamed' })).toEqual([x.id]);
        await engine.updateStock(x.id, { available: 4, version: at(4) });
        await engine.refresh();
        expect(await inStock()).toBe(true);
      });

      it('keeps stock that arrived before the product', async () => {
        const x = widget(7, 'Early Widget');
        await engine.updateStock(x.id, { available: 7, version: at(5) });
        await engine.refresh();
        expect(await ids(engine, { text: 'early' })).toEqual([]);
        await engine.upsertProduct(write(x, at(4), {}, 0));
        await engine.refresh();
        expect(await ids(engine, { text: 'early', filter: { inStock: true } })).toEqual([x.id]);
      });

      it('keeps the rating across content updates; it drives minRating and the RATING sort', async () => {
        const top = widget(8, 'Rated Widget Top');
        const low = widget(9, 'Rated Widget Low');
        await engine.upsertProduct(write(top, at(1)));
        await engine.upsertProduct(write(low, at(1)));
        await engine.updateRating(top.id, { average: 4.9, count: 12, version: 12 });
        await engine.updateRating(low.id, { average: 2.1, count: 3, version: 3 });
        await engine.upsertProduct(write(top, at(2), { name: 'Rated Widget Top Updated' }));
        await engine.refresh();
        expect(await ids(engine, { text: 'rated', filter: { minRating: 4.9 } })).toEqual([top.id]);
        expect(await ids(engine, { text: 'rated', sort: 'RATING' })).toEqual([top.id, low.id]);
        // Every review deleted: the aggregate says count 0, average null (unrated again).
        await engine.updateRating(top.id, { average: null, count: 0, version: 13 });
        await engine.refresh();
        expect(await ids(engine, { text: 'rated', sort: 'RATING' })).toEqual([low.id, top.id]);
        expect(await ids(engine, { text: 'rated', filter: { minRating: 1 } })).toEqual([low.id]);
      });

      it('ignores a rating older than the one it holds (its own version, not the content version)', async () => {
        const x = widget(10, 'Versioned Rating Widget');
        await engine.upsertProduct(write(x, at(1)));
        expect(await engine.updateRating(x.id, { average: 4.8, count: 10, version: 5 })).toBe(true);
        expect(await engine.updateRating(x.id, { average: 1.2, count: 4, version: 3 })).toBe(false);
        // A content update, however new, leaves the rating part alone.
        await engine.upsertProduct(write(x, at(9)));
        await engine.refresh();
        expect(await ids(engine, { text: 'versioned', filter: { minRating: 4.8 } })).toEqual([x.id]);
        expect(await engine.updateRating(x.id, { average: 3.5, count: 11, version: 6 })).toBe(true);
        await engine.refresh();
        expect(await ids(engine, { text: 'versioned', filter: { minRating: 4 } })).toEqual([]);
        expect(await ids(engine, { text: 'versioned', filter: { minRating: 3.5 } })).toEqual([x.id]);
      });

      it('keeps a rating that arrived before the product, and an older rating the product carries loses', async () => {
        const x = widget(11, 'Prerated Widget');
        await engine.updateRating(x.id, { average: 4.6, count: 8, version: 4 });
        await engine.refresh();
        expect(await ids(engine, { text: 'prerated' })).toEqual([]); // no content yet: not searchable
        await engine.upsertProduct({ ...write(x, at(1)), rating: { average: 2, count: 1, version: 1 } });
        await engine.refresh();
        expect(await ids(engine, { text: 'prerated', filter: { minRating: 4.6 } })).toEqual([x.id]);
      });

      it('leaves unrated products out of minRating (even 0) and sorts them after every rated one', async () => {
        const tag = 'Unrated Check';
        const [low, none, cleared, four, nineA, nineB] = [12, 13, 14, 15, 16, 17].map((n) =>
          widget(n, `${tag} ${n}`),
        );
        for (const x of [low, none, cleared, four, nineA, nineB]) await engine.upsertProduct(write(x, at(1)));
        await engine.updateRating(low.id, { average: 1, count: 1, version: 1 });
        await engine.updateRating(cleared.id, { average: null, count: 0, version: 2 });
        await engine.updateRating(four.id, { average: 4, count: 5, version: 1 });
        // Same average: the higher count first; same count too: by product id.
        await engine.updateRating(nineB.id, { average: 4, count: 9, version: 1 });
        await engine.updateRating(nineA.id, { average: 4, count: 9, version: 1 });
        await engine.refresh();
        expect(await ids(engine, { text: 'unrated check', sort: 'RATING' })).toEqual(
          [nineA, nineB, four, low, none, cleared].map((x) => x.id),
        );
        expect((await ids(engine, { text: 'unrated check', filter: { minRating: 0 } })).sort()).toEqual(
          [low, four, nineA, nineB].map((x) => x.id).sort(),
        );
        expect(await walk(engine, { text: 'unrated check', sort: 'RATING' }, 2)).toEqual(
          [nineA, nineB, four, low, none, cleared].map((x) => x.id),
        );
      });
    });

    describe('applyChanges (batches)', () => {
      let engine: SearchEngine;
      beforeAll(async () => {
        engine = await fresh();
      });
      const item = (n: number, name: string): FixtureProduct => ({
        id: productId(300 + n),
        name,
        brand: 'Batchco',
        category: category.home,
        price: 2500,
        stock: 3,
        day: 2,
      });
      const at = (minutes: number) => BASE_TIME + minutes * 60_000;

      it('applies a batch in one call: every product, the newest of each part when one appears twice', async () => {
        const alpha = item(1, 'Batch Alpha');
        const beta = item(2, 'Batch Beta');
        const gamma = item(3, 'Batch Gamma');
        const outcomes = await engine.applyChanges([
          documentChange.upsert(writeOf(alpha, at(3), { name: 'Batch Alpha Newest' })),
          documentChange.upsert(writeOf(alpha, at(1), { name: 'Batch Alpha Oldest' })),
          documentChange.stock(alpha.id, { available: 0, version: at(4) }),
          documentChange.upsert(writeOf(alpha, at(2), { name: 'Batch Alpha Middle' })),
          documentChange.rating(alpha.id, { average: 4.5, count: 2, version: 2 }),
          documentChange.rating(alpha.id, { average: 1.5, count: 1, version: 1 }),
          documentChange.upsert(writeOf(beta, at(1))),
          // A rating before its product, in the same batch as the product.
          documentChange.rating(gamma.id, { average: 3, count: 1, version: 1 }),
          documentChange.upsert(writeOf(gamma, at(1))),
        ]);
        expect(Object.fromEntries(outcomes)).toEqual({
          [alpha.id]: { status: 'changed' },
          [beta.id]: { status: 'changed' },
          [gamma.id]: { status: 'changed' },
        });
        await engine.refresh();
        expect(await ids(engine, { text: 'batch alpha newest', filter: { minRating: 4.5 } })).toEqual([
          alpha.id,
        ]);
        expect(await ids(engine, { text: 'batch alpha oldest' })).toEqual([]);
        expect(await ids(engine, { text: 'batch alpha middle' })).toEqual([]);
        expect(await ids(engine, { text: 'batch', filter: { inStock: true } })).toEqual(
          [beta.id, gamma.id].sort(),
        );
        expect(await ids(engine, { text: 'batch gamma', filter: { minRating: 3 } })).toEqual([gamma.id]);
      });

      it('reports a change older than the document in every part as unchanged', async () => {
        const delta = item(4, 'Batch Delta');
        await engine.applyChanges([documentChange.upsert(writeOf(delta, at(5)))]);
        const outcomes = await engine.applyChanges([
          documentChange.upsert(writeOf(delta, at(4), { name: 'Batch Delta Stale' })),
          documentChange.upsert(writeOf(item(5, 'Batch Epsilon'), at(1))),
        ]);
        expect(outcomes.get(delta.id)).toEqual({ status: 'unchanged' });
        expect(outcomes.get(productId(305))).toEqual({ status: 'changed' });
      });

      it('fails a document the engine refuses on its own and applies the rest of the batch', async () => {
        const good = [item(6, 'Batch Zeta'), item(7, 'Batch Eta')];
        const refused = item(8, 'Batch Theta');
        const outcomes = await engine.applyChanges([
          documentChange.upsert(writeOf(good[0], at(1))),
          // A price no engine column can hold (out of range for a 64-bit integer).
          documentChange.upsert(writeOf(refused, at(1), { price: 1e30 })),
          documentChange.upsert(writeOf(good[1], at(1))),
        ]);
        expect(outcomes.get(good[0].id)).toEqual({ status: 'changed' });
        expect(outcomes.get(good[1].id)).toEqual({ status: 'changed' });
        expect(outcomes.get(refused.id)).toEqual({ status: 'failed', error: expect.any(String) });
        await engine.refresh();
        expect(
          (await ids(engine, { text: 'batch zeta' })).concat(await ids(engine, { text: 'batch eta' })),
        ).toEqual(good.map((x) => x.id));
        expect(await ids(engine, { text: 'batch theta' })).toEqual([]);
        await expect(engine.upsertProduct(writeOf(refused, at(2), { price: 1e30 }))).rejects.toThrow(
          /refused/,
        );
      });

      it('returns nothing for an empty batch', async () => {
        expect(await engine.applyChanges([])).toEqual(new Map());
      });
    });

    describe('reindex', () => {
      let engine: SearchEngine;
      beforeAll(async () => {
        engine = await fresh();
        await load(engine, products);
      });

      it('rebuilds from a snapshot with its ratings and catches up with writes made meanwhile', async () => {
        const later = Date.now();
        // Each write carries the product's rating, as the reindex joins it from search's own store.
        const snapshot = active
          .filter((x) => x.id !== productId(13)) // gone from catalog without an event reaching search
          .map((x) =>
            x.id === productId(1) ? writeOf(x, later, { name: 'Apple iPhone 15 Refurbished' }) : writeOf(x),
          )
          .map((write) => ({ ...write, rating: ratingOf(byId(Number(write.productId.slice(-12)))) }));
        const newcomer: FixtureProduct = { ...byId(16), id: productId(200), name: 'Midway Gadget', day: 20 };
        async function* pages() {
          yield snapshot.slice(0, 8);
          // Live writes while the new index is half built: they land in the old one only.
          await engine.deleteProduct(productId(12), Date.now());
          await engine.upsertProduct(writeOf(newcomer, Date.now()));
          await engine.updateStock(productId(3), { available: 0, version: Date.now() });
          await engine.updateRating(productId(4), { average: 5, count: 61, version: 2 });
          // Newer than the rating its page (still to come) carries: the newer one must win.
          await engine.updateRating(productId(15), { average: 4.65, count: 4, version: 2 });
          yield snapshot.slice(8);
        }
        // No margin: the fixture was written seconds ago and must not count as changed meanwhile.
        const report = await engine.reindex(pages(), { catchUpMarginMs: 0 });
        expect(report.indexed).toBe(snapshot.length);
        expect(report.caughtUp).toBeGreaterThanOrEqual(5);
        expect(report.productsPerSecond).toBeGreaterThan(0);
        await engine.refresh();

        const found = await ids(engine);
        expect(found).not.toContain(productId(13));
        expect(found).not.toContain(productId(12));
        expect(found).toContain(productId(200));
        expect(await ids(engine, { text: 'refurbished' })).toEqual([productId(1)]);
        expect(await ids(engine, { text: 'galaxy s24', filter: { inStock: true } })).toEqual([]);
        expect(await ids(engine, { filter: { minRating: 5 } })).toEqual([productId(4)]);
        expect(await ids(engine, { filter: { minRating: 4.6 }, sort: 'RATING' })).toEqual(
          [4, 10, 2, 6, 15, 1].map(productId),
        );
        expect(await ids(engine, { filter: { minRating: 3 }, sort: 'RATING' })).toHaveLength(12);
      });

      it('keeps answering searches during a reindex of thousands, then serves the new index', async () => {
        const before = (await engine.search(request())).totalCount;
        const count = 3000;
        let done = false;
        const totals: number[] = [];
        const searching = (async () => {
          while (!done) {
            totals.push((await engine.search(request({ first: 1 }))).totalCount);
            await sleep(5);
          }
        })();
        const report = await engine
          .reindex(generatedPages(count, 250), { catchUpMarginMs: 0 })
          .finally(() => (done = true));
        await searching;
        await engine.refresh();
        expect(report.indexed).toBe(count);
        expect(totals.length).toBeGreaterThan(3);
        expect(new Set(totals.filter((t) => t !== before && t !== count))).toEqual(new Set());
        expect((await engine.search(request())).totalCount).toBe(count);
        expect(await walk(engine, { sort: 'RATING' }, 100)).toHaveLength(count); // 3000 ties on rating
      });

      it('bulk-loads thousands of products and answers in milliseconds', async () => {
        const count = 5000;
        const report = await engine.reindex(generatedPages(count, 1000), { catchUpMarginMs: 0 });
        expect(report.indexed).toBe(count);
        const timings = await measure(engine);
        process.stdout.write(
          `[${name}] bulk reindex of ${count}: ${report.productsPerSecond} products/s (load), ` +
            `${report.durationMs} ms in all; search p50 ${timings.search.p50} ms, p95 ${timings.search.p95} ms; ` +
            `suggest p50 ${timings.suggest.p50} ms, p95 ${timings.suggest.p95} ms\n`,
        );
        // Generous bounds: they catch a pathological plan (a scan per keystroke), not machine noise.
        expect(timings.search.p95).toBeLessThan(1000);
        expect(timings.suggest.p95).toBeLessThan(1000);
      });
    });
  });
}

async function* generatedPages(count: number, size: number): AsyncGenerator<ProductWrite[]> {
  for (let start = 0; start < count; start += size) {
    yield Array.from({ length: Math.min(size, count - start) }, (_, i) => generatedWrite(start + i));
    await yieldToLoop();
  }
}

async function measure(engine: SearchEngine) {
  const words = ['phone', 'laptop pro', 'kettle', 'acme lamp', 'camera max', 'watch', 'drone neo', 'chair'];
  const prefixes = ['pho', 'lapt', 'kettel', 'acm', 'cam', 'wat', 'dron', 'globx'];
  const time = async (run: (i: number) => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < 80; i++) {
      const started = performance.now();
      await run(i);
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    const at = (q: number) => Math.round(samples[Math.floor(q * (samples.length - 1))] * 10) / 10;
    return { p50: at(0.5), p95: at(0.95) };
  };
  return {
    search: await time((i) =>
      engine.search(
        request({ text: words[i % words.length], sort: 'RELEVANCE', first: 20, withFacets: true }),
      ),
    ),
    suggest: await time((i) => engine.suggest(prefixes[i % prefixes.length], 8)),
  };
}
