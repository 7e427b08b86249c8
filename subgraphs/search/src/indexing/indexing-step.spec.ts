import { keepsInStock } from './indexing-step';

describe('keepsInStock', () => {
  it.each([
    [998, -1, true], // a sale that leaves stock
    [5, 3, true], // a restock of a product in stock
    [0, -1, false], // the last unit sold
    [2, 2, false], // back in stock
    [0, 0, true], // nothing moved, still out of stock
  ])('stock %i after a change of %i: %s', (stock, delta, expected) => {
    expect(keepsInStock(stock, delta)).toBe(expected);
  });

  it('cannot tell without a delta, so the change is applied', () => {
    expect(keepsInStock(10, undefined)).toBe(false);
  });
});
