import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@commerce/graphql';
import {
  ModerationResolver,
  ReportedReviewConnectionResolver,
  ReviewReportResolver,
} from './moderation/moderation.resolver';
import { HelpfulVoteResolver } from './review/helpful-vote.resolver';
import { ProductReviewsResolver } from './review/product-reviews.resolver';
import { resolveReviewReference } from './review/review.reference';
import { ReviewConnectionResolver, ReviewResolver } from './review/review.resolver';
import { Review } from './review/review.type';
import { UserReviewsResolver } from './review/user-reviews.resolver';
import { SellerRatingResolver, SellerReviewResolver } from './seller-review/seller-review.resolver';
import { Product, resolveIdReference, User } from './federation/federated-types';

/**
 * The reviews subgraph schema. It needs no database: resolvers reach services through the request
 * context, so `npm run compose` can print the SDL without starting anything.
 */
export function buildReviewsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      ReviewResolver,
      ReviewConnectionResolver,
      HelpfulVoteResolver,
      ProductReviewsResolver,
      UserReviewsResolver,
      SellerReviewResolver,
      SellerRatingResolver,
      ModerationResolver,
      ReviewReportResolver,
      ReportedReviewConnectionResolver,
    ],
    // Reached through federation (Product.reviews, User.sellerRating, Review references).
    orphanedTypes: [Product, User, Review],
    references: {
      Review: { __resolveReference: resolveReviewReference },
      Product: { __resolveReference: resolveIdReference },
      User: { __resolveReference: resolveIdReference },
    },
  });
}
