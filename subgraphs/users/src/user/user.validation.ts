import { z } from 'zod';

/**
 * Input rules for accounts. Checked before anything touches the store, so bad input changes nothing.
 * Length caps come first: a 1 MB string is refused before any work (hashing, queries) is spent on it.
 */
const usernameRule = z
  .string()
  .trim()
  .min(3, 'must be at least 3 characters')
  .max(32, 'must be at most 32 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'may contain letters, digits, dot, dash and underscore only');

const emailRule = z.string().trim().max(254, 'must be at most 254 characters').email('is not a valid email');

/** E.164: a plus sign, then 7 to 15 digits. */
const phoneRule = z
  .string()
  .trim()
  .max(20, 'must be at most 20 characters')
  .regex(/^\+[1-9]\d{6,14}$/, 'must be in international format, e.g. +14155550123');

/** NIST 800-63B style: length over composition, with a cap so hashing cost stays bounded. */
const passwordRule = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(128, 'must be at most 128 characters')
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), 'must contain at least one letter and one digit');

export const signUpRule = z
  .object({
    username: usernameRule,
    email: emailRule,
    password: passwordRule,
    phoneNumber: phoneRule.nullish(),
  })
  .refine((v) => !v.password.toLowerCase().includes(v.username.toLowerCase()), {
    message: 'must not contain the username',
    path: ['password'],
  });

export const updateProfileRule = z.object({
  username: usernameRule.nullish(),
  email: emailRule.nullish(),
  phoneNumber: phoneRule.nullish(),
});

export const sellerProfileRule = z.object({
  displayName: z
    .string()
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(80, 'must be at most 80 characters'),
  description: z.string().trim().max(2000, 'must be at most 2000 characters').nullish(),
});

export const addressRule = z.object({
  line1: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  line2: z.string().trim().max(200, 'must be at most 200 characters').nullish(),
  city: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  postalCode: z.string().trim().min(2, 'is too short').max(16, 'must be at most 16 characters'),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. US')
    .transform((c) => c.toUpperCase()),
});

export { validate } from '@commerce/errors';
