import type { DataSource } from 'typeorm';
import { requireRole, requireUser, RequestContext, Role } from '@commerce/auth';
import { entityFromRow, returningRows } from '@commerce/database';
import { badInput, conflict, forbidden, notFound, validate } from '@commerce/errors';
import { decodeCursor, encodeCursor, pageSize } from '@commerce/graphql';
import { isUuid } from '@commerce/runtime';
import { ReviewEntity } from '../review/review.entity';
import { ModerationLog } from './moderation-log';
import { dismissRule, DismissInput, reportRule, ReportInput } from './moderation.validation';

/** An open report, as a moderator reads it. */
export interface OpenReport {
  reviewId: string;
  reporterId: string;
  reason: string;
  reportedAt: Date;
}

/** A page of the moderation queue: reviews with open reports, the longest waiting first. */
export interface ModerationQueuePage {
  items: ReviewEntity[];
  hasNextPage: boolean;
  count: () => Promise<number>;
}

/**
 * Reports and the moderation queue. A signed-in reader reports a review (once while the report is
 * open); ADMINs read the queue and either delete the review (ReviewService.delete, with a reason) or
 * dismiss its reports (with a reason). Both are kept in the moderation log.
 */
export class ModerationService {
  constructor(private readonly dataSource: DataSource) {}

  /** Queues the review for moderation; reporting it again while the report is open changes nothing. */
  async report(ctx: RequestContext, raw: ReportInput): Promise<boolean> {
    const reporter = requireUser(ctx);
    const { id, reason } = validate(reportRule, raw);
    const rows = await returningRows<{ id: string }>(
      this.dataSource,
      `WITH report AS (
         INSERT INTO review_reports (review_id, reporter_id, reason)
         SELECT id, $2, $3 FROM reviews WHERE id = $1 AND author_id <> $2
         ON CONFLICT (review_id, reporter_id) WHERE resolved_at IS NULL DO NOTHING
         RETURNING review_id)
       UPDATE reviews SET open_reports = open_reports + 1,
         first_open_report_at = coalesce(first_open_report_at, now())
       WHERE id IN (SELECT review_id FROM report)
       RETURNING id`,
      [id, reporter.id, reason],
    );
    if (rows.length > 0) return true;
    const review = await this.dataSource.getRepository(ReviewEntity).findOneBy({ id });
    if (!review) throw notFound('Review');
    if (review.authorId === reporter.id) throw forbidden('You cannot report your own review');
    return true; // already reported by this reader, still open
  }

  /** ADMIN: reviews with open reports, oldest first report first (FIFO), keyset-paginated. */
  async queue(ctx: RequestContext, first: number | null, after: string | null): Promise<ModerationQueuePage> {
    requireRole(ctx, Role.ADMIN);
    const limit = pageSize(first);
    const position = decodeQueueCursor(after);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT * FROM reviews WHERE open_reports > 0
         ${position ? 'AND (first_open_report_at, id) > ($2::timestamptz, $3::uuid)' : ''}
       ORDER BY first_open_report_at, id LIMIT $1`,
      position ? [limit + 1, position.at, position.id] : [limit + 1],
    );
    const reviews = rows.map((row) => entityFromRow(this.dataSource.manager, ReviewEntity, row));
    return {
      items: reviews.slice(0, limit),
      hasNextPage: reviews.length > limit,
      count: async () => {
        const [{ count }] = await this.dataSource.query(
          `SELECT count(*)::int AS count FROM reviews WHERE open_reports > 0`,
        );
        return count;
      },
    };
  }

  /** The open reports of many reviews in one query, oldest first; in the order of `reviewIds`. */
  async openReports(reviewIds: readonly string[]): Promise<OpenReport[][]> {
    const rows: { review_id: string; reporter_id: string; reason: string; created_at: Date }[] =
      await this.dataSource.query(
        `SELECT review_id, reporter_id, reason, created_at FROM review_reports
         WHERE review_id = ANY($1::uuid[]) AND resolved_at IS NULL ORDER BY created_at, id`,
        [reviewIds],
      );
    const byReview = new Map<string, OpenReport[]>();
    for (const row of rows) {
      const report = {
        reviewId: row.review_id,
        reporterId: row.reporter_id,
        reason: row.reason,
        reportedAt: row.created_at,
      };
      byReview.set(row.review_id, [...(byReview.get(row.review_id) ?? []), report]);
    }
    return reviewIds.map((id) => byReview.get(id) ?? []);
  }

  /** ADMIN: the review stays; its open reports are closed, with the reason in the moderation log. */
  async dismissReports(ctx: RequestContext, raw: DismissInput): Promise<ReviewEntity> {
    const moderator = requireRole(ctx, Role.ADMIN);
    const { id, reason } = validate(dismissRule, raw);
    return this.dataSource.transaction(async (manager) => {
      const review = await manager
        .getRepository(ReviewEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!review) throw notFound('Review');
      if (review.openReports === 0) throw conflict('The review has no open reports');
      await manager.query(
        `UPDATE review_reports SET resolved_at = now() WHERE review_id = $1 AND resolved_at IS NULL`,
        [id],
      );
      const [row] = await returningRows<Record<string, unknown>>(
        manager,
        `UPDATE reviews SET open_reports = 0, first_open_report_at = NULL WHERE id = $1 RETURNING *`,
        [id],
      );
      await ModerationLog.record(manager, {
        action: 'DISMISS_REPORTS',
        reason,
        moderatorId: moderator.id,
        review,
      });
      return entityFromRow(manager, ReviewEntity, row);
    });
  }
}

export function encodeQueueCursor(review: ReviewEntity): string {
  return encodeCursor([review.firstOpenReportAt!.toISOString(), review.id]);
}

function decodeQueueCursor(cursor: string | null): { at: Date; id: string } | null {
  const position = decodeCursor(cursor, 2);
  if (!position) return null;
  const at = typeof position[0] === 'string' ? new Date(position[0]) : new Date(NaN);
  if (Number.isNaN(at.getTime()) || !isUuid(position[1])) {
    throw badInput('after is not a valid cursor', { field: 'after' });
  }
  return { at, id: position[1].toLowerCase() };
}
