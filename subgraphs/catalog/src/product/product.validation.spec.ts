import { randomUUID } from 'node:crypto';
import { validate } from '../validation';
import {
  adjustInventoryRule,
  createProductRule,
  PRODUCT_LIMITS,
  updateProductRule,
} from './product.validation';

const valid = () => ({
  categoryId: randomUUID(),
  name: '  Phone  ',
  description: 'Good',
  price: { amount: 1999, currency: 'usd' },
  stock: 3,
});

/** The field BAD_USER_INPUT names for this input, or null when it is valid. */
function fieldOf(rule: Parameters<typeof validate>[0], input: unknown): string | null {
  try {
    validate(rule, input);
    return null;
  } catch (error) {
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    return (error as { details: { field: string } }).details.field;
  }
}

describe('product input rules', () => {
  it('accepts a minimal product, trimming text and upper-casing the currency', () => {
    const parsed = validate(createProductRule, valid());
    expect(parsed).toMatchObject({ name: 'Phone', price: { amount: 1999, currency: 'USD' } });
  });

  it.each([
    ['negative price', { price: { amount: -1, currency: 'USD' } }, 'price.amount'],
    ['fractional price', { price: { amount: 19.99, currency: 'USD' } }, 'price.amount'],
    ['huge price', { price: { amount: PRODUCT_LIMITS.priceAmount + 1, currency: 'USD' } }, 'price.amount'],
    ['unknown currency', { price: { amount: 1, currency: 'ABC' } }, 'price.currency'],
    ['4-letter currency', { price: { amount: 1, currency: 'EURO' } }, 'price.currency'],
    ['10 000-character name', { name: 'x'.repeat(10_000) }, 'name'],
    ['blank name', { name: '  ' }, 'name'],
    ['non-UUID category', { categoryId: 'cat-1' }, 'categoryId'],
    ['too many images', { images: Array(11).fill('https://x.example/a.png') }, 'images'],
    ['ftp image', { images: ['ftp://x.example/a.png'] }, 'images.0'],
    [
      'too many attributes',
      { attributes: Array.from({ length: 51 }, (_, i) => ({ name: `n${i}`, value: 'v' })) },
      'attributes',
    ],
    [
      'repeated attribute',
      {
        attributes: [
          { name: 'A', value: '1' },
          { name: 'a', value: '2' },
        ],
      },
      'attributes.1.name',
    ],
    ['negative stock', { stock: -1 }, 'stock'],
    ['unknown status', { status: 'SOLD' }, 'status'],
  ])('refuses a %s naming %s', (_what, override, field) => {
    expect(fieldOf(createProductRule, { ...valid(), ...override })).toBe(field);
  });

  it('treats every update field as optional but checks those given', () => {
    expect(fieldOf(updateProductRule, {})).toBeNull();
    expect(fieldOf(updateProductRule, { brand: null })).toBeNull();
    expect(fieldOf(updateProductRule, { price: { amount: -5, currency: 'EUR' } })).toBe('price.amount');
    expect(fieldOf(updateProductRule, { name: 'n'.repeat(201) })).toBe('name');
  });

  it('accepts stock adjustments that are non-zero whole numbers within bounds', () => {
    const productId = randomUUID();
    expect(fieldOf(adjustInventoryRule, { productId, delta: -3, reason: 'count' })).toBeNull();
    expect(fieldOf(adjustInventoryRule, { productId, delta: 0 })).toBe('delta');
    expect(fieldOf(adjustInventoryRule, { productId, delta: 2_000_000 })).toBe('delta');
    expect(fieldOf(adjustInventoryRule, { productId: 'p', delta: 1 })).toBe('productId');
    expect(fieldOf(adjustInventoryRule, { productId, delta: 1, reason: 'r'.repeat(201) })).toBe('reason');
  });
});
