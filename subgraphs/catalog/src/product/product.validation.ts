import { z } from 'zod';
import { ProductStatus } from '../store/catalog-store';
import { uuidRule } from '../validation';

/**
 * Input rules for products, checked before anything touches the store (bad input changes nothing).
 * Caps bound the document size: the largest valid product stays well under 100 KB.
 */
export const PRODUCT_LIMITS = {
  name: 200,
  description: 10_000,
  brand: 100,
  images: 10,
  imageUrl: 2048,
  attributes: 50,
  attributeName: 100,
  attributeValue: 500,
  /** 10 million major units: above any plausible listing, far below Int overflow. */
  priceAmount: 1_000_000_000,
  stock: 1_000_000,
  reason: 200,
} as const;

/** ISO 4217 codes known to the runtime's ICU data (about 160 active currencies). */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const moneyRule = z.object({
  amount: z
    .number()
    .int('must be a whole number of minor units')
    .min(0, 'must not be negative')
    .max(PRODUCT_LIMITS.priceAmount, `must be at most ${PRODUCT_LIMITS.priceAmount}`),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, 'must be a 3-letter ISO 4217 code')
    .transform((c) => c.toUpperCase())
    .refine((c) => CURRENCIES.has(c), 'is not an ISO 4217 currency'),
});

const imageRule = z
  .string()
  .trim()
  .max(PRODUCT_LIMITS.imageUrl, `must be at most ${PRODUCT_LIMITS.imageUrl} characters`)
  .url('must be a URL')
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');

const imagesRule = z
  .array(imageRule)
  .max(PRODUCT_LIMITS.images, `must hold at most ${PRODUCT_LIMITS.images} images`);

const attributesRule = z
  .array(z.object({ name: text(PRODUCT_LIMITS.attributeName), value: text(PRODUCT_LIMITS.attributeValue) }))
  .max(PRODUCT_LIMITS.attributes, `must hold at most ${PRODUCT_LIMITS.attributes} attributes`)
  .superRefine((attributes, ctx) => {
    const seen = new Set<string>();
    attributes.forEach((attribute, index) => {
      const key = attribute.name.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: [index, 'name'], message: 'is repeated' });
      }
      seen.add(key);
    });
  });

const statusRule = z.nativeEnum(ProductStatus);

export const createProductRule = z.object({
  categoryId: uuidRule,
  name: text(PRODUCT_LIMITS.name),
  description: text(PRODUCT_LIMITS.description),
  brand: text(PRODUCT_LIMITS.brand).nullish(),
  price: moneyRule,
  images: imagesRule.nullish(),
  attributes: attributesRule.nullish(),
  stock: z
    .number()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(PRODUCT_LIMITS.stock, `must be at most ${PRODUCT_LIMITS.stock}`),
  status: statusRule.nullish(),
});

/** Omitted or null fields stay as they are, except `brand`, where null removes it. */
export const updateProductRule = z.object({
  categoryId: uuidRule.nullish(),
  name: text(PRODUCT_LIMITS.name).nullish(),
  description: text(PRODUCT_LIMITS.description).nullish(),
  brand: text(PRODUCT_LIMITS.brand).nullish(),
  price: moneyRule.nullish(),
  images: imagesRule.nullish(),
  attributes: attributesRule.nullish(),
  status: statusRule.nullish(),
});

export const adjustInventoryRule = z.object({
  productId: uuidRule,
  delta: z
    .number()
    .int('must be a whole number')
    .refine((d) => d !== 0, 'must not be zero')
    .refine((d) => Math.abs(d) <= PRODUCT_LIMITS.stock, `must be at most ${PRODUCT_LIMITS.stock} either way`),
  reason: text(PRODUCT_LIMITS.reason).nullish(),
});

export type CreateProductValues = z.infer<typeof createProductRule>;
export type UpdateProductValues = z.infer<typeof updateProductRule>;
