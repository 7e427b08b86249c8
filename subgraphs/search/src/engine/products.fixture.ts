/**
 * A small, hand-made catalogue for the engine contract: two category trees, brands with ties, equal
 * prices, equal ratings and equal creation times (so every sort has ties to break), one product per
 * kind of text match, and products that must never be found (DRAFT, ARCHIVED). Test-only.
 */
import type { SearchSort } from './search-engine';
import type { ProductFields, ProductRating, ProductWrite } from './product-document';
import { SORT_KEYS } from './sort-keys';

export const category = {
  electronics: { id: 'c0000000-0000-4000-8000-000000000001', name: 'Electronics' },
  phones: { id: 'c0000000-0000-4000-8000-000000000002', name: 'Phones' },
  laptops: { id: 'c0000000-0000-4000-8000-000000000003', name: 'Laptops' },
  home: { id: 'c0000000-0000-4000-8000-000000000004', name: 'Home' },
  kitchen: { id: 'c0000000-0000-4000-8000-000000000005', name: 'Kitchen' },
};
type Category = (typeof category)[keyof typeof category];

const paths: Record<string, Category[]> = {
  [category.phones.id]: [category.electronics, category.phones],
  [category.laptops.id]: [category.electronics, category.laptops],
  [category.home.id]: [category.home],
  [category.kitchen.id]: [category.home, category.kitchen],
};

export interface FixtureProduct {
  id: string;
  name: string;
  brand: string;
  category: Category;
  price: number;
  stock: number;
  /** Days after 2026-01-01. */
  day: number;
  rating?: { average: number; count: number };
  description?: string;
  attributes?: string[];
  status?: ProductFields['status'];
}

const DAY = 86_400_000;
export const BASE_TIME = Date.parse('2026-01-01T00:00:00.000Z');

export const productId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const p = (n: number, product: Omit<FixtureProduct, 'id'>): FixtureProduct => ({
  id: productId(n),
  ...product,
});

export const products: FixtureProduct[] = [
  p(1, {
    name: 'Apple iPhone 15',
    brand: 'Apple',
    category: category.phones,
    price: 79900,
    stock: 10,
    day: 10,
    rating: { average: 4.6, count: 120 },
  }),
  p(2, {
    name: 'Apple iPhone 15 Pro',
    brand: 'Apple',
    category: category.phones,
    price: 99900,
    stock: 0,
    day: 12,
    rating: { average: 4.8, count: 80 },
  }),
  p(3, {
    name: 'Samsung Galaxy S24',
    brand: 'Samsung',
    category: category.phones,
    price: 74900,
    stock: 5,
    day: 11,
    rating: { average: 4.4, count: 60 },
  }),
  p(4, {
    name: 'Pixel 8',
    brand: 'Google',
    category: category.phones,
    price: 59900,
    stock: 3,
    day: 11,
    rating: { average: 4.4, count: 60 },
  }),
  p(5, {
    name: 'Leather Case',
    brand: 'Casely',
    category: category.phones,
    price: 2900,
    stock: 100,
    day: 5,
    description: 'Fits the iPhone 15 perfectly',
  }),
  p(6, {
    name: 'MacBook Air 13',
    brand: 'Apple',
    category: category.laptops,
    price: 119900,
    stock: 7,
    day: 8,
    rating: { average: 4.7, count: 40 },
  }),
  p(7, {
    name: 'ThinkPad X1 Carbon',
    brand: 'Lenovo',
    category: category.laptops,
    price: 149900,
    stock: 2,
    day: 7,
    rating: { average: 4.5, count: 30 },
  }),
  p(8, {
    name: 'Chromebook Plus',
    brand: 'Google',
    category: category.laptops,
    price: 49900,
    stock: 0,
    day: 6,
    rating: { average: 3.9, count: 12 },
  }),
  p(9, {
    name: 'Crème Brûlée Torch',
    brand: 'KitchenAid',
    category: category.kitchen,
    price: 3500,
    stock: 20,
    day: 4,
    rating: { average: 4.1, count: 9 },
  }),
  p(10, {
    name: 'Chef Knife',
    brand: 'Wüsthof',
    category: category.kitchen,
    price: 12900,
    stock: 4,
    day: 3,
    rating: { average: 4.9, count: 15 },
    attributes: ['Damascus steel', '20 cm'],
  }),
  p(11, {
    name: 'Espresso Machine',
    brand: 'Breville',
    category: category.kitchen,
    price: 59900,
    stock: 0,
    day: 2,
    rating: { average: 4.2, count: 22 },
  }),
  p(12, {
    name: 'Cutting Board',
    brand: 'KitchenAid',
    category: category.kitchen,
    price: 2900,
    stock: 50,
    day: 2,
  }),
  p(13, {
    name: 'Desk Lamp',
    brand: 'Ikea',
    category: category.home,
    price: 1999,
    stock: 30,
    day: 1,
    rating: { average: 3.2, count: 5 },
  }),
  p(14, { name: 'DESK LAMP', brand: 'Ikea', category: category.home, price: 1999, stock: 8, day: 1 }),
  p(15, {
    name: 'Throw Pillow',
    brand: 'Ikea',
    category: category.home,
    price: 999,
    stock: 40,
    day: 1,
    rating: { average: 2.5, count: 3 },
  }),
  p(16, {
    name: 'Name Tag Foo Edition',
    brand: 'Generic',
    category: category.home,
    price: 500,
    stock: 1,
    day: 0,
    rating: { average: 1.5, count: 2 },
  }),
  p(17, {
    name: 'Galaxy Buds',
    brand: 'Samsung',
    category: category.phones,
    price: 14900,
    stock: 9,
    day: 9,
    rating: { average: 4.0, count: 10 },
  }),
  p(18, {
    name: 'Apple iPhone 16 Prototype',
    brand: 'Apple',
    category: category.phones,
    price: 129900,
    stock: 5,
    day: 13,
    status: 'DRAFT',
  }),
  p(19, {
    name: 'Apple iPhone 12 Old',
    brand: 'Apple',
    category: category.phones,
    price: 39900,
    stock: 5,
    day: 0,
    status: 'ARCHIVED',
  }),
];

