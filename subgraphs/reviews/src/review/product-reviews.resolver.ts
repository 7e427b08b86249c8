import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isUuid } from '@commerce/runtime';
import type { ReviewsContext } from '../context';
import { RatingSummaryView, summaryOf } from '../rating/rating-aggregate';
import { RatingSummary } from '../rating/rating.type';
import { Product } from '../federation/federated-types';
import { reviewConnection } from './review-connection';
import { ReviewListArguments } from './review.args';
import { ReviewConnection } from './review.type';

/**
 * What reviews adds to catalog's Product. Both fields go through per-request loaders, so a search
 * page of 20 products costs one query for their ratings and one for their first reviews.
 */
@Resolver(() => Product)
export class ProductReviewsResolver {
  @FieldResolver(() => ReviewConnection, {
    nullable: true,
    description: "The product's reviews, newest first by default",
  })
  reviews(
    @Root() product: Product,
    @Args() args: ReviewListArguments,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReviewConnection> {
    return reviewConnection(ctx, 'product', product.id, args, async (id) => {
      return (await ctx.loaders.productRating.load(id))?.count ?? 0;
    });
  }

  @FieldResolver(() => RatingSummary, {
    nullable: true,
    description: "The product's rating from its reviews (count 0 and a null average when none yet)",
  })
  async rating(@Root() product: Product, @Ctx() ctx: ReviewsContext): Promise<RatingSummaryView> {
    if (!isUuid(product.id)) return summaryOf(null);
    return summaryOf(await ctx.loaders.productRating.load(product.id.toLowerCase()));
  }
}
