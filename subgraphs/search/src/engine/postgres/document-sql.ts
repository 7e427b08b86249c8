/**
 * Versioned writes for the PostgreSQL adapter: one `INSERT ... ON CONFLICT DO UPDATE` whose SET applies
 * each part of a change only when it is not older than the row's (content by content_version, stock by
 * stock_version, rating by rating_version). The comparison runs in the statement under the row lock,
 * so concurrent writers cannot interleave a read and a write. Column lists are constants, never input.
 */
import type { DocumentChange } from '../document-change';
import { DELETED_STATUS } from '../document-change';

export const LIVE_TABLE = 'search_documents';

const CONTENT_COLUMNS = [
  'seller_id',
  'category_id',
  'category_name',
  'category_ids',
  'category_names',
  'name',
  'description',
  'brand',
  'attribute_values',
  'price',
  'currency',
  'status',
  'created_at',
  'content_version',
];
const STOCK_COLUMNS = ['stock_available', 'stock_version'];
const RATING_COLUMNS = ['rating', 'rating_count', 'rating_version'];
const DOCUMENT_COLUMNS = ['product_id', ...CONTENT_COLUMNS, ...STOCK_COLUMNS, ...RATING_COLUMNS];

const RECORD_TYPES = `product_id text, seller_id text, category_id text, category_name text,
  category_ids text[], category_names text[], name text, description text, brand text,
  attribute_values text[], price bigint, currency text, status text, created_at timestamptz,
  content_version bigint, stock_available integer, stock_version bigint, rating double precision,
  rating_count integer, rating_version bigint`;

/** Rows passed as one JSON parameter ($1): one round trip for a page of a thousand documents. */
export const FROM_JSON = `SELECT ${DOCUMENT_COLUMNS.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${RECORD_TYPES})`;

/** Rows of another table changed since $1 (the reindex catch-up). */
export const fromTableSince = (table: string) =>
  `SELECT ${DOCUMENT_COLUMNS.join(', ')} FROM ${table} WHERE indexed_at >= $1`;

const CONTENT_NEWER =
  '(EXCLUDED.content_version IS NOT NULL AND (d.content_version IS NULL OR d.content_version <= EXCLUDED.content_version))';
const STOCK_NEWER =
  '(EXCLUDED.stock_version IS NOT NULL AND (d.stock_version IS NULL OR d.stock_version <= EXCLUDED.stock_version))';
const RATING_NEWER =
  '(EXCLUDED.rating_version IS NOT NULL AND (d.rating_version IS NULL OR d.rating_version <= EXCLUDED.rating_version))';

/** Upserts the rows of `source` into `table`; returns the ids of the rows that changed. */
export function mergeSql(table: string, source: string): string {
  const set = (columns: string[], when: string) =>
    columns.map((c) => `${c} = CASE WHEN ${when} THEN EXCLUDED.${c} ELSE d.${c} END`);
  const assignments = [
    ...set(CONTENT_COLUMNS, CONTENT_NEWER),
    ...set(STOCK_COLUMNS, STOCK_NEWER),
    ...set(RATING_COLUMNS, RATING_NEWER),
    'indexed_at = clock_timestamp()',
  ];
  return `INSERT INTO ${table} AS d (${DOCUMENT_COLUMNS.join(', ')}) ${source}
    ON CONFLICT (product_id) DO UPDATE SET ${assignments.join(', ')}
    WHERE ${CONTENT_NEWER} OR ${STOCK_NEWER} OR ${RATING_NEWER}
    RETURNING product_id`;
}

export type DocumentRow = Record<(typeof DOCUMENT_COLUMNS)[number], unknown>;

/** A change as one row for `FROM_JSON`; absent parts are nulls, which the merge leaves alone. */
export function toRow(change: DocumentChange): DocumentRow {
  const fields = change.content?.fields;
  const deleted = change.content !== null && fields === null;
  return {
    product_id: change.productId,
    seller_id: fields?.sellerId ?? null,
    category_id: fields?.categoryId ?? null,
    category_name: fields?.categoryName ?? null,
    category_ids: fields?.categoryIds ?? null,
    category_names: fields?.categoryNames ?? null,
    name: fields?.name ?? null,
    description: fields?.description ?? null,
    brand: fields?.brand ?? null,
    attribute_values: fields?.attributeValues ?? null,
    price: fields?.price ?? null,
    currency: fields?.currency ?? null,
    status: deleted ? DELETED_STATUS : (fields?.status ?? null),
    created_at: fields ? new Date(fields.createdAt).toISOString() : null,
    content_version: change.content?.version ?? null,
    stock_available: change.stock?.available ?? null,
    stock_version: change.stock?.version ?? null,
    rating: change.rating?.average ?? null,
    rating_count: change.rating?.count ?? null,
    rating_version: change.rating?.version ?? null,
  };
}
