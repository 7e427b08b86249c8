import type { EntityManager } from 'typeorm';
import type { ReviewEntity } from '../review/review.entity';

export type ModerationAction = 'DELETE' | 'DISMISS_REPORTS';

/**
 * The audit trail of moderation (table `moderation_actions`): who did what to which review, why,
 * and the review as it was then, since a deleted review is gone from `reviews`. Written in the
 * transaction of the action itself.
 */
export const ModerationLog = {
  async record(
    manager: EntityManager,
    entry: { action: ModerationAction; reason: string; moderatorId: string; review: ReviewEntity },
  ): Promise<void> {
    const { review } = entry;
    const snapshot = {
      id: review.id,
      productId: review.productId,
      authorId: review.authorId,
      rating: review.rating,
      comment: review.comment,
      verifiedPurchase: review.verifiedPurchase,
      helpfulCount: review.helpfulCount,
      openReports: review.openReports,
      createdAt: review.createdAt.toISOString(),
      updatedAt: review.updatedAt.toISOString(),
    };
    await manager.query(
      `INSERT INTO moderation_actions (review_id, action, reason, moderator_id, review_snapshot)
       VALUES ($1, $2, $3, $4, $5::jsonb)`,
      [review.id, entry.action, entry.reason, entry.moderatorId, JSON.stringify(snapshot)],
    );
  },
};
