import { pathIds } from '../category/category-path';
import type { CategoryRecord, ProductRecord } from '../store/catalog-store';
import type { UpdateProductValues } from './product.validation';

/** The product after an update, or null when the input changes nothing. */
export function applyUpdate(
  current: ProductRecord,
  input: UpdateProductValues,
  newPath: CategoryRecord[] | null,
): ProductRecord | null {
  const next: ProductRecord = {
    ...current,
    name: input.name ?? current.name,
    description: input.description ?? current.description,
    brand: input.brand === undefined ? current.brand : input.brand,
    price: input.price ?? current.price,
    images: input.images ?? current.images,
    attributes: input.attributes ?? current.attributes,
    status: input.status ?? current.status,
  };
  if (newPath) {
    next.categoryId = newPath[newPath.length - 1].id;
    next.categoryIds = pathIds(newPath[newPath.length - 1]);
  }
  // An input that changes nothing writes nothing and publishes nothing. Both objects are built from
  // `current` with the same keys in the same order, so their JSON is comparable.
  return JSON.stringify(next) === JSON.stringify(current) ? null : next;
}
