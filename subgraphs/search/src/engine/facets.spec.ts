import { PRICE_RANGES, priceFacets, priceRangeOf, RATING_THRESHOLDS, ratingFacets } from './facets';

describe('facet buckets', () => {
  it('has fixed, contiguous price ranges in minor units, the last open-ended', () => {
    expect(PRICE_RANGES.map((r) => r.key)).toEqual([
      '0-1000',
      '1000-5000',
      '5000-10000',
      '10000-50000',
      '50000-',
    ]);
    for (let i = 1; i < PRICE_RANGES.length; i++) expect(PRICE_RANGES[i].from).toBe(PRICE_RANGES[i - 1].to);
    expect(PRICE_RANGES.at(-1)!.to).toBeNull();
  });

  it.each([
    [0, '0-1000'],
    [999, '0-1000'],
    [1000, '1000-5000'],
    [4999, '1000-5000'],
    [5000, '5000-10000'],
    [49_999, '10000-50000'],
    [50_000, '50000-'],
    [2_000_000_000, '50000-'],
  ])('puts %i in %s (from inclusive, to exclusive)', (amount, key) => {
    expect(priceRangeOf(amount).key).toBe(key);
  });

  it('lists every price range in order, zero-filled', () => {
    expect(priceFacets(new Map([['1000-5000', 3]]))).toEqual([
      { value: '0-1000', count: 0, label: null },
      { value: '1000-5000', count: 3, label: null },
      { value: '5000-10000', count: 0, label: null },
      { value: '10000-50000', count: 0, label: null },
      { value: '50000-', count: 0, label: null },
    ]);
  });

  it('lists cumulative rating thresholds best first, zero-filled, labelled', () => {
    expect(RATING_THRESHOLDS).toEqual([4, 3, 2, 1]);
    expect(
      ratingFacets(
        new Map([
          [4, 2],
          [1, 9],
        ]),
      ),
    ).toEqual([
      { value: '4', count: 2, label: '4+' },
      { value: '3', count: 0, label: '3+' },
      { value: '2', count: 0, label: '2+' },
      { value: '1', count: 9, label: '1+' },
    ]);
  });
});
