import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ReviewsContext } from '../context';
import type { ReviewEntity } from '../review/review.entity';
import { Review } from '../review/review.type';
import { User, userRef } from '../federation/federated-types';
import { encodeQueueCursor, OpenReport } from './moderation.service';
import { ReportedReview, ReportedReviewConnection, ReviewReport } from './moderation.type';

/** Reports by readers and the ADMIN moderation queue; rules live in ModerationService. */
@Resolver(() => ReportedReview)
export class ModerationResolver {
  @Mutation(() => Boolean, {
    description:
      'Reports a review to the moderators (signed in; reporting it again while your report is open changes nothing)',
  })
  reportReview(
    @Arg('id', () => ID, { description: 'The review' }) id: string,
    @Arg('reason', { description: 'Why it should be moderated (at most 1000 characters)' }) reason: string,
    @Ctx() ctx: ReviewsContext,
  ): Promise<boolean> {
    return ctx.services.moderation.report(ctx, { id, reason });
  }

  @Query(() => ReportedReviewConnection, {
    nullable: true,
    description: 'ADMIN: reviews with open reports, the longest waiting first',
  })
  async reportedReviews(
    @Arg('first', () => Int, { nullable: true, description: '1-100, default 20' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page' })
    after: string | null,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReportedReviewConnection> {
    const page = await ctx.services.moderation.queue(ctx, first, after);
    const edges = page.items.map((review) => ({
      cursor: encodeQueueCursor(review),
      node: review,
    }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      count: page.count,
    };
  }

  @Mutation(() => Review, {
    description: 'ADMIN: keeps the review and closes its open reports; the reason goes to the moderation log',
  })
  dismissReviewReports(
    @Arg('id', () => ID, { description: 'The reported review' }) id: string,
    @Arg('reason', { description: 'Why the review stays (at most 1000 characters)' }) reason: string,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReviewEntity> {
    return ctx.services.moderation.dismissReports(ctx, { id, reason });
  }

  @FieldResolver(() => Review, { description: 'The review reported' })
  review(@Root() review: ReviewEntity): ReviewEntity {
    return review;
  }

  @FieldResolver(() => Date, { description: 'When the first of its open reports came in' })
  firstReportedAt(@Root() review: ReviewEntity): Date {
    return review.firstOpenReportAt!;
  }

  @FieldResolver(() => [ReviewReport], { description: 'Its open reports, oldest first' })
  reports(@Root() review: ReviewEntity, @Ctx() ctx: ReviewsContext): Promise<OpenReport[]> {
    return ctx.loaders.openReports.load(review.id);
  }
}

@Resolver(() => ReviewReport)
export class ReviewReportResolver {
  @FieldResolver(() => User, { description: 'The reader who reported it' })
  reporter(@Root() report: OpenReport): User {
    return userRef(report.reporterId);
  }
}

@Resolver(() => ReportedReviewConnection)
export class ReportedReviewConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many reviews are waiting in the queue' })
  totalCount(@Root() connection: ReportedReviewConnection): Promise<number> {
    return connection.count();
  }
}
