/**
 * SQL for `search` and `suggest` on PostgreSQL. Every user value travels as a bind parameter; the text
 * goes through `plainto_tsquery`, which reads plain words (no operators), so no input can change the
 * query's shape. Facets are computed in the same statement, over the same snapshot as the hits.
 */
import { BRAND_FACET_SIZE, CATEGORY_FACET_SIZE, PRICE_RANGES, RATING_THRESHOLDS } from '../facets';
import type { SearchRequest, SortValues } from '../search-engine';
import { MISSING_RATING, MISSING_RATING_COUNT, SORT_KEYS, SortKey, SortKeyName } from '../sort-keys';
import { LIVE_TABLE } from './document-sql';

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

/**
 * How each sort key is read in SQL: `order` is what rows are ordered and compared by (raw columns,
 * cheap to sort), `value` the cursor value written out for the page's rows only, and `param` turns a
 * cursor value back into something comparable with `order`, exactly (no float rounding of times).
 */
const KEY_SQL: Record<
  SortKeyName,
  { order: string; value: string; param: (placeholder: string) => string; cast: string }
> = {
  score: { order: 'rank', value: 'rank', param: (p) => p, cast: 'real' },
  price: { order: 'price', value: 'price', param: (p) => p, cast: 'bigint' },
  rating: {
    order: `coalesce(rating, ${MISSING_RATING})`,
    value: `coalesce(rating, ${MISSING_RATING})`,
    param: (p) => p,
    cast: 'float8',
  },
  ratingCount: {
    order: `coalesce(rating_count, ${MISSING_RATING_COUNT})`,
    value: `coalesce(rating_count, ${MISSING_RATING_COUNT})`,
    param: (p) => p,
    cast: 'int',
  },
  createdAt: {
    order: 'created_at',
    value: '(extract(epoch FROM created_at) * 1000)::bigint',
    param: (p) => `('epoch'::timestamptz + ${p} * interval '1 millisecond')`,
    cast: 'bigint',
  },
  productId: { order: 'product_id', value: 'product_id', param: (p) => p, cast: 'text' },
};

export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

/**
 * Rows after the cursor in the sort order: (k1 beyond v1) OR (k1 = v1 AND k2 beyond v2) OR ...
 * Spelled out because the directions differ (a row comparison would need them all the same).
 */
export function keysetPredicate(keys: SortKey[], after: SortValues, params: SqlParams): string {
  const values = keys.map((key, i) => KEY_SQL[key.name].param(params.add(after[i], KEY_SQL[key.name].cast)));
  const clauses = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => `${KEY_SQL[k.name].order} = ${values[j]}`);
    const beyond = `${KEY_SQL[key.name].order} ${key.direction === 'desc' ? '<' : '>'} ${values[i]}`;
    return `(${[...equal, beyond].join(' AND ')})`;
  });
  return `(${clauses.join(' OR ')})`;
}

export function buildSearchSql(request: SearchRequest, table = LIVE_TABLE): SqlQuery {
  const params = new SqlParams();
  const { filter } = request;
  const text = request.text ? params.add(request.text, 'text') : null;
  const where = [`d.status = 'ACTIVE'`];
  if (text) where.push('d.search_vector @@ q.query');
  if (filter.categoryId) where.push(`d.category_ids @> ARRAY[${params.add(filter.categoryId, 'text')}]`);
  if (filter.inStock) where.push('d.stock_available > 0');
  const brandOk = filter.brands?.length
    ? `lower(d.brand) = ANY(${params.add(
        filter.brands.map((b) => b.toLowerCase()),
        'text[]',
      )})`
    : 'true';
  const priceBounds = [
    ...(filter.minPrice !== undefined ? [`d.price >= ${params.add(filter.minPrice, 'bigint')}`] : []),
    ...(filter.maxPrice !== undefined ? [`d.price <= ${params.add(filter.maxPrice, 'bigint')}`] : []),
  ];
  const priceOk = priceBounds.length ? priceBounds.join(' AND ') : 'true';
  const ratingOk =
    filter.minRating !== undefined ? `d.rating >= ${params.add(filter.minRating, 'float8')}` : 'true';

  const keys = SORT_KEYS[request.sort];
  const order = keys.map((k) => `${KEY_SQL[k.name].order} ${k.direction.toUpperCase()}`).join(', ');
  const sortValues = `json_build_array(${keys.map((k) => KEY_SQL[k.name].value).join(', ')})`;
  const keyset = request.after ? `WHERE ${keysetPredicate(keys, request.after, params)}` : '';
  const limit = params.add(request.first + 1, 'int');

  const sql = `
    WITH base AS MATERIALIZED (
      SELECT d.product_id, d.brand, d.price, d.rating, d.rating_count, d.created_at, d.category_id,
             d.category_name, ${text ? 'ts_rank(d.search_vector, q.query)' : '0::real'} AS rank,
             (${brandOk}) AS brand_ok, (${priceOk}) AS price_ok, (${ratingOk}) AS rating_ok
      FROM ${table} d ${text ? `CROSS JOIN plainto_tsquery('english', search_fold(${text})) AS q(query)` : ''}
      WHERE ${where.join(' AND ')}
    ),
    -- Not materialized: a second copy of the rows would cost more than re-checking three booleans.
    hits AS NOT MATERIALIZED (SELECT * FROM base WHERE brand_ok AND price_ok AND rating_ok)
    SELECT
      (SELECT count(*)::int FROM hits) AS total,
      (SELECT coalesce(json_agg(${sortValues} ORDER BY ${order}), '[]'::json)
         FROM (SELECT * FROM hits ${keyset} ORDER BY ${order} LIMIT ${limit}) page) AS page
      ${request.withFacets ? `, ${facetColumns()}` : ''}`;
  return { sql, params: params.values };
}

