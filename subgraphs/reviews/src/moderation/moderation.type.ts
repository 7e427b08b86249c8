import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '@commerce/graphql';

@ObjectType({ description: "A reader's report of a review, waiting for a moderator" })
export class ReviewReport {
  @Field({ description: 'Why the reader reported it' })
  reason!: string;

  @Field({ description: 'When it was reported' })
  reportedAt!: Date;
}

/** Resolved from ReviewEntity (see ModerationResolver). */
@ObjectType({ description: 'A review in the moderation queue, with its open reports' })
export class ReportedReview {
  @Field(() => Int, { description: 'Reports no moderator has handled yet' })
  openReports!: number;
}

@ObjectType({ description: 'A reported review in the queue, with the cursor to continue after it' })
export class ReportedReviewEdge {
  @Field({ description: 'Opaque position; pass it as `after` to get the reviews after it' })
  cursor!: string;

  @Field(() => ReportedReview, { description: 'The reported review' })
  node!: ReportedReview;
}

/** `totalCount` is resolved from `count`, only when selected. */
@ObjectType({ description: 'A page of the moderation queue (Relay connection), longest waiting first' })
export class ReportedReviewConnection {
  @Field(() => [ReportedReviewEdge], { description: 'The reported reviews of this page' })
  edges!: ReportedReviewEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole queue' })
  pageInfo!: PageInfo;

  count!: () => Promise<number>;
}
