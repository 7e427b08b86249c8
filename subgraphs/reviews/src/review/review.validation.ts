import { z } from 'zod';
import { isUuid } from '@commerce/runtime';

/** Longest comment, in characters (Unicode code points, as PostgreSQL's char_length counts them). */
const MAX_COMMENT_LENGTH = 5000;

/** Longest reason of a report or a moderation action. */
const MAX_REASON_LENGTH = 1000;

/**
 * Control characters other than tab and line breaks have no place in text a person wrote, and
 * PostgreSQL cannot store NUL at all (it would fail as INTERNAL instead of BAD_USER_INPUT).
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** An id of ours or of another service: UUIDs, compared in lower case. */
export const idRule = (what: string) =>
  z
    .string()
    .trim()
    .refine((id) => isUuid(id), `is not a valid ${what} id`)
    .transform((id) => id.toLowerCase());

export const ratingRule = z
  .number({ invalid_type_error: 'must be a number' })
  .int('must be a whole number from 1 to 5')
  .min(1, 'must be from 1 to 5')
  .max(5, 'must be from 1 to 5');

/** Free text a person wrote: trimmed, at most `max` characters, no control characters. */
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .refine((text) => [...text].length <= max, `must be at most ${max} characters`)
    .refine((text) => !CONTROL_CHARACTERS.test(text), 'must not contain control characters');

/**
 * A review comment: plain text, kept exactly as written apart from surrounding spaces; it is never
 * interpreted as HTML (clients escape it when they show it). Blank means no comment (null).
 */
export const commentRule = plainText(MAX_COMMENT_LENGTH)
  .nullish()
  .transform((text) => (text ? text : null));

/** Why a review is reported or moderated: required, plain text. */
export const reasonRule = plainText(MAX_REASON_LENGTH).refine((text) => text.length > 0, 'must not be blank');

export const createReviewRule = z.object({
  productId: idRule('product'),
  rating: ratingRule,
  comment: commentRule,
});

/**
 * A change by the author: `comment` absent keeps it, null (or blank) removes it. Something must
 * change.
 */
export const updateReviewRule = z
  .object({
    id: idRule('review'),
    rating: ratingRule.nullish().transform((rating) => rating ?? undefined),
    comment: commentRule.optional(),
  })
  .refine((change) => change.rating !== undefined || change.comment !== undefined, {
    message: 'give a rating or a comment to change',
    path: ['rating'],
  });

export type CreateReviewInput = z.input<typeof createReviewRule>;
export type UpdateReviewInput = z.input<typeof updateReviewRule>;

/** A deletion: `reason` is required when an admin deletes someone else's review (checked by the service). */
export const deleteReviewRule = z.object({
  id: idRule('review'),
  reason: reasonRule.nullish().transform((reason) => reason ?? null),
});

export type DeleteReviewInput = z.input<typeof deleteReviewRule>;
