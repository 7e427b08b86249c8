import { formatMoney } from '../pricing/money-format';

export interface DescribableCoupon {
  kind: 'PERCENT' | 'FIXED';
  value: number;
  currency: string | null;
  minSubtotal: number | null;
  sellerId: string | null;
}

/** A one-line summary for buyers, e.g. "10% off products of one seller, on 50.00 USD or more". */
export function describeCoupon(coupon: DescribableCoupon): string {
  const currency = coupon.currency ?? '';
  const amount =
    coupon.kind === 'PERCENT' ? `${coupon.value}% off` : `${formatMoney(coupon.value, currency)} off`;
  const scope = coupon.sellerId ? ' products of one seller' : ' your order';
  const minimum =
    coupon.minSubtotal !== null ? `, on ${formatMoney(coupon.minSubtotal, currency)} or more` : '';
  return `${amount}${scope}${minimum}`;
}
