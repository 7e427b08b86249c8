import { generateCategories, generateProducts, slugify, stableId } from './catalog-generator';

describe('catalog generator', () => {
  it('builds a 3-level tree with unique slugs, parents before children', () => {
    const { categories, leaves } = generateCategories();
    const slugs = new Set(categories.map((c) => c.slug));
    expect(slugs.size).toBe(categories.length);
    const seen = new Set<string>();
    for (const category of categories) {
      if (category.parentId) expect(seen.has(category.parentId)).toBe(true);
      seen.add(category.id);
    }
    const depth = (id: string | null): number =>
      id === null ? 0 : 1 + depth(categories.find((c) => c.id === id)!.parentId);
    expect(new Set(leaves.map((l) => depth(l.id)))).toEqual(new Set([3]));
  });

  it('is reproducible: same seed, same products; another seed, other products', () => {
    const { leaves } = generateCategories();
    const sellers = [stableId('seller', '1'), stableId('seller', '2')];
    const first = [...generateProducts({ count: 50, sellerIds: sellers, leaves, seed: 7 })].flat();
    const again = [...generateProducts({ count: 50, sellerIds: sellers, leaves, seed: 7 })].flat();
    const other = [...generateProducts({ count: 50, sellerIds: sellers, leaves, seed: 8 })].flat();
    expect(again).toEqual(first);
    expect(other.map((p) => p.name)).not.toEqual(first.map((p) => p.name));
  });

  it('yields valid products in batches: positive integer prices, names within limits, every seller used', () => {
    const { leaves } = generateCategories();
    const sellers = [stableId('seller', 'a'), stableId('seller', 'b'), stableId('seller', 'c')];
    const batches = [...generateProducts({ count: 2500, sellerIds: sellers, leaves, batchSize: 1000 })];
    expect(batches.map((b) => b.length)).toEqual([1000, 1000, 500]);
    const products = batches.flat();
    expect(new Set(products.map((p) => p.id)).size).toBe(2500);
    for (const product of products) {
      expect(Number.isInteger(product.price.amount) && product.price.amount > 0).toBe(true);
      expect(product.name.length).toBeLessThanOrEqual(200);
      expect(product.stock).toBeGreaterThanOrEqual(0);
    }
    expect(new Set(products.map((p) => p.sellerId))).toEqual(new Set(sellers));
  });

  it('slugifies names', () => {
    expect(slugify('Phones & Tablets')).toBe('phones-and-tablets');
    expect(slugify("Levi's T-Shirts")).toBe('levis-t-shirts');
  });
});
