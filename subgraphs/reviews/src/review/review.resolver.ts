import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { validate } from '@commerce/errors';
import { PublicFor } from '@commerce/graphql';
import type { ReviewsContext } from '../context';
import { Product, productRef, User, userRef } from '../federation/federated-types';
import { reviewConnection } from './review-connection';
import type { ReviewEntity } from './review.entity';
import { ReviewListArguments } from './review.args';
import { Review, ReviewConnection } from './review.type';
import { idRule } from './review.validation';

/** Reviews by id or by product, and the author's writes: validation and rules live in the services. */
@Resolver(() => Review)
export class ReviewResolver {
  @PublicFor()
  @Query(() => Review, { nullable: true, description: 'A review by id; null when there is none' })
  review(
    @Arg('id', () => ID, { description: 'The review' }) id: string,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReviewEntity | null> {
    return ctx.loaders.reviewById.load(validate(idRule('review'), id, 'id'));
  }

  @PublicFor()
  @Query(() => ReviewConnection, {
    nullable: true,
    description: "A product's reviews, newest first by default",
  })
  reviews(
    @Arg('productId', () => ID, { description: 'The product' }) productId: string,
    @Args() args: ReviewListArguments,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReviewConnection> {
    return reviewConnection(ctx, 'product', productId, args, async (id) => {
      return (await ctx.loaders.productRating.load(id))?.count ?? 0;
    });
  }

  @Mutation(() => Review, {
    description:
      'Reviews a product (signed in; once per buyer and product, CONFLICT after that; not your own product)',
  })
  createReview(
    @Arg('productId', () => ID, { description: 'The product reviewed' }) productId: string,
    @Arg('rating', () => Int, { description: 'Stars, 1 to 5' }) rating: number,
    @Arg('comment', () => String, { nullable: true, description: 'Plain text, at most 5000 characters' })
    comment: string | null | undefined,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReviewEntity> {
    return ctx.services.reviews.create(ctx, { productId, rating, comment });
  }

  @Mutation(() => Review, {
    description: 'Changes your review: its rating, its comment (null removes it), or both',
  })
  updateReview(
    @Arg('id', () => ID, { description: 'Your review' }) id: string,
    @Arg('rating', () => Int, { nullable: true, description: 'New stars, 1 to 5; absent keeps them' })
    rating: number | null | undefined,
    @Arg('comment', () => String, {
      nullable: true,
      description: 'New comment; absent keeps it, null or blank removes it',
    })
    comment: string | null | undefined,
    @Ctx() ctx: ReviewsContext,
  ): Promise<ReviewEntity> {
    return ctx.services.reviews.update(ctx, { id, rating, comment });
  }

  @Mutation(() => Boolean, {
    description: "Deletes your review; an ADMIN deletes anyone's review with a reason (moderation)",
  })
  deleteReview(
    @Arg('id', () => ID, { description: 'The review' }) id: string,
    @Arg('reason', () => String, {
      nullable: true,
      description: "Why (required when an admin deletes someone else's review; kept in the moderation log)",
    })
    reason: string | null | undefined,
    @Ctx() ctx: ReviewsContext,
  ): Promise<boolean> {
    return ctx.services.reviews.delete(ctx, { id, reason });
  }

  @FieldResolver(() => User, { description: 'Who wrote the review' })
  author(@Root() review: ReviewEntity): User {
    return userRef(review.authorId);
  }

  @FieldResolver(() => Product, { description: 'The product reviewed' })
  product(@Root() review: ReviewEntity): Product {
    return productRef(review.productId);
  }
}

/** `totalCount` is counted only when selected (for a product it comes from its rating totals). */
@Resolver(() => ReviewConnection)
export class ReviewConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many reviews the whole list has' })
  totalCount(@Root() connection: ReviewConnection): Promise<number> {
    return connection.count();
  }
}
