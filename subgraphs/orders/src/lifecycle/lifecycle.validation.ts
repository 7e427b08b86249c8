import { z } from 'zod';

export const shipRule = z.object({
  carrier: z.string().trim().min(1, 'is required').max(50, 'must be at most 50 characters'),
  trackingNumber: z
    .string()
    .trim()
    .min(3, 'must be at least 3 characters')
    .max(64, 'must be at most 64 characters')
    .regex(/^[A-Za-z0-9-]+$/, 'may contain letters, digits and dashes only'),
});

export const returnRule = z.object({
  reason: z
    .string()
    .trim()
    .min(3, 'must be at least 3 characters')
    .max(1000, 'must be at most 1000 characters'),
});
