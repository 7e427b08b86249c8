import type { EntityManager } from 'typeorm';
import { returningRows } from '@commerce/database';
import { mayCreateRow, RatingDelta, RatingKind, RatingTotals, StarCounts } from './rating-aggregate';

const TOTALS = `review_count, rating_sum, stars_1, stars_2, stars_3, stars_4, stars_5, verified_count, version`;

interface TotalsRow {
  subject_id: string;
  review_count: number;
  rating_sum: number;
  stars_1: number;
  stars_2: number;
  stars_3: number;
  stars_4: number;
  stars_5: number;
  verified_count: number;
  version: number;
}

function totalsOf(row: TotalsRow): RatingTotals {
  const stars: StarCounts = [row.stars_1, row.stars_2, row.stars_3, row.stars_4, row.stars_5];
  return {
    count: row.review_count,
    sum: row.rating_sum,
    stars,
    verified: row.verified_count,
    version: row.version,
  };
}

function parameters(delta: RatingDelta): number[] {
  return [delta.count, delta.sum, ...delta.stars, delta.verified];
}

/**
 * Applies `delta` to a subject's totals in ONE statement inside the caller's transaction, and answers
 * the totals after it with the version bumped by one. The row lock this takes serialises concurrent
 * writers of one subject, so increments are never lost; the table's CHECKs refuse totals that do not
 * add up. A new review creates the row when missing (INSERT ... ON CONFLICT); any other delta needs
 * it (a review being changed, verified or removed was counted in it). PostgreSQL checks the row an
 * INSERT proposes before it sees the conflict, so only a delta that is a valid row of its own may go
 * that way.
 */
export async function applyRatingDelta(
  manager: EntityManager,
  kind: RatingKind,
  subjectId: string,
  delta: RatingDelta,
): Promise<RatingTotals> {
  const rows = mayCreateRow(delta)
    ? await returningRows<TotalsRow>(
        manager,
        `INSERT INTO rating_aggregates AS a (subject_kind, subject_id, ${TOTALS})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1)
         ON CONFLICT (subject_kind, subject_id) DO UPDATE SET
           review_count = a.review_count + EXCLUDED.review_count,
           rating_sum = a.rating_sum + EXCLUDED.rating_sum,
           stars_1 = a.stars_1 + EXCLUDED.stars_1,
           stars_2 = a.stars_2 + EXCLUDED.stars_2,
           stars_3 = a.stars_3 + EXCLUDED.stars_3,
           stars_4 = a.stars_4 + EXCLUDED.stars_4,
           stars_5 = a.stars_5 + EXCLUDED.stars_5,
           verified_count = a.verified_count + EXCLUDED.verified_count,
           version = a.version + 1,
           updated_at = now()
         RETURNING subject_id, ${TOTALS}`,
        [kind, subjectId, ...parameters(delta)],
      )
    : await returningRows<TotalsRow>(
        manager,
        `UPDATE rating_aggregates SET
           review_count = review_count + $3, rating_sum = rating_sum + $4,
           stars_1 = stars_1 + $5, stars_2 = stars_2 + $6, stars_3 = stars_3 + $7,
           stars_4 = stars_4 + $8, stars_5 = stars_5 + $9,
           verified_count = verified_count + $10, version = version + 1, updated_at = now()
         WHERE subject_kind = $1 AND subject_id = $2
         RETURNING subject_id, ${TOTALS}`,
        [kind, subjectId, ...parameters(delta)],
      );
  if (rows.length === 0) throw new Error(`no ${kind} rating totals for ${subjectId} to change`);
  return totalsOf(rows[0]);
}

/** The totals of many subjects in one query; subjects never rated are absent from the map. */
export async function findRatingTotals(
  manager: EntityManager,
  kind: RatingKind,
  subjectIds: readonly string[],
): Promise<Map<string, RatingTotals>> {
  if (subjectIds.length === 0) return new Map();
  const rows: TotalsRow[] = await manager.query(
    `SELECT subject_id, ${TOTALS} FROM rating_aggregates
     WHERE subject_kind = $1 AND subject_id = ANY($2::uuid[])`,
    [kind, subjectIds],
  );
  return new Map(rows.map((row) => [row.subject_id, totalsOf(row)]));
}
