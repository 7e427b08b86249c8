import { AppError } from '@commerce/errors';
import { validate } from '@commerce/errors';
import { thrownBy } from '@commerce/testing';
import { createReviewRule, deleteReviewRule, updateReviewRule } from './review.validation';

const productId = '5d1c1f1e-0000-4000-8000-00000000000A';

function refusal(rule: Parameters<typeof validate>[0], input: unknown) {
  const error = thrownBy(() => validate(rule, input), AppError);
  return { code: error.code, field: error.details?.field };
}

describe('createReviewRule', () => {
  it('trims the comment, lower-cases the id, and makes a blank comment null', () => {
    expect(validate(createReviewRule, { productId, rating: 5, comment: '  Great\n' })).toEqual({
      productId: productId.toLowerCase(),
      rating: 5,
      comment: 'Great',
    });
    expect(validate(createReviewRule, { productId, rating: 1, comment: ' ' }).comment).toBeNull();
    expect(validate(createReviewRule, { productId, rating: 1 }).comment).toBeNull();
  });

  it('keeps markup as text: nothing is stripped or escaped', () => {
    const comment = '<img src=x onerror=alert(1)> &amp;';
    expect(validate(createReviewRule, { productId, rating: 2, comment }).comment).toBe(comment);
  });

  it.each([
    [{ rating: 0 }, 'rating'],
    [{ rating: 6 }, 'rating'],
    [{ rating: 4.5 }, 'rating'],
    [{ rating: '5' }, 'rating'],
    [{ productId: 'abc' }, 'productId'],
    [{ comment: 'x'.repeat(5001) }, 'comment'],
    [{ comment: 'bell\u0007' }, 'comment'],
  ])('refuses %o naming the field', (change, field) => {
    expect(refusal(createReviewRule, { productId, rating: 3, ...change })).toEqual({
      code: 'BAD_USER_INPUT',
      field,
    });
  });

  it('counts characters, not UTF-16 units: 5000 emoji fit', () => {
    expect(
      validate(createReviewRule, { productId, rating: 3, comment: '😀'.repeat(5000) }).comment,
    ).toHaveLength(10000);
  });
});

describe('updateReviewRule', () => {
  const id = '5d1c1f1e-0000-4000-8000-000000000001';

  it('tells "keep the comment" (absent) from "remove it" (null)', () => {
    expect(validate(updateReviewRule, { id, rating: 2 })).toEqual({ id, rating: 2, comment: undefined });
    expect(validate(updateReviewRule, { id, comment: null })).toEqual({
      id,
      rating: undefined,
      comment: null,
    });
  });

  it('needs something to change', () => {
    expect(refusal(updateReviewRule, { id })).toEqual({ code: 'BAD_USER_INPUT', field: 'rating' });
    expect(refusal(updateReviewRule, { id, rating: null })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'rating',
    });
  });
});

describe('deleteReviewRule', () => {
  it('takes an optional reason, refusing a blank one', () => {
    const id = '5d1c1f1e-0000-4000-8000-000000000001';
    expect(validate(deleteReviewRule, { id })).toEqual({ id, reason: null });
    expect(refusal(deleteReviewRule, { id, reason: '  ' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
  });
});
