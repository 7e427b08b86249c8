import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ReviewsContext } from '../context';
import { User } from '../federation/federated-types';
import { reviewConnection } from './review-connection';
import { ReviewListArguments } from './review.args';
import { ReviewConnection } from './review.type';

/** The reviews an account wrote (public, like the reviews themselves). */
@Resolver(() => User)
export class UserReviewsResolver {
  @FieldResolver(() => ReviewConnection, {
    nullable: true,
    description: 'The reviews this account wrote, newest first by default',
  })
  reviews(
    @Root() user: User,
    @Args() args: ReviewListArguments,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReviewConnection> {
    return reviewConnection(ctx, 'author', user.id, args, (id) => ctx.loaders.reviewCountByAuthor.load(id));
  }
}
