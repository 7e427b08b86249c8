import { averageOf, mayCreateRow, RatingDeltas, summaryOf } from './rating-aggregate';

describe('rating deltas', () => {
  it('adds and removes one review at its star', () => {
    expect(RatingDeltas.added(4, true)).toEqual({ count: 1, sum: 4, stars: [0, 0, 0, 1, 0], verified: 1 });
    expect(RatingDeltas.removed(2)).toEqual({ count: -1, sum: -2, stars: [0, -1, 0, 0, 0], verified: 0 });
  });

  it('moves a changed rating from one star to the other, the count unchanged', () => {
    expect(RatingDeltas.changed(1, 5)).toEqual({ count: 0, sum: 4, stars: [-1, 0, 0, 0, 1], verified: 0 });
    expect(RatingDeltas.changed(3, 3)).toEqual({ count: 0, sum: 0, stars: [0, 0, 0, 0, 0], verified: 0 });
  });

  it('refuses a rating outside 1..5 (a bug upstream must not corrupt the totals)', () => {
    expect(() => RatingDeltas.added(0)).toThrow(RangeError);
    expect(() => RatingDeltas.changed(2, 6)).toThrow(RangeError);
    expect(() => RatingDeltas.removed(2.5)).toThrow(RangeError);
  });

  it('creates a row only from a delta that adds a review and takes nothing', () => {
    expect(mayCreateRow(RatingDeltas.added(3))).toBe(true);
    expect(mayCreateRow(RatingDeltas.verification(true))).toBe(false);
    expect(mayCreateRow(RatingDeltas.changed(1, 2))).toBe(false);
    expect(mayCreateRow(RatingDeltas.none())).toBe(false);
  });
});

describe('averages and summaries', () => {
  it('rounds the mean half up to 2 decimals, and has none for no ratings', () => {
    expect(averageOf(13, 3)).toBe(4.33);
    expect(averageOf(14, 3)).toBe(4.67);
    expect(averageOf(33, 8)).toBe(4.13); // 4.125
    expect(averageOf(5, 1)).toBe(5);
    expect(averageOf(0, 0)).toBeNull();
  });

  it('summarises stored totals, and a subject never rated as count 0', () => {
    expect(summaryOf({ count: 3, sum: 11, stars: [0, 0, 1, 2, 0], verified: 1, version: 7 })).toEqual({
      average: 3.67,
      count: 3,
      distribution: [0, 0, 1, 2, 0],
    });
    expect(summaryOf(null)).toEqual({ average: null, count: 0, distribution: [0, 0, 0, 0, 0] });
  });
});
