import type { DataSource } from 'typeorm';
import { requireUser, RequestContext } from '@commerce/auth';
import { entityFromRow, returningRows } from '@commerce/database';
import { forbidden, notFound, validate } from '@commerce/errors';
import { ReviewEntity } from './review.entity';
import { idRule } from './review.validation';

/**
 * "Was this review helpful?": one vote per signed-in reader and review. A second vote changes
 * nothing (idempotent: the client may retry); the author cannot vote for its own review.
 */
export class HelpfulVoteService {
  constructor(private readonly dataSource: DataSource) {}

  async markHelpful(ctx: RequestContext, rawId: string): Promise<ReviewEntity> {
    const voter = requireUser(ctx);
    const id = validate(idRule('review'), rawId, 'id');
    // One statement: the vote and the count move together or not at all, and the primary key of
    // the votes makes a repeated (or concurrent) vote insert nothing, hence count nothing.
    const rows = await returningRows<Record<string, unknown>>(
      this.dataSource,
      `WITH vote AS (
         INSERT INTO review_helpful_votes (review_id, voter_id)
         SELECT id, $2 FROM reviews WHERE id = $1 AND author_id <> $2
         ON CONFLICT DO NOTHING
         RETURNING review_id)
       UPDATE reviews SET helpful_count = helpful_count + 1
       WHERE id IN (SELECT review_id FROM vote)
       RETURNING *`,
      [id, voter.id],
    );
    if (rows.length > 0) return entityFromRow(this.dataSource.manager, ReviewEntity, rows[0]);
    const review = await this.dataSource.getRepository(ReviewEntity).findOneBy({ id });
    if (!review) throw notFound('Review');
    if (review.authorId === voter.id) throw forbidden('You cannot vote for your own review');
    return review; // already voted: nothing more to count
  }
}
