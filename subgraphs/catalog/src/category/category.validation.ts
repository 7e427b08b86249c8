import { z } from 'zod';
import { uuidRule } from '../validation';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug';

const CATEGORY_NAME_MAX = 100;

export const createCategoryRule = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(CATEGORY_NAME_MAX, `must be at most ${CATEGORY_NAME_MAX} characters`),
  slug: z
    .string()
    .trim()
    .max(MAX_SLUG_LENGTH, `must be at most ${MAX_SLUG_LENGTH} characters`)
    .regex(SLUG_PATTERN, 'must be lower-case letters and digits separated by single hyphens')
    .nullish(),
  parentId: uuidRule.nullish(),
});
