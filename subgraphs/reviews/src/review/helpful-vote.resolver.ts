import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { ReviewsContext } from '../context';
import type { ReviewEntity } from './review.entity';
import { Review } from './review.type';

@Resolver(() => Review)
export class HelpfulVoteResolver {
  @Mutation(() => Review, {
    description:
      'Marks a review helpful (signed in; once per reader: voting again changes nothing; not your own review)',
  })
  markReviewHelpful(
    @Arg('id', () => ID, { description: 'The review' }) id: string,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReviewEntity> {
    return ctx.services.votes.markHelpful(ctx, id);
  }
}
