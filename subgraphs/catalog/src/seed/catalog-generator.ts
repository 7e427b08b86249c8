import { faker } from '@faker-js/faker';
import { createHash } from 'node:crypto';
import type { Money } from '@commerce/contracts';
import { BRAND_MODELS, CATEGORY_TREE, LeafTemplate } from './category-tree';

export interface GeneratedCategory {
  id: string;
  name: string;
  slug: string;
  parentId: string | null;
}

export interface GeneratedProduct {
  id: string;
  sellerId: string;
  categoryId: string;
  name: string;
  description: string;
  brand: string;
  price: Money;
  images: string[];
  attributes: { name: string; value: string }[];
  stock: number;
  createdAt: Date;
}

/** Deterministic UUID-shaped id from a name, so re-running the seed finds the same categories. */
export function stableId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('/')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The 3-level tree, parents before children; leaves carry their template. */
export function generateCategories(): {
  categories: GeneratedCategory[];
  leaves: { id: string; template: LeafTemplate }[];
} {
  const categories: GeneratedCategory[] = [];
  const leaves: { id: string; template: LeafTemplate }[] = [];
  for (const department of CATEGORY_TREE) {
    const departmentId = stableId('category', department.name);
    categories.push({
      id: departmentId,
      name: department.name,
      slug: slugify(department.name),
      parentId: null,
    });
    for (const child of department.children) {
      const childId = stableId('category', department.name, child.name);
      categories.push({ id: childId, name: child.name, slug: slugify(child.name), parentId: departmentId });
      for (const leaf of child.leaves) {
        const leafId = stableId('category', department.name, child.name, leaf.name);
        categories.push({ id: leafId, name: leaf.name, slug: slugify(leaf.name), parentId: childId });
        leaves.push({ id: leafId, template: leaf });
      }
    }
  }
  return { categories, leaves };
}

/**
 * Products in batches, reproducible for a given seed: the same `seed` and `count` always give the
 * same catalog (ids included), so benchmarks on different engines compare like with like.
 */
export function* generateProducts(options: {
  count: number;
  sellerIds: string[];
  leaves: { id: string; template: LeafTemplate }[];
  seed?: number;
  batchSize?: number;
  /** Spread creation times over this many days before `now`. */
  spreadDays?: number;
  now?: Date;
}): Generator<GeneratedProduct[]> {
  faker.seed(options.seed ?? 42);
  const batchSize = options.batchSize ?? 1000;
  const now = (options.now ?? new Date('2026-11-01T00:00:00Z')).getTime();
  const spreadMs = (options.spreadDays ?? 365) * 86_400_000;
  let batch: GeneratedProduct[] = [];
  for (let i = 0; i < options.count; i++) {
    const { id: categoryId, template } = options.leaves[i % options.leaves.length];
    const brand = faker.helpers.arrayElement(template.brands);
    const noun = faker.helpers.arrayElement(BRAND_MODELS[template.name]?.[brand] ?? template.nouns);
    const adjective = faker.commerce.productAdjective();
    const attributes = Object.entries(template.attributes).map(([name, values]) => ({
      name,
      value: faker.helpers.arrayElement(values),
    }));
    const variant = attributes.find((a) => a.name === 'Color' || a.name === 'Storage' || a.name === 'Size');
    const name = `${brand} ${noun}${variant ? ` ${variant.value}` : ''} ${adjective}`.slice(0, 200);
    // Prices end in 99 or 49, like real shelves.
    const raw = faker.number.int({ min: template.price[0], max: template.price[1] });
    const amount = Math.max(99, Math.floor(raw / 100) * 100 + (faker.datatype.boolean() ? 99 : 49));
    batch.push({
      id: stableId('product', String(options.seed ?? 42), String(i)),
      sellerId: options.sellerIds[i % options.sellerIds.length],
      categoryId,
      name,
      description: `${faker.commerce.productDescription()} ${faker.lorem.sentence()}`,
      brand,
      price: { amount, currency: 'USD' },
      images: [
        `https://images.example.com/products/${i}/1.jpg`,
        `https://images.example.com/products/${i}/2.jpg`,
      ],
      attributes,
      stock: faker.number.int({ min: 0, max: 500 }),
      createdAt: new Date(now - faker.number.int({ min: 0, max: spreadMs })),
    });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
