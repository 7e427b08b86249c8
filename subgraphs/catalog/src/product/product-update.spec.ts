import { aCategory, aProduct } from '../testing/catalog.fixture';
import { ProductStatus } from '../store/catalog-store';
import { applyUpdate } from './product-update';

describe('applyUpdate', () => {
  const root = aCategory();
  const child = aCategory(root);
  const product = aProduct(root, { brand: 'Acme' });

  it('changes only the fields given; null brand removes the brand', () => {
    const next = applyUpdate(product, { name: 'New', brand: null }, null)!;
    expect(next).toMatchObject({
      name: 'New',
      brand: null,
      description: product.description,
      price: product.price,
    });
  });

  it('moves the product and its category path to another category', () => {
    const next = applyUpdate(product, {}, [root, child])!;
    expect(next.categoryId).toBe(child.id);
    expect(next.categoryIds).toEqual([root.id, child.id]);
  });

  it('returns null when nothing changes', () => {
    expect(applyUpdate(product, {}, null)).toBeNull();
    expect(applyUpdate(product, { name: product.name, status: ProductStatus.ACTIVE }, null)).toBeNull();
  });
});