/** Facet columns; bucket bounds are constants from facets.ts, inlined as numbers. */
function facetColumns(): string {
  const priceCounts = PRICE_RANGES.map(
    (r) => `count(*) FILTER (WHERE price >= ${r.from}${r.to === null ? '' : ` AND price < ${r.to}`})::int`,
  );
  const ratingCounts = RATING_THRESHOLDS.map((t) => `count(*) FILTER (WHERE rating >= ${t})::int`);
  return `
      (SELECT coalesce(json_agg(json_build_array(b.brand, b.n) ORDER BY b.n DESC, b.brand COLLATE "C"), '[]'::json)
         FROM (SELECT brand, count(*)::int AS n FROM base
               WHERE brand IS NOT NULL AND price_ok AND rating_ok
               GROUP BY brand ORDER BY n DESC, brand COLLATE "C" LIMIT ${BRAND_FACET_SIZE}) b) AS brands,
      (SELECT coalesce(json_agg(json_build_array(c.category_id, c.name, c.n) ORDER BY c.n DESC, c.category_id), '[]'::json)
         FROM (SELECT category_id, min(category_name) AS name, count(*)::int AS n FROM hits
               GROUP BY category_id ORDER BY n DESC, category_id LIMIT ${CATEGORY_FACET_SIZE}) c) AS categories,
      (SELECT json_build_array(${priceCounts.join(', ')}) FROM base WHERE brand_ok AND rating_ok) AS prices,
      (SELECT json_build_array(${ratingCounts.join(', ')}) FROM base WHERE brand_ok AND price_ok) AS ratings`;
}

/** word_similarity below which a name is no suggestion: lets one or two typos through ("iphnoe" ~ 0.43). */
const SUGGEST_SIMILARITY = 0.3;
/** Nearest names read per suggestion asked, before removing duplicate names. */
const CANDIDATES_PER_SUGGESTION = 8;

/**
 * Suggestions: the names nearest to the prefix by trigram word similarity (`<<->`, a KNN scan of the
 * GiST index that stops after the candidates), one row per folded name, names with a word starting
 * with the prefix first, then by similarity. $2 is the prefix with LIKE wildcards escaped.
 */
export function buildSuggestSql(prefix: string, limit: number, table = LIVE_TABLE): SqlQuery {
  const sql = `
    SELECT product_id, name FROM (
      SELECT DISTINCT ON (name_folded) product_id, name, name_folded, distance,
             (name_folded LIKE search_fold($2) || '%' OR name_folded LIKE '% ' || search_fold($2) || '%') AS starts
      FROM (
        SELECT product_id, name, name_folded, search_fold($1) <<-> name_folded AS distance
        FROM ${table}
        WHERE status = 'ACTIVE'
        ORDER BY search_fold($1) <<-> name_folded
        LIMIT $3::int * ${CANDIDATES_PER_SUGGESTION}
      ) nearest
      WHERE distance <= ${1 - SUGGEST_SIMILARITY}
      ORDER BY name_folded, distance, product_id
    ) s
    ORDER BY starts DESC, distance, name_folded, product_id
    LIMIT $3::int`;
  return { sql, params: [prefix, escapeLike(prefix), limit] };
}

/** Escapes LIKE wildcards so `%` or `_` in a prefix are literal characters. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
