/**
 * The query shapes of the gateway benchmark. Each has fixed variables (the "identical" mix: every
 * request the same) and varied ones (the "distinct" mix: one of VARIANTS pages at random, so that of
 * 50 concurrent requests only a few coincide, and each page makes entity fetches of its own).
 */
const VARIANTS = 200;
const randomPage = () => Math.floor(Math.random() * VARIANTS);
const PRODUCT = 'upc name price weight inStock shippingEstimate';

const SHAPES = {
  /** One field of one subgraph, like `me`: the fixed cost of a request. */
  small: {
    query: 'query Small { me { id username name } }',
    variables: () => ({}),
    distinctVariables: null, // nothing to vary: only the identical mix is measured
  },
  /** Users, products, reviews and inventory, three entity hops deep: a response of ~90 KB. */
  heavy: {
    query: `query Heavy($first: Int!, $offset: Int!) {
      users(first: $first, offset: $offset) {
        id username name
        reviews { id body product { ${PRODUCT}
          reviews { id body author { id username name
            reviews { id body product { ${PRODUCT} } } } } } }
      }
      topProducts(first: $first, offset: $offset) { ${PRODUCT}
        reviews { id body author { id username name
          reviews { id body product { ${PRODUCT} } } } }
      }
    }`,
    variables: () => ({ first: 8, offset: 0 }),
    distinctVariables: (page = randomPage()) => ({ first: 8, offset: page * 8 }),
  },
  /** A page of 50 products whose shippingEstimate @requires price and weight from another subgraph. */
  list: {
    query: `query List($first: Int!, $offset: Int!) { topProducts(first: $first, offset: $offset) { ${PRODUCT} } }`,
    variables: () => ({ first: 50, offset: 0 }),
    distinctVariables: (page = randomPage()) => ({ first: 50, offset: page * 50 }),
  },
};

module.exports = { SHAPES, VARIANTS };
