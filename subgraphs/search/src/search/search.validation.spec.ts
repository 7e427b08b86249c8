import { AppError } from '@commerce/errors';
import { normalizeText, searchFilter, searchText, suggestLimit, suggestPrefix } from './search.validation';

function badInputField(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_USER_INPUT');
    return (error as AppError).details?.field;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('search input', () => {
  it('normalises text: NFKC, control characters out, whitespace collapsed', () => {
    expect(normalizeText('  ｉＰｈｏｎｅ\t 15\u0000pro\n')).toBe('iPhone 15 pro');
    expect(normalizeText('a\u0007b')).toBe('a b');
  });

  it('treats a blank query as browsing', () => {
    expect(searchText(null)).toBeNull();
    expect(searchText(undefined)).toBeNull();
    expect(searchText('   \n ')).toBeNull();
    expect(searchText(' kettle ')).toBe('kettle');
  });

  it('accepts 200 characters and refuses 201 with BAD_USER_INPUT on query', () => {
    expect(searchText('x'.repeat(200))).toHaveLength(200);
    expect(searchText(` ${'x'.repeat(200)}  `)).toHaveLength(200);
    expect(badInputField(() => searchText('x'.repeat(201)))).toBe('query');
    expect(badInputField(() => searchText('x'.repeat(1_000_000)))).toBe('query');
    expect(searchText('🙂'.repeat(200))).toBe('🙂'.repeat(200)); // characters, not UTF-16 units
  });

  it('keeps query syntax as plain text (the engines read words)', () => {
    expect(searchText('name:foo AND *')).toBe('name:foo AND *');
    expect(searchText('{"$gt": ""}')).toBe('{"$gt": ""}');
  });

  it('drops nulls and empty lists from the filter, de-duplicates brands, lowercases the category id', () => {
    expect(searchFilter(null)).toEqual({});
    expect(searchFilter({ brands: [], inStock: false, minPrice: null })).toEqual({});
    expect(
      searchFilter({
        categoryId: 'C0000000-0000-4000-8000-000000000001',
        brands: ['Apple', 'Apple', ' Acme '],
        minPrice: 0,
        maxPrice: 100,
        minRating: 4.5,
        inStock: true,
      }),
    ).toEqual({
      categoryId: 'c0000000-0000-4000-8000-000000000001',
      brands: ['Apple', 'Acme'],
      minPrice: 0,
      maxPrice: 100,
      minRating: 4.5,
      inStock: true,
    });
  });

  it.each([
    ['a malformed category id', { categoryId: 'electronics' }, 'filter.categoryId'],
    ['a negative price', { minPrice: -1 }, 'filter.minPrice'],
    ['minPrice above maxPrice', { minPrice: 500, maxPrice: 100 }, 'filter.minPrice'],
    ['a rating above 5', { minRating: 5.5 }, 'filter.minRating'],
    ['a blank brand', { brands: ['  '] }, 'filter.brands.0'],
    ['too many brands', { brands: Array.from({ length: 51 }, (_, i) => `b${i}`) }, 'filter.brands'],
  ])('refuses %s with BAD_USER_INPUT naming the field', (_what, filter, field) => {
    expect(badInputField(() => searchFilter(filter))).toBe(field);
  });

  it('suggests nothing for a blank prefix and limits prefixes to 100 characters', () => {
    expect(suggestPrefix('   ')).toBeNull();
    expect(suggestPrefix(' iph ')).toBe('iph');
    expect(badInputField(() => suggestPrefix('x'.repeat(101)))).toBe('prefix');
  });

  it('takes 1..20 suggestions, 8 by default', () => {
    expect(suggestLimit(undefined)).toBe(8);
    expect(suggestLimit(null)).toBe(8);
    expect(suggestLimit(20)).toBe(20);
    for (const bad of [0, 21, -1, 2.5]) expect(badInputField(() => suggestLimit(bad))).toBe('limit');
  });
});
