import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { OutboxWriter } from '@commerce/events';
import type { OrderEntity } from './order.entity';
import { OrderEvents, ShipmentEventData } from './order.events';
import { orderEventData } from './order-transition';
import { ShipmentEntity, TrackingEventRecord } from './shipment.entity';

/** The shipments of one order, inside the caller's transaction. */
export async function shipmentsOf(manager: EntityManager, orderId: string): Promise<ShipmentEntity[]> {
  return manager.getRepository(ShipmentEntity).find({ where: { orderId }, order: { shippedAt: 'ASC' } });
}

/** A seller's parcel handed to the carrier, with its first tracking event. */
export async function addShipment(
  manager: EntityManager,
  order: OrderEntity,
  sellerId: string,
  parcel: { carrier: string; trackingNumber: string },
): Promise<ShipmentEntity> {
  const at = new Date();
  const repository = manager.getRepository(ShipmentEntity);
  const shipment = repository.create({
    id: randomUUID(),
    orderId: order.id,
    sellerId,
    carrier: parcel.carrier,
    trackingNumber: parcel.trackingNumber,
    status: 'SHIPPED',
    events: [
      tracking('SHIPPED', `Handed to ${parcel.carrier}, tracking number ${parcel.trackingNumber}`, at),
    ],
    shippedAt: at,
    deliveredAt: null,
  });
  await repository.insert(shipment);
  return shipment;
}

/** Marks a parcel delivered and appends the tracking event. */
export async function deliverShipment(
  manager: EntityManager,
  shipment: ShipmentEntity,
): Promise<ShipmentEntity> {
  const at = new Date();
  shipment.status = 'DELIVERED';
  shipment.deliveredAt = at;
  shipment.events = [...shipment.events, tracking('DELIVERED', 'Delivered', at)];
  const { status, deliveredAt, events } = shipment;
  await manager.getRepository(ShipmentEntity).update({ id: shipment.id }, { status, deliveredAt, events });
  return shipment;
}

/** order.shipment_updated: a parcel changed, whether or not the order's status did. */
export async function recordShipmentEvent(
  manager: EntityManager,
  outbox: OutboxWriter,
  order: OrderEntity,
  shipment: ShipmentEntity,
): Promise<void> {
  const data: ShipmentEventData = {
    ...orderEventData(order),
    sellerId: shipment.sellerId,
    carrier: shipment.carrier,
    trackingNumber: shipment.trackingNumber,
    shipmentStatus: shipment.status,
  };
  await outbox.record(manager, OrderEvents.shipmentUpdated, data);
}

/** The parcels as order.shipped / order.delivered carry them. */
export function parcelsOf(shipments: ShipmentEntity[]) {
  return {
    shipments: shipments.map((s) => ({
      sellerId: s.sellerId,
      carrier: s.carrier,
      trackingNumber: s.trackingNumber,
    })),
  };
}

function tracking(status: string, description: string, at: Date): TrackingEventRecord {
  return { status, description, at: at.toISOString() };
}
