/**
 * Request bodies shared by the search benchmarks (bench/search.js and bench/search-wrk.sh), drawn
 * from the seed catalog's own vocabulary (subgraphs/catalog/dist/seed/category-tree.js, so `npm run
 * build` first):
 *
 * - search: a population of distinct text queries, each with two filters (a brand list and a price
 *   band inside its category's range) plus all four facets, resolving name and price of 20 hits;
 * - suggest: a population of prefixes of product and brand names, 2 to 7 letters, a quarter of them
 *   with two letters swapped (a typo).
 *
 * Requests pick from the population by popularity rank with a Zipf law (s = 1), as search logs do: a
 * few head queries are frequent, most are rare. The sequence is fixed (seeded), so runs compare.
 */
const fs = require('node:fs');
const path = require('node:path');

const SEARCH = `query Search($q: String, $f: SearchFilter) {
  search(query: $q, filter: $f, first: 20) {
    totalCount
    edges { node { id name price { amount currency } } }
    facets { brands { value count } categories { value count } priceRanges { value count } ratings { value count } }
  }
}`;
const SUGGEST = 'query Suggest($p: String!) { suggest(prefix: $p, limit: 8) { text product { id } } }';

/** Deterministic PRNG (mulberry32), so every run sends the same sequence. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function leaves() {
  const { CATEGORY_TREE } = require('@commerce/catalog');
  return CATEGORY_TREE.flatMap((department) => department.children.flatMap((category) => category.leaves));
}

function pick(rand, items, count) {
  const pool = [...items];
  const chosen = [];
  while (chosen.length < count && pool.length)
    chosen.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
  return chosen;
}

/** Distinct searches: per leaf, each noun and the leaf's name, with brands and a price band. */
function searchPopulation(rand) {
  const population = [];
  for (const leaf of leaves()) {
    const texts = [...leaf.nouns, leaf.name].map((text) => text.toLowerCase());
    for (const text of texts) {
      for (let variant = 0; variant < 3; variant += 1) {
        const [low, high] = leaf.price;
        const from = low + Math.floor(rand() * ((high - low) / 2));
        const to = from + Math.floor((high - from) * (0.4 + rand() * 0.6));
        const brands = pick(rand, leaf.brands, 1 + Math.floor(rand() * 3));
        population.push({ q: text, f: { brands, minPrice: from, maxPrice: to } });
      }
    }
  }
  return shuffle(rand, population);
}

/** Distinct prefixes of product nouns and brands; every fourth one with two letters swapped. */
function suggestPopulation(rand) {
  const words = new Set();
  for (const leaf of leaves())
    for (const word of [...leaf.nouns, ...leaf.brands]) words.add(word.toLowerCase());
  const prefixes = new Set();
  for (const word of words) {
    for (let length = 2; length <= Math.min(7, word.length); length += 1) prefixes.add(word.slice(0, length));
  }
  const population = [...prefixes].map((prefix, i) =>
    i % 4 === 3 && prefix.length >= 4 ? `${prefix[0]}${prefix[2]}${prefix[1]}${prefix.slice(3)}` : prefix,
  );
  return shuffle(rand, [...new Set(population)]);
}

function shuffle(rand, items) {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** `count` draws from `population` where rank r has weight 1/r. */
function zipfSequence(rand, population, count) {
  const cumulative = [];
  let total = 0;
  for (let rank = 1; rank <= population.length; rank += 1) cumulative.push((total += 1 / rank));
  const sequence = [];
  for (let i = 0; i < count; i += 1) {
    const target = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    sequence.push(population[lo]);
  }
  return sequence;
}

/** Long enough that a 20 s run at a few thousand requests/s does not wrap around much. */
const SEQUENCE_LENGTH = 60_000;

function build() {
  const rand = random(20261127);
  const searches = searchPopulation(rand);
  const prefixes = suggestPopulation(rand);
  const order = (population) => zipfSequence(rand, population, SEQUENCE_LENGTH);
  return {
    population: { search: searches.length, suggest: prefixes.length },
    searchBodies: order(searches).map(({ q, f }) => JSON.stringify({ query: SEARCH, variables: { q, f } })),
    suggestBodies: order(prefixes).map((p) => JSON.stringify({ query: SUGGEST, variables: { p } })),
  };
}

if (require.main === module) {
  const dir = process.argv[2];
  const bodies = build();
  fs.writeFileSync(path.join(dir, 'search.txt'), `${bodies.searchBodies.join('\n')}\n`);
  fs.writeFileSync(path.join(dir, 'suggest.txt'), `${bodies.suggestBodies.join('\n')}\n`);
  process.stdout.write(`${JSON.stringify(bodies.population)}\n`);
}

module.exports = { build };
