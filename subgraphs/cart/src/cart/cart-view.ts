import { EntityManager, In } from 'typeorm';
import { CouponEntity } from '../coupon/coupon.entity';
import { CartItemEntity } from './cart-item.entity';
import { CartEntity, CartStatus } from './cart.entity';

/** A cart with its items and coupon: what resolvers, pricing and the checkout quote work on. */
export interface CartView {
  id: string;
  buyerId: string;
  status: CartStatus;
  version: number;
  updatedAt: Date;
  /** In the order they were added. */
  items: CartItemEntity[];
  coupon: CouponEntity | null;
}

/** Loads carts with their items and coupons: three queries however many carts. */
export async function loadCartViews(manager: EntityManager, carts: CartEntity[]): Promise<CartView[]> {
  if (carts.length === 0) return [];
  const items = await manager.getRepository(CartItemEntity).find({
    where: { cartId: In(carts.map((c) => c.id)) },
    order: { addedAt: 'ASC', id: 'ASC' },
  });
  const couponIds = [...new Set(carts.map((c) => c.couponId).filter((id): id is string => id !== null))];
  const coupons = couponIds.length
    ? await manager.getRepository(CouponEntity).findBy({ id: In(couponIds) })
    : [];
  return carts.map((cart) => ({
    id: cart.id,
    buyerId: cart.buyerId,
    status: cart.status,
    version: cart.version,
    updatedAt: cart.updatedAt,
    items: items.filter((item) => item.cartId === cart.id),
    coupon: coupons.find((coupon) => coupon.id === cart.couponId) ?? null,
  }));
}

/** The buyer's cart row, created on first use. Safe under concurrency: the unique index decides. */
export async function ensureCart(manager: EntityManager, buyerId: string, lock = false): Promise<CartEntity> {
  const repo = manager.getRepository(CartEntity);
  const find = () =>
    repo.findOne({ where: { buyerId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  const existing = await find();
  if (existing) return existing;
  await manager.query(
    `INSERT INTO carts (buyer_id, status, version, updated_at) VALUES ($1, 'ACTIVE', 0, now())
     ON CONFLICT (buyer_id) DO NOTHING`,
    [buyerId],
  );
  return (await find())!;
}

/** The cart's currency: that of its lines (a cart holds one), or null when empty. */
export function cartCurrency(view: { items: { currency: string }[] }): string | null {
  return view.items[0]?.currency ?? null;
}
