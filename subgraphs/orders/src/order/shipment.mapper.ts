import { userRef } from '../federation/entity-stubs';
import type { ShipmentEntity } from './shipment.entity';
import { Shipment, ShipmentStatusValue } from './shipment.type';

/** A stored parcel as GraphQL shows it. */
export function toShipment(shipment: ShipmentEntity): Shipment {
  return {
    seller: userRef(shipment.sellerId),
    carrier: shipment.carrier,
    trackingNumber: shipment.trackingNumber,
    status: shipment.status as ShipmentStatusValue,
    events: shipment.events.map((event) => ({ ...event, at: new Date(event.at) })),
    shippedAt: shipment.shippedAt,
    deliveredAt: shipment.deliveredAt,
  };
}
