import { DataSource, In } from 'typeorm';
import { entityFromRow } from '@commerce/database';
import type { ReviewPosition } from './review-cursor';
import { ReviewEntity } from './review.entity';
import { ReviewOrder } from './review-order';

/** Whose reviews a page lists: a product's, or an author's. */
export type ReviewListScope = 'product' | 'author';

/** One page of one list: the `limit` reviews after `position` (from the start when null). */
export interface ReviewPageRequest {
  scope: ReviewListScope;
  parentId: string;
  limit: number;
  position: ReviewPosition | null;
  order: ReviewOrder;
}

export interface ReviewPage {
  items: ReviewEntity[];
  hasNextPage: boolean;
}

const SCOPE_COLUMN: Record<ReviewListScope, string> = { product: 'product_id', author: 'author_id' };

const ORDER_BY: Record<ReviewOrder, string> = {
  [ReviewOrder.NEWEST]: 'created_at DESC, id DESC',
  [ReviewOrder.MOST_HELPFUL]: 'helpful_count DESC, created_at DESC, id DESC',
};

/** Keyset conditions ($3 createdAt, $4 id, $5 helpfulCount), matching the indexes' column order. */
const AFTER: Record<ReviewOrder, string> = {
  [ReviewOrder.NEWEST]: '(created_at, id) < ($3::timestamptz, $4::uuid)',
  [ReviewOrder.MOST_HELPFUL]: '(helpful_count, created_at, id) < ($5::int, $3::timestamptz, $4::uuid)',
};

/** Reads of reviews, each shaped to serve a whole GraphQL request in one statement. */
export class ReviewReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Reviews by id, in no particular order; unknown ids are absent. */
  findByIds(ids: readonly string[]): Promise<ReviewEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(ReviewEntity).findBy({ id: In([...ids]) });
  }

  /**
   * Pages of many lists: requests that differ only in `parentId` (the first page of 20 products'
   * reviews) are answered by ONE statement, a lateral join that reads each product's page from its
   * index. Answers in the order of `requests`.
   */
  async findPages(requests: readonly ReviewPageRequest[]): Promise<ReviewPage[]> {
    const groups = new Map<string, ReviewPageRequest[]>();
    for (const request of requests) {
      const { parentId: _parentId, ...shape } = request;
      const key = JSON.stringify(shape);
      groups.set(key, [...(groups.get(key) ?? []), request]);
    }
    const pages = new Map<ReviewPageRequest, ReviewPage>();
    await Promise.all(
      [...groups.values()].map(async (group) => {
        const byParent = await this.findGroup(group);
        for (const request of group) {
          const rows = byParent.get(request.parentId) ?? [];
          pages.set(request, {
            items: rows.slice(0, request.limit),
            hasNextPage: rows.length > request.limit,
          });
        }
      }),
    );
    return requests.map((request) => pages.get(request)!);
  }

  /** How many reviews each author wrote (0 for authors without any). */
  async countByAuthors(authorIds: readonly string[]): Promise<number[]> {
    const rows: { author_id: string; count: number }[] = await this.dataSource.query(
      `SELECT author_id, count(*)::int AS count FROM reviews WHERE author_id = ANY($1::uuid[]) GROUP BY author_id`,
      [authorIds],
    );
    const counts = new Map(rows.map((row) => [row.author_id, row.count]));
    return authorIds.map((id) => counts.get(id) ?? 0);
  }

  private async findGroup(group: ReviewPageRequest[]): Promise<Map<string, ReviewEntity[]>> {
    const { scope, limit, position, order } = group[0];
    const column = SCOPE_COLUMN[scope];
    const parameters: unknown[] = [[...new Set(group.map((request) => request.parentId))], limit + 1];
    if (position) {
      parameters.push(position.createdAt, position.id);
      if (order === ReviewOrder.MOST_HELPFUL) parameters.push(position.helpfulCount);
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT r.* FROM unnest($1::uuid[]) WITH ORDINALITY AS parent(parent_id, n)
       CROSS JOIN LATERAL (
         SELECT * FROM reviews WHERE ${column} = parent.parent_id ${position ? `AND ${AFTER[order]}` : ''}
         ORDER BY ${ORDER_BY[order]} LIMIT $2
       ) r
       ORDER BY parent.n, ${ORDER_BY[order]}`,
      parameters,
    );
    const byParent = new Map<string, ReviewEntity[]>();
    for (const row of rows) {
      const review = entityFromRow(this.dataSource.manager, ReviewEntity, row);
      const parentId = scope === 'product' ? review.productId : review.authorId;
      byParent.set(parentId, [...(byParent.get(parentId) ?? []), review]);
    }
    return byParent;
  }
}
