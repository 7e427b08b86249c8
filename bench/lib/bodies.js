/**
 * Request bodies shared by the search benchmarks (bench/search.js and bench/search-wrk.sh): text
 * queries with two filters (a brand list and a price band) plus facets, and suggest prefixes (one with
 * a typo), all matching the seed generator's catalog.
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

const searches = [
  { q: 'wireless headphones', f: { brands: ['Sony', 'Bose', 'Apple'], minPrice: 5000, maxPrice: 60000 } },
  { q: 'running shoe', f: { brands: ['Nike', 'Asics', 'Hoka'], minPrice: 5000, maxPrice: 30000 } },
  { q: 'laptop ssd', f: { brands: ['Apple', 'Dell', 'Lenovo'], minPrice: 40000, maxPrice: 300000 } },
  { q: 'espresso machine', f: { brands: ["De'Longhi", 'Breville'], minPrice: 5000, maxPrice: 200000 } },
  { q: 'galaxy', f: { brands: ['Samsung'], minPrice: 10000, maxPrice: 200000 } },
  {
    q: 'jacket',
    f: { brands: ['Patagonia', 'The North Face', 'Columbia'], minPrice: 3000, maxPrice: 50000 },
  },
];
const prefixes = [
  'iph',
  'iphnoe',
  'gal',
  'macb',
  'pixe',
  'airp',
  'ultrab',
  'espr',
  'thinkp',
  'quietc',
  'flip',
  'aer',
];

const searchBodies = searches.map(({ q, f }) => JSON.stringify({ query: SEARCH, variables: { q, f } }));
const suggestBodies = prefixes.map((p) => JSON.stringify({ query: SUGGEST, variables: { p } }));

if (require.main === module) {
  const dir = process.argv[2];
  fs.writeFileSync(path.join(dir, 'search.txt'), `${searchBodies.join('\n')}\n`);
  fs.writeFileSync(path.join(dir, 'suggest.txt'), `${suggestBodies.join('\n')}\n`);
}

module.exports = { searchBodies, suggestBodies };