export const active = products.filter((x) => (x.status ?? 'ACTIVE') === 'ACTIVE');

/** The product as catalog would write it, at content version `version`. */
export function writeOf(
  x: FixtureProduct,
  version = BASE_TIME + x.day * DAY,
  overrides: Partial<ProductFields> = {},
): ProductWrite {
  const path = paths[x.category.id];
  return {
    productId: x.id,
    version,
    stock: { available: x.stock, version },
    fields: {
      sellerId: 'a0000000-0000-4000-8000-000000000001',
      categoryId: x.category.id,
      categoryName: x.category.name,
      categoryIds: path.map((c) => c.id),
      categoryNames: path.map((c) => c.name),
      name: x.name,
      description: x.description ?? `A fine ${x.name.toLowerCase()}`,
      brand: x.brand,
      attributeValues: x.attributes ?? [],
      price: x.price,
      currency: 'USD',
      status: x.status ?? 'ACTIVE',
      createdAt: BASE_TIME + x.day * DAY,
      ...overrides,
    },
  };
}

/** The fixture's reviews aggregate as reviews would publish it, at aggregate version `version`. */
export function ratingOf(x: FixtureProduct, version = 1): ProductRating | null {
  return x.rating ? { ...x.rating, version } : null;
}

/** Ids of `items` in the order `sort` must return them (ties broken by id, as every engine does). */
export function sortedIds(items: FixtureProduct[], sort: Exclude<SearchSort, 'RELEVANCE'>): string[] {
  const value = (x: FixtureProduct, key: string): number | string => {
    switch (key) {
      case 'price':
        return x.price;
      case 'rating':
        return x.rating?.average ?? -1;
      case 'ratingCount':
        return x.rating?.count ?? 0;
      case 'createdAt':
        return x.day;
      default:
        return x.id;
    }
  };
  const keys = SORT_KEYS[sort];
  return [...items]
    .sort((a, b) => {
      for (const key of keys) {
        const [va, vb] = [value(a, key.name), value(b, key.name)];
        if (va === vb) continue;
        const ascending = va < vb ? -1 : 1;
        return key.direction === 'asc' ? ascending : -ascending;
      }
      return 0;
    })
    .map((x) => x.id);
}

/** A synthetic product for volume tests (pagination over many pages, reindex, timings). */
export function generatedWrite(n: number, version = BASE_TIME): ProductWrite {
  const brands = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka'];
  const nouns = [
    'Phone',
    'Laptop',
    'Kettle',
    'Lamp',
    'Chair',
    'Speaker',
    'Camera',
    'Watch',
    'Blender',
    'Drone',
  ];
  const adjectives = ['Pro', 'Mini', 'Max', 'Ultra', 'Lite', 'Plus', 'Air', 'Neo'];
  const cat = [category.phones, category.laptops, category.home, category.kitchen][n % 4];
  const name = `${brands[n % brands.length]} ${nouns[(n >> 3) % nouns.length]} ${adjectives[(n >> 5) % adjectives.length]} ${n}`;
  return writeOf(
    {
      id: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      name,
      brand: brands[n % brands.length],
      category: cat,
      price: 500 + ((n * 7919) % 200_000),
      stock: n % 5,
      day: n % 365,
    },
    version,
  );
}
