import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { isUuid } from '@commerce/runtime';
import type { ReviewsContext } from '../context';
import { RatingSummaryView, summaryOf } from '../rating/rating-aggregate';
import { RatingSummary } from '../rating/rating.type';
import { User, userRef } from '../federation/federated-types';
import type { SellerReviewEntity } from './seller-review.entity';
import { SellerReview } from './seller-review.type';

@Resolver(() => SellerReview)
export class SellerReviewResolver {
  @Mutation(() => SellerReview, {
    description: 'Rates the seller of your delivered order (once per order and seller)',
  })
  rateSeller(
    @Arg('orderId', () => ID, { description: 'Your delivered order' }) orderId: string,
    @Arg('sellerId', () => ID, { description: 'A seller of that order' }) sellerId: string,
    @Arg('rating', () => Int, { description: 'Stars, 1 to 5' }) rating: number,
    @Arg('comment', () => String, { nullable: true, description: 'Plain text, at most 5000 characters' })
    comment: string | null | undefined,
    @Ctx() ctx: ReviewsContext,
  ): Promise<SellerReviewEntity> {
    return ctx.services.sellerReviews.rate(ctx, { orderId, sellerId, rating, comment });
  }

  @FieldResolver(() => User, { description: 'The seller rated' })
  seller(@Root() review: SellerReviewEntity): User {
    return userRef(review.sellerId);
  }

  @FieldResolver(() => User, { description: 'The buyer who rated' })
  author(@Root() review: SellerReviewEntity): User {
    return userRef(review.authorId);
  }
}

@Resolver(() => User)
export class SellerRatingResolver {
  @FieldResolver(() => RatingSummary, {
    nullable: true,
    description: 'How buyers rate this account as a seller; null when it has no seller ratings',
  })
  async sellerRating(@Root() user: User, @Ctx() ctx: ReviewsContext): Promise<RatingSummaryView | null> {
    if (!isUuid(user.id)) return null;
    const totals = await ctx.loaders.sellerRating.load(user.id.toLowerCase());
    return totals && totals.count > 0 ? summaryOf(totals) : null;
  }
}
