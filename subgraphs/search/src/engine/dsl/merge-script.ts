/**
 * Versioned writes as one Painless script (runs on OpenSearch and Elasticsearch): every write - an
 * event, a catch-up after a reindex - is a scripted upsert that applies each part of a DocumentChange
 * only when it is not older than what the document holds. Doing the comparison inside the engine makes
 * it atomic per document (retry_on_conflict covers concurrent writers), with no read-then-write race.
 */
import { DELETED_STATUS, DocumentChange } from '../document-change';
import type { ProductFields, ProductWrite } from '../product-document';

const MERGE_SCRIPT = `
def s = ctx._source;
boolean changed = false;
if (params.contentVersion != null && (s.contentVersion == null || s.contentVersion <= params.contentVersion)) {
  for (def e : params.content.entrySet()) { s[e.getKey()] = e.getValue(); }
  s.contentVersion = params.contentVersion;
  changed = true;
}
if (params.stockVersion != null && (s.stockVersion == null || s.stockVersion <= params.stockVersion)) {
  s.stockAvailable = params.stockAvailable;
  s.stockVersion = params.stockVersion;
  changed = true;
}
if (params.rating != null && (s.ratingVersion == null || s.ratingVersion <= params.rating.version)) {
  s.rating = params.rating.average;
  s.ratingCount = params.rating.count;
  s.ratingVersion = params.rating.version;
  changed = true;
}
if (!changed) { ctx.op = 'none'; return; }
s.productId = params.productId;
s.indexedAt = params.indexedAt;
`;

/** The content keys of a document; a tombstone sets them all to null except status. */
export const CONTENT_KEYS: Array<keyof ProductFields> = [
  'sellerId',
  'categoryId',
  'categoryName',
  'categoryIds',
  'categoryNames',
  'name',
  'description',
  'brand',
  'attributeValues',
  'price',
  'currency',
  'status',
  'createdAt',
];

function contentSource(fields: ProductFields | null): Record<string, unknown> {
  if (fields) return Object.fromEntries(CONTENT_KEYS.map((key) => [key, fields[key]]));
  return { ...Object.fromEntries(CONTENT_KEYS.map((key) => [key, null])), status: DELETED_STATUS };
}

/** The script's parameters for a change; `indexedAt` is the writer's clock (epoch ms). */
export function mergeParams(change: DocumentChange, indexedAt: number): Record<string, unknown> {
  return {
    productId: change.productId,
    contentVersion: change.content?.version ?? null,
    content: change.content ? contentSource(change.content.fields) : null,
    stockVersion: change.stock?.version ?? null,
    stockAvailable: change.stock?.available ?? null,
    rating: change.rating,
    indexedAt,
  };
}

/** A scripted upsert: creates the document when missing (the script runs on an empty source). */
export function mergeUpdateBody(change: DocumentChange, indexedAt: number): Record<string, unknown> {
  return {
    scripted_upsert: true,
    upsert: {},
    script: { lang: 'painless', source: MERGE_SCRIPT, params: mergeParams(change, indexedAt) },
  };
}

/** A complete document for a fresh index (bulk load), with the rating the write carries. */
export function documentSource(write: ProductWrite, indexedAt: number): Record<string, unknown> {
  return {
    productId: write.productId,
    ...contentSource(write.fields),
    contentVersion: write.version,
    stockAvailable: write.stock.available,
    stockVersion: write.stock.version,
    rating: write.rating?.average ?? null,
    ratingCount: write.rating?.count ?? null,
    ratingVersion: write.rating?.version ?? null,
    indexedAt,
  };
}

/** Reads a stored document back as the change that recreates it (reindex catch-up). */
export function changeFromSource(source: Record<string, unknown>): DocumentChange {
  const contentVersion = source.contentVersion as number | null | undefined;
  const stockVersion = source.stockVersion as number | null | undefined;
  const deleted = source.status === DELETED_STATUS;
  const fields = deleted
    ? null
    : (Object.fromEntries(CONTENT_KEYS.map((key) => [key, source[key] ?? null])) as unknown as ProductFields);
  return {
    productId: String(source.productId),
    content: contentVersion == null ? null : { version: contentVersion, fields },
    stock:
      stockVersion == null ? null : { version: stockVersion, available: Number(source.stockAvailable ?? 0) },
    rating:
      source.ratingVersion == null
        ? null
        : {
            average: (source.rating as number | null) ?? null,
            count: Number(source.ratingCount ?? 0),
            version: Number(source.ratingVersion),
          },
  };
}
