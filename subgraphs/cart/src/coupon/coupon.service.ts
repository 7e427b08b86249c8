import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { hasRole, requireUser, RequestContext, Role } from '@commerce/auth';
import { conflict, validate } from '@commerce/errors';
import { CouponEntity } from './coupon.entity';
import type { CouponUsage } from './coupon-rules';
import { createCouponRule } from './coupon.validation';

/** createCoupon's input as the service takes it (validated here, not in the resolver). */
export interface CreateCouponRequest {
  code: string;
  kind: 'PERCENT' | 'FIXED';
  value: number;
  minSubtotal?: number | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  usageLimit?: number | null;
  perUserLimit?: number | null;
  currency?: string | null;
}

export interface CouponOptions {
  defaultCurrency: string;
  /** Reserved (quoted, unpaid) uses older than this no longer count against the limits. */
  reservationTtlSeconds: number;
}

/**
 * Coupons and their usage ledger. A use is a checkout quote holding the coupon: it counts while
 * CONFIRMED (order paid) or RESERVED within the reservation TTL; RELEASED uses count no more.
 */
export class CouponService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: CouponOptions,
  ) {}

  /** ADMIN: platform-wide coupon; SELLER: limited to the caller's own products (checked by the resolver). */
  async create(ctx: RequestContext, request: CreateCouponRequest): Promise<CouponEntity> {
    const caller = requireUser(ctx);
    const input = validate(createCouponRule(new Date()), request);
    // A fixed amount or a minimum means nothing without a currency; a bare percentage fits any cart.
    const needsCurrency = input.kind === 'FIXED' || input.minSubtotal != null;
    const repo = this.dataSource.getRepository(CouponEntity);
    const coupon = repo.create({
      code: input.code,
      kind: input.kind,
      value: input.value,
      currency: input.currency ?? (needsCurrency ? this.options.defaultCurrency : null),
      minSubtotal: input.minSubtotal ?? null,
      startsAt: input.startsAt ?? null,
      endsAt: input.endsAt ?? null,
      usageLimit: input.usageLimit ?? null,
      perUserLimit: input.perUserLimit ?? null,
      sellerId: hasRole(ctx, Role.ADMIN) ? null : caller.id,
      createdBy: caller.id,
    });
    return repo.save(coupon).catch((error: unknown) => {
      const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string }) : {};
      if (driverError.code === '23505')
        throw conflict('A coupon with this code already exists', { field: 'code' });
      throw error;
    });
  }

  async findByCode(code: string): Promise<CouponEntity | null> {
    return this.dataSource.getRepository(CouponEntity).findOneBy({ code });
  }

  /**
   * Uses of `couponId` that count against its limits, in total and by `buyerId`. `exceptOrderId`
   * leaves out that order's own reservation, so quoting one order twice does not count it twice.
   */
  async usage(
    couponId: string,
    buyerId: string,
    manager: EntityManager = this.dataSource.manager,
    exceptOrderId: string | null = null,
  ): Promise<CouponUsage> {
    const rows: { total: number; by_buyer: number }[] = await manager.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE buyer_id = $2)::int AS by_buyer
       FROM checkout_quotes
       WHERE coupon_id = $1
         AND (coupon_status = 'CONFIRMED'
              OR (coupon_status = 'RESERVED' AND reserved_at > now() - make_interval(secs => $3)))
         AND ($4::text IS NULL OR order_id <> $4)`,
      [couponId, buyerId, this.options.reservationTtlSeconds, exceptOrderId],
    );
    return { total: rows[0].total, byBuyer: rows[0].by_buyer };
  }

  /** Paid orders that used the coupon. */
  async timesUsed(couponId: string): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM checkout_quotes WHERE coupon_id = $1 AND coupon_status = 'CONFIRMED'`,
      [couponId],
    );
    return rows[0].n;
  }

  /**
   * Locks the coupon row until the transaction ends: every reservation of one coupon goes through this
   * lock, so concurrent checkouts count each other's uses and a usage limit cannot be overrun.
   */
  async lock(manager: EntityManager, couponId: string): Promise<void> {
    await manager.query('SELECT id FROM coupons WHERE id = $1 FOR UPDATE', [couponId]);
  }
}
