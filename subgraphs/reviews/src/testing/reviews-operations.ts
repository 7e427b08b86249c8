import { graphql, GraphQLResponse } from '@commerce/testing';

/** GraphQL documents of the reviews subgraph's operations, as the gateway would send them. */
const REVIEW_FIELDS = `
  fragment ReviewFields on Review {
    id rating comment verifiedPurchase helpfulCount createdAt updatedAt author { id } product { id }
  }`;

const CONNECTION_FIELDS = `totalCount edges { cursor node { ...ReviewFields } } pageInfo { hasNextPage endCursor }`;

export interface ReviewData {
  id: string;
  rating: number;
  comment: string | null;
  verifiedPurchase: boolean;
  helpfulCount: number;
  createdAt: string;
  updatedAt: string;
  author: { id: string };
  product: { id: string };
}

export interface ReviewConnectionData {
  totalCount: number;
  edges: { cursor: string; node: ReviewData }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface RatingSummaryData {
  average: number | null;
  count: number;
  distribution: number[];
}

export interface SellerReviewData {
  id: string;
  rating: number;
  comment: string | null;
  createdAt: string;
  seller: { id: string };
  author: { id: string };
}

export interface ReportedReviewData {
  openReports: number;
  firstReportedAt: string;
  review: { id: string };
  reports: { reason: string; reportedAt: string; reporter: { id: string } }[];
}

/** A typed client of one caller (anonymous without a token) on the reviews subgraph. */
export function reviewsClient(url: string, token?: string) {
  const send = <T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> =>
    graphql<T, Record<string, unknown>>(url, query, variables, { token });
  return {
    createReview: (variables: { productId: string; rating: number; comment?: string | null }) =>
      send<{ createReview: ReviewData }>(
        `mutation ($productId: ID!, $rating: Int!, $comment: String) {
           createReview(productId: $productId, rating: $rating, comment: $comment) { ...ReviewFields } }
         ${REVIEW_FIELDS}`,
        variables,
      ),
    updateReview: (variables: { id: string; rating?: number | null; comment?: string | null }) =>
      send<{ updateReview: ReviewData }>(
        `mutation ($id: ID!, $rating: Int, $comment: String) {
           updateReview(id: $id, rating: $rating, comment: $comment) { ...ReviewFields } }
         ${REVIEW_FIELDS}`,
        variables,
      ),
    deleteReview: (id: string, reason?: string | null) =>
      send<{ deleteReview: boolean }>(
        `mutation ($id: ID!, $reason: String) { deleteReview(id: $id, reason: $reason) }`,
        { id, reason },
      ),
    review: (id: string) =>
      send<{ review: ReviewData | null }>(
        `query ($id: ID!) { review(id: $id) { ...ReviewFields } } ${REVIEW_FIELDS}`,
        {
          id,
        },
      ),
    reviews: (variables: { productId: string; first?: number; after?: string | null; orderBy?: string }) =>
      send<{ reviews: ReviewConnectionData }>(
        `query ($productId: ID!, $first: Int, $after: String, $orderBy: ReviewOrder) {
           reviews(productId: $productId, first: $first, after: $after, orderBy: $orderBy) { ${CONNECTION_FIELDS} } }
         ${REVIEW_FIELDS}`,
        variables,
      ),
    /** Product fields as the gateway fetches them: `_entities` with Product representations. */
    products: (
      ids: string[],
      selection = `rating { average count distribution } reviews(first: 3) { ${CONNECTION_FIELDS} }`,
    ) =>
      send<{
        _entities: ({ id: string; rating: RatingSummaryData; reviews: ReviewConnectionData } | null)[];
      }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id ${selection} } } }
         ${selection.includes('ReviewFields') ? REVIEW_FIELDS : ''}`,
        { r: ids.map((id) => ({ __typename: 'Product', id })) },
      ),
    /** User fields as the gateway fetches them. */
    users: (ids: string[], selection: string) =>
      send<{ _entities: Record<string, unknown>[] }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id ${selection} } } }
         ${selection.includes('ReviewFields') ? REVIEW_FIELDS : ''}`,
        { r: ids.map((id) => ({ __typename: 'User', id })) },
      ),
    markHelpful: (id: string) =>
      send<{ markReviewHelpful: ReviewData }>(
        `mutation ($id: ID!) { markReviewHelpful(id: $id) { ...ReviewFields } } ${REVIEW_FIELDS}`,
        { id },
      ),
    report: (id: string, reason: string) =>
      send<{ reportReview: boolean }>(
        `mutation ($id: ID!, $reason: String!) { reportReview(id: $id, reason: $reason) }`,
        {
          id,
          reason,
        },
      ),
    reportedReviews: (first?: number, after?: string | null) =>
      send<{
        reportedReviews: {
          totalCount: number;
          edges: { cursor: string; node: ReportedReviewData }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      }>(
        `query ($first: Int, $after: String) { reportedReviews(first: $first, after: $after) {
           totalCount pageInfo { hasNextPage endCursor }
           edges { cursor node { openReports firstReportedAt review { id } reports { reason reportedAt reporter { id } } } } } }`,
        { first, after },
      ),
    dismissReports: (id: string, reason: string) =>
      send<{ dismissReviewReports: ReviewData }>(
        `mutation ($id: ID!, $reason: String!) { dismissReviewReports(id: $id, reason: $reason) { ...ReviewFields } }
         ${REVIEW_FIELDS}`,
        { id, reason },
      ),
    rateSeller: (variables: { orderId: string; sellerId: string; rating: number; comment?: string | null }) =>
      send<{ rateSeller: SellerReviewData }>(
        `mutation ($orderId: ID!, $sellerId: ID!, $rating: Int!, $comment: String) {
           rateSeller(orderId: $orderId, sellerId: $sellerId, rating: $rating, comment: $comment) {
             id rating comment createdAt seller { id } author { id } } }`,
        variables,
      ),
  };
}

export type ReviewsClient = ReturnType<typeof reviewsClient>;
