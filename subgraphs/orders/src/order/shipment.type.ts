import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserRef } from '../federation/entity-stubs';

export enum ShipmentStatusValue {
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
}

registerEnumType(ShipmentStatusValue, {
  name: 'ShipmentStatus',
  description: 'Where a parcel is',
  valuesConfig: {
    SHIPPED: { description: 'Handed to the carrier' },
    DELIVERED: { description: 'Arrived' },
  },
});

@ObjectType({ description: 'One tracking update of a parcel' })
export class ShipmentTrackingEvent {
  @Field({ description: 'Tracking status, e.g. SHIPPED or DELIVERED' })
  status!: string;

  @Field({ description: 'What happened, in words' })
  description!: string;

  @Field({ description: 'When it happened' })
  at!: Date;
}

@ObjectType({ description: "A seller's parcel for its items of an order" })
export class Shipment {
  @Field(() => UserRef, { description: 'The seller who shipped it' })
  seller!: UserRef;

  @Field({ description: 'Carrier name, e.g. UPS' })
  carrier!: string;

  @Field({ description: "The carrier's tracking number" })
  trackingNumber!: string;

  @Field(() => ShipmentStatusValue, { description: 'Where the parcel is' })
  status!: ShipmentStatusValue;

  @Field(() => [ShipmentTrackingEvent], { description: 'Tracking updates, oldest first' })
  events!: ShipmentTrackingEvent[];

  @Field({ description: 'When it was handed to the carrier' })
  shippedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it arrived' })
  deliveredAt!: Date | null;
}
