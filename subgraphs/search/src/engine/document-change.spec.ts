import { collapseChanges, DocumentChange, documentChange, mergeChanges } from './document-change';
import { products, writeOf } from './products.fixture';

const x = products[0];
const content = (version: number, name: string): DocumentChange =>
  documentChange.upsert(writeOf(x, version, { name }));
const rating = (version: number, average: number) =>
  documentChange.rating(x.id, { average, count: version, version });

describe('collapsing the changes of a batch', () => {
  it('keeps the newest content, stock and rating of a product, whatever their order', () => {
    const changes = [
      content(3, 'newest'),
      rating(2, 4.5),
      content(1, 'oldest'),
      documentChange.stock(x.id, { available: 0, version: 5 }),
      rating(1, 1.5),
      content(2, 'middle'),
    ];
    const [merged] = collapseChanges(changes);
    expect(merged.content).toEqual(content(3, 'newest').content);
    expect(merged.stock).toEqual({ available: 0, version: 5 });
    expect(merged.rating).toEqual({ average: 4.5, count: 2, version: 2 });
    // Any order gives the same document.
    expect(collapseChanges([...changes].reverse())).toEqual([{ ...merged }]);
  });

  it('lets a newer stock reading beat the stock a newer content write carries, and the reverse', () => {
    const withStock = documentChange.upsert({ ...writeOf(x, 10), stock: { available: 9, version: 10 } });
    const reading = documentChange.stock(x.id, { available: 0, version: 12 });
    expect(mergeChanges(withStock, reading).stock).toEqual({ available: 0, version: 12 });
    expect(mergeChanges(reading, withStock).stock).toEqual({ available: 0, version: 12 });
  });

  it('keeps a tombstone newer than an update, and lets a later equal version win (as the engines do)', () => {
    const tombstone = documentChange.delete(x.id, 20);
    expect(mergeChanges(tombstone, content(19, 'late update')).content).toEqual({
      version: 20,
      fields: null,
    });
    expect(mergeChanges(content(7, 'first'), content(7, 'second')).content).toEqual(
      content(7, 'second').content,
    );
  });

  it('keeps one change per product, in order of first appearance', () => {
    const other = products[1];
    const collapsed = collapseChanges([
      content(1, 'a'),
      documentChange.upsert(writeOf(other, 1)),
      content(2, 'b'),
    ]);
    expect(collapsed.map((c) => c.productId)).toEqual([x.id, other.id]);
    expect(collapsed[0].content?.fields?.name).toBe('b');
  });
});
