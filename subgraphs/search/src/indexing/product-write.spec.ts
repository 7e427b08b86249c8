import { productSnapshotSchema, type ProductSnapshot } from '@commerce/contracts';
import { toProductWrite } from './product-write';

const snapshot: ProductSnapshot = {
  productId: 'p1',
  sellerId: 's1',
  categoryId: 'c3',
  categoryPath: [
    { id: 'c1', name: 'Electronics', slug: 'electronics' },
    { id: 'c2', name: 'Phones', slug: 'phones' },
    { id: 'c3', name: 'Smartphones', slug: 'smartphones' },
  ],
  name: 'Apple iPhone 15',
  description: 'A phone',
  brand: ' Apple ',
  price: { amount: 79900, currency: 'USD' },
  images: ['https://img/1.jpg'],
  attributes: [
    { name: 'Color', value: 'Blue' },
    { name: 'Storage', value: '128 GB' },
  ],
  status: 'ACTIVE',
  stockAvailable: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
};

describe('catalog snapshot to search write', () => {
  it('maps the category path, attribute values, price and versions', () => {
    const write = toProductWrite(snapshot);
    expect(write).toEqual({
      productId: 'p1',
      version: Date.parse('2026-01-02T00:00:00.000Z'),
      stock: { available: 4, version: Date.parse('2026-01-02T00:00:00.000Z') },
      fields: {
        sellerId: 's1',
        categoryId: 'c3',
        categoryName: 'Smartphones',
        categoryIds: ['c1', 'c2', 'c3'],
        categoryNames: ['Electronics', 'Phones', 'Smartphones'],
        name: 'Apple iPhone 15',
        description: 'A phone',
        brand: 'Apple',
        attributeValues: ['Blue', '128 GB'],
        price: 79900,
        currency: 'USD',
        status: 'ACTIVE',
        createdAt: Date.parse('2026-01-01T00:00:00.000Z'),
      },
    });
  });

  it('dates an export stock reading by the fetch time, never before the update', () => {
    const fetchedAt = Date.parse('2026-03-01T00:00:00.000Z');
    expect(toProductWrite(snapshot, fetchedAt).stock.version).toBe(fetchedAt);
    expect(toProductWrite(snapshot, 0).stock.version).toBe(Date.parse(snapshot.updatedAt));
  });

  it('treats a blank brand as none and tolerates a path without the own category', () => {
    const write = toProductWrite({
      ...snapshot,
      brand: '  ',
      categoryPath: [{ id: 'c1', name: 'Electronics' }],
    });
    expect(write.fields.brand).toBeNull();
    expect(write.fields.categoryIds).toEqual(['c1', 'c3']);
    expect(write.fields.categoryNames).toEqual(['Electronics']);
  });

  it('reads the contract tolerantly: unknown fields ignored, images optional; bad payloads refused', () => {
    const { images: _images, ...withoutImages } = snapshot;
    expect(productSnapshotSchema.parse({ ...withoutImages, extra: 1 })).not.toHaveProperty('extra');
    expect(
      productSnapshotSchema.safeParse({ ...snapshot, price: { amount: 1.5, currency: 'USD' } }).success,
    ).toBe(false);
    expect(productSnapshotSchema.safeParse({ ...snapshot, status: 'DELETED' }).success).toBe(false);
    expect(productSnapshotSchema.safeParse({ ...snapshot, updatedAt: 'yesterday' }).success).toBe(false);
  });
});
