/**
 * Running rating totals of one subject (a product, or a seller), kept by increments: every review
 * write turns into a {@link RatingDelta} applied in the same transaction, never a recount.
 */
export type RatingKind = 'PRODUCT' | 'SELLER';

/** Counts per star, index 0 = 1 star ... index 4 = 5 stars. */
export type StarCounts = [number, number, number, number, number];

/** What one write adds to (or takes from) a subject's totals. */
export interface RatingDelta {
  count: number;
  sum: number;
  stars: StarCounts;
  /** Reviews by verified buyers (products only). */
  verified: number;
}

/** A subject's totals as stored, with the row version bumped by every change. */
export interface RatingTotals {
  count: number;
  sum: number;
  stars: StarCounts;
  verified: number;
  version: number;
}

/** What `RatingSummary` shows. */
export interface RatingSummaryView {
  /** Mean rating rounded to 2 decimals; null when nothing was rated. */
  average: number | null;
  count: number;
  /** Reviews per star, 1 star first. */
  distribution: StarCounts;
}

const noStars = (): StarCounts => [0, 0, 0, 0, 0];

function star(rating: number, by: number): StarCounts {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5)
    throw new RangeError(`rating ${rating} is not 1..5`);
  const stars = noStars();
  stars[rating - 1] = by;
  return stars;
}

export const RatingDeltas = {
  /** A new review. */
  added(rating: number, verified = false): RatingDelta {
    return { count: 1, sum: rating, stars: star(rating, 1), verified: verified ? 1 : 0 };
  },
  /** A review removed. */
  removed(rating: number, verified = false): RatingDelta {
    return { count: -1, sum: -rating, stars: star(rating, -1), verified: verified ? -1 : 0 };
  },
  /** A review whose rating moved from `from` to `to`. */
  changed(from: number, to: number): RatingDelta {
    const stars = star(from, -1).map((n, i) => n + star(to, 1)[i]) as StarCounts;
    return { count: 0, sum: to - from, stars, verified: 0 };
  },
  /** A review that became verified (true) or lost it (false). */
  verification(verified: boolean): RatingDelta {
    return { count: 0, sum: 0, stars: noStars(), verified: verified ? 1 : -1 };
  },
  /** Nothing but the version moves (a comment edit: consumers still see a newer version). */
  none(): RatingDelta {
    return { count: 0, sum: 0, stars: noStars(), verified: 0 };
  },
};

/**
 * True when the delta adds reviews and takes nothing away: it may be the subject's first, so it may
 * create the subject's row (as a row of its own it must satisfy the table's checks, hence count > 0).
 */
export function mayCreateRow(delta: RatingDelta): boolean {
  return delta.count > 0 && delta.sum >= 0 && delta.verified >= 0 && delta.stars.every((n) => n >= 0);
}

/** The mean of `sum` over `count`, rounded half up to 2 decimals in integer arithmetic; null for 0. */
export function averageOf(sum: number, count: number): number | null {
  if (count === 0) return null;
  return Math.round((sum * 100) / count) / 100;
}

/** The public summary of totals; a subject never rated has count 0 and a null average. */
export function summaryOf(totals: RatingTotals | null | undefined): RatingSummaryView {
  if (!totals) return { average: null, count: 0, distribution: noStars() };
  return {
    average: averageOf(totals.sum, totals.count),
    count: totals.count,
    distribution: [...totals.stars] as StarCounts,
  };
}
