/**
 * Input rules for search and suggest, checked before anything reaches an engine. Text is plain text:
 * it is only normalised here (the engines never interpret it as a query language).
 */
import { z } from 'zod';
import { badInput } from '@commerce/errors';
import { isUuid } from '@commerce/runtime';
import type { SearchFilter } from '../engine/search-engine';

const MAX_QUERY_LENGTH = 200;
const MAX_PREFIX_LENGTH = 100;
const MAX_BRANDS = 50;
const DEFAULT_SUGGEST_LIMIT = 8;
const MAX_SUGGEST_LIMIT = 20;

/**
 * Unicode-normalised (NFKC: full-width letters become ASCII), control characters (NUL would make
 * PostgreSQL reject the text) turned into spaces, whitespace collapsed, trimmed.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cs}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const length = (value: string) => [...value].length;

/** The search text, or null to browse; BAD_USER_INPUT above 200 characters. */
export function searchText(query: string | null | undefined): string | null {
  if (query === null || query === undefined) return null;
  if (length(query) > MAX_QUERY_LENGTH * 4) throw tooLong('query', MAX_QUERY_LENGTH); // before any work on it
  const text = normalizeText(query);
  if (length(text) > MAX_QUERY_LENGTH) throw tooLong('query', MAX_QUERY_LENGTH);
  return text === '' ? null : text;
}

/** The prefix to complete, or null when blank (no suggestions, no error). */
export function suggestPrefix(prefix: string): string | null {
  if (length(prefix) > MAX_PREFIX_LENGTH * 4) throw tooLong('prefix', MAX_PREFIX_LENGTH);
  const text = normalizeText(prefix);
  if (length(text) > MAX_PREFIX_LENGTH) throw tooLong('prefix', MAX_PREFIX_LENGTH);
  return text === '' ? null : text;
}

export function suggestLimit(limit: number | null | undefined): number {
  if (limit === null || limit === undefined) return DEFAULT_SUGGEST_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGEST_LIMIT) {
    throw badInput(`limit must be between 1 and ${MAX_SUGGEST_LIMIT}`, { field: 'limit' });
  }
  return limit;
}

const filterRule = z
  .object({
    categoryId: z.string().refine(isUuid, 'is not a valid category id').nullish(),
    brands: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'must not contain blank names')
          .max(100, 'names must be at most 100 characters'),
      )
      .max(MAX_BRANDS, `must list at most ${MAX_BRANDS} brands`)
      .nullish(),
    minPrice: z.number().int().min(0, 'must not be negative').nullish(),
    maxPrice: z.number().int().min(0, 'must not be negative').nullish(),
    minRating: z.number().min(0, 'must be between 0 and 5').max(5, 'must be between 0 and 5').nullish(),
    inStock: z.boolean().nullish(),
  })
  .refine((f) => f.minPrice == null || f.maxPrice == null || f.minPrice <= f.maxPrice, {
    message: 'must not be greater than maxPrice',
    path: ['minPrice'],
  });

export interface SearchFilterInput {
  categoryId?: string | null;
  brands?: string[] | null;
  minPrice?: number | null;
  maxPrice?: number | null;
  minRating?: number | null;
  inStock?: boolean | null;
}

/** The filter for the engine: nulls and empty lists dropped; BAD_USER_INPUT naming the bad field. */
export function searchFilter(input: SearchFilterInput | null | undefined): SearchFilter {
  if (!input) return {};
  const result = filterRule.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = ['filter', ...issue.path].join('.');
    throw badInput(`${field} ${issue.message}`, { field });
  }
  const f = result.data;
  const filter: SearchFilter = {};
  if (f.categoryId) filter.categoryId = f.categoryId.toLowerCase();
  if (f.brands?.length) filter.brands = [...new Set(f.brands)];
  if (f.minPrice != null) filter.minPrice = f.minPrice;
  if (f.maxPrice != null) filter.maxPrice = f.maxPrice;
  if (f.minRating != null) filter.minRating = f.minRating;
  if (f.inStock) filter.inStock = true;
  return filter;
}

function tooLong(field: string, max: number) {
  return badInput(`${field} must be at most ${max} characters`, { field });
}
