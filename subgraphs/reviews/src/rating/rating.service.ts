import type { DataSource } from 'typeorm';
import type { RatingKind, RatingTotals } from './rating-aggregate';
import { findRatingTotals } from './rating-aggregate.store';

/** Reads rating totals for a whole request at once (DataLoader batches). */
export class RatingService {
  constructor(private readonly dataSource: DataSource) {}

  /** Totals of each subject in the order asked; null for a subject never rated. One query. */
  async totals(kind: RatingKind, subjectIds: readonly string[]): Promise<(RatingTotals | null)[]> {
    const found = await findRatingTotals(this.dataSource.manager, kind, subjectIds);
    return subjectIds.map((id) => found.get(id) ?? null);
  }
}
