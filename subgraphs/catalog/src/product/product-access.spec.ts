import { randomUUID } from 'node:crypto';
import { RequestContext, Role } from '@commerce/auth';
import { aCategory, aProduct } from '../testing/catalog.fixture';
import { ProductStatus } from '../store/catalog-store';
import { isVisible, listingFilter } from './product-access';

const ctx = (id: string | null, roles: Role[] = [Role.BUYER]): RequestContext => ({
  requestId: 'r',
  traceparent: '',
  ip: '127.0.0.1',
  user: id ? { id, roles } : null,
});

describe('product visibility', () => {
  const seller = randomUUID();
  const draft = aProduct(aCategory(), { sellerId: seller, status: ProductStatus.DRAFT });

  it('shows drafts only to their seller and admins; other statuses to everyone', () => {
    expect(isVisible(ctx(null), draft)).toBe(false);
    expect(isVisible(ctx(randomUUID()), draft)).toBe(false);
    expect(isVisible(ctx(seller), draft)).toBe(true);
    expect(isVisible(ctx(randomUUID(), [Role.ADMIN]), draft)).toBe(true);
    expect(isVisible(ctx(null), { ...draft, status: ProductStatus.ARCHIVED })).toBe(true);
  });

  it('lists ACTIVE products by default and drafts only to their seller or admins', () => {
    expect(listingFilter(ctx(null), null)).toEqual({ status: ProductStatus.ACTIVE });
    expect(listingFilter(ctx(seller), { sellerId: seller, status: ProductStatus.DRAFT })).toEqual({
      sellerId: seller,
      status: ProductStatus.DRAFT,
    });
    expect(() => listingFilter(ctx(seller), { status: ProductStatus.DRAFT })).toThrow(/DRAFT/);
    expect(() =>
      listingFilter(ctx(randomUUID()), { sellerId: seller, status: ProductStatus.DRAFT }),
    ).toThrow();
    expect(listingFilter(ctx(randomUUID(), [Role.ADMIN]), { status: ProductStatus.DRAFT })).toEqual({
      status: ProductStatus.DRAFT,
    });
  });

  it('refuses malformed ids in the filter with the field name', () => {
    expect(() => listingFilter(ctx(null), { categoryId: 'phones' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'filter.categoryId' } }),
    );
  });
});
