import { DataSource, In } from 'typeorm';
import { requireRole, requireUser, RequestContext, Role } from '@commerce/auth';
import { badInput, notFound } from '@commerce/errors';
import { decodeCursor, encodeCursor, pageSize } from '@commerce/graphql';
import { isUuid } from '@commerce/runtime';
import { ShipmentEntity } from '../lifecycle/shipment.entity';
import { canView } from './order-access';
import { OrderEntity } from './order.entity';
import { OrderItemEntity } from './order-item.entity';
import { OrderStatus } from './order-state-machine';

/** A page of orders; `totalCount` is only counted when a client asks for it. */
export interface OrderPage {
  edges: { cursor: string; node: OrderEntity }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  countTotal: () => Promise<number>;
}

export interface PageRequest {
  status?: OrderStatus | null;
  first?: number | null;
  after?: string | null;
}

/** Reading orders: by id for the people allowed to see them, and the buyer's and seller's lists. */
export class OrderService {
  constructor(private readonly dataSource: DataSource) {}

  /** One query for many ids (entity references, DataLoader); missing ids are simply absent. */
  async findByIds(ids: readonly string[]): Promise<OrderEntity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    return this.dataSource.getRepository(OrderEntity).findBy({ id: In(valid) });
  }

  async findOne(id: string): Promise<OrderEntity | null> {
    return this.dataSource.getRepository(OrderEntity).findOneBy({ id });
  }

  /** Items of many orders in one query, in cart order. */
  async itemsOf(orderIds: readonly string[]): Promise<OrderItemEntity[]> {
    return this.dataSource
      .getRepository(OrderItemEntity)
      .find({ where: { orderId: In([...orderIds]) }, order: { position: 'ASC' } });
  }

  /** Shipments of many orders in one query, oldest first. */
  async shipmentsOf(orderIds: readonly string[]): Promise<ShipmentEntity[]> {
    return this.dataSource
      .getRepository(ShipmentEntity)
      .find({ where: { orderId: In([...orderIds]) }, order: { shippedAt: 'ASC' } });
  }

  /** The order if the caller may see it; NOT_FOUND otherwise (see order-access). */
  async get(ctx: RequestContext, id: string, load = (i: string) => this.findOne(i)): Promise<OrderEntity> {
    requireUser(ctx);
    if (!isUuid(id)) throw badInput('id is not a valid order id', { field: 'id' });
    const order = await load(id);
    if (!order || !canView(ctx, order)) throw notFound('Order');
    return order;
  }

  /** The caller's own orders, newest first. */
  myOrders(ctx: RequestContext, request: PageRequest): Promise<OrderPage> {
    const buyer = requireUser(ctx);
    return this.page(request, 'o.buyer_id = :userId', buyer.id);
  }

  /** Orders containing the calling seller's items, newest first. */
  sellerOrders(ctx: RequestContext, request: PageRequest): Promise<OrderPage> {
    const seller = requireRole(ctx, Role.SELLER);
    return this.page(request, 'o.seller_ids @> ARRAY[:userId]::uuid[]', seller.id);
  }

  private async page(request: PageRequest, owner: string, userId: string): Promise<OrderPage> {
    const first = pageSize(request.first);
    const after = decodeCursor(request.after, 2);
    if (after && (typeof after[0] !== 'string' || !isUuid(after[1]) || Number.isNaN(Date.parse(after[0])))) {
      throw badInput('after is not a valid cursor', { field: 'after' });
    }
    if (request.status && !Object.values(OrderStatus).includes(request.status)) {
      throw badInput('status is not an order status', { field: 'status' });
    }
    const filtered = () => {
      const query = this.dataSource
        .getRepository(OrderEntity)
        .createQueryBuilder('o')
        .where(owner, { userId });
      if (request.status) query.andWhere('o.status = :status', { status: request.status });
      return query;
    };
    const query = filtered();
    if (after) query.andWhere('(o.created_at, o.id) < (:at, :id)', { at: after[0], id: after[1] });
    const rows = await query
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .limit(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const edges = nodes.map((node) => ({
      cursor: encodeCursor([node.createdAt.toISOString(), node.id]),
      node,
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      countTotal: () => filtered().getCount(),
    };
  }
}
