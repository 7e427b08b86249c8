import { documentChange } from '../document-change';
import { writeOf, products } from '../products.fixture';
import { changeFromSource, CONTENT_KEYS, documentSource, mergeParams } from './merge-script';

describe('versioned merge parameters', () => {
  const write = writeOf(products[0], 1000);

  it('carries content with its version and the stock reading with its own', () => {
    const params = mergeParams(documentChange.upsert(write), 5);
    expect(params).toMatchObject({
      productId: write.productId,
      contentVersion: 1000,
      stockVersion: 1000,
      stockAvailable: write.stock.available,
      rating: null,
      indexedAt: 5,
    });
    expect(params.content).toEqual(Object.fromEntries(CONTENT_KEYS.map((k) => [k, write.fields[k]])));
  });

  it('turns a deletion into a tombstone: content cleared, status DELETED, stock zeroed at the same time', () => {
    const params = mergeParams(documentChange.delete('p1', 2000), 5);
    expect(params.content).toMatchObject({ status: 'DELETED', name: null, price: null });
    expect(params).toMatchObject({ contentVersion: 2000, stockVersion: 2000, stockAvailable: 0 });
  });

  it('sends only the part a change is about', () => {
    expect(mergeParams(documentChange.stock('p1', { available: 3, version: 9 }), 5)).toMatchObject({
      contentVersion: null,
      content: null,
      stockVersion: 9,
      rating: null,
    });
    expect(mergeParams(documentChange.rating('p1', { average: 4.5, count: 2, version: 7 }), 5)).toMatchObject(
      {
        contentVersion: null,
        stockVersion: null,
        rating: { average: 4.5, count: 2, version: 7 },
      },
    );
  });

  it('reads a stored document back as the change that recreates it (reindex catch-up)', () => {
    const rating = { average: 4.2, count: 7, version: 12 };
    const source = documentSource({ ...write, rating }, 5);
    expect(changeFromSource(source)).toEqual({
      productId: write.productId,
      content: { version: 1000, fields: write.fields },
      stock: write.stock,
      rating,
    });
    // A rating that arrived before the product: a document holding only that part.
    expect(changeFromSource({ productId: 'p', rating: null, ratingCount: 0, ratingVersion: 3 })).toEqual({
      productId: 'p',
      content: null,
      stock: null,
      rating: { average: null, count: 0, version: 3 },
    });
    expect(changeFromSource({ productId: 'p', stockAvailable: 2, stockVersion: 3 })).toEqual({
      productId: 'p',
      content: null,
      stock: { available: 2, version: 3 },
      rating: null,
    });
    expect(changeFromSource({ productId: 'p', status: 'DELETED', contentVersion: 4 }).content).toEqual({
      version: 4,
      fields: null,
    });
  });
});
