import { z } from 'zod';
import { isUuid } from '@commerce/runtime';

/**
 * Most units of one product in one cart. A marketplace cart is for consumers; larger quantities are
 * wholesale and go through sellers directly. It also bounds a line's total well inside GraphQL's Int.
 */
export const MAX_QUANTITY_PER_LINE = 99;

/** Most different products in one cart: bounds the catalog lookup and the checkout quote. */
export const MAX_LINES_PER_CART = 50;

/**
 * Largest total a cart may reach: money amounts are GraphQL `Int` (32-bit), and an amount that does
 * not fit would fail when the cart is shown.
 */
export const MAX_CART_AMOUNT = 2_147_483_647;

/** Product ids are the catalog's UUIDs, compared in lower case so one product never gets two lines. */
export const productIdRule = z
  .string()
  .trim()
  .max(64, 'must be at most 64 characters')
  .refine((id) => isUuid(id), 'is not a valid product id')
  .transform((id) => id.toLowerCase());

const quantity = z.number({ invalid_type_error: 'must be a number' }).int('must be a whole number');

export const addQuantityRule = quantity
  .min(1, 'must be at least 1')
  .max(MAX_QUANTITY_PER_LINE, `must be at most ${MAX_QUANTITY_PER_LINE}`);

/** 0 is allowed on update and removes the line. */
export const updateQuantityRule = quantity
  .min(0, 'must be 0 (remove) or more')
  .max(MAX_QUANTITY_PER_LINE, `must be at most ${MAX_QUANTITY_PER_LINE}`);

export const itemIdRule = z.string().uuid('is not a valid cart item id');
