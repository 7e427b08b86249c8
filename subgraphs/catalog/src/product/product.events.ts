import { InventoryChanged, ProductCreated, ProductUpdated } from '@commerce/contracts';
import type { EventInput, ProductSnapshot } from '@commerce/contracts';
import { contractEvent } from '@commerce/events';

/**
 * The events the catalog publishes, always through its outbox (the payloads are contracts of
 * @commerce/contracts, validated as each event is made). Products are never deleted (orders and
 * reviews keep referring to them): they are archived, a `product.updated` with status ARCHIVED, so
 * `product.deleted` is reserved and not emitted.
 */
const CATALOG_EVENT_SOURCE = 'catalog';

export function productCreatedEvent(snapshot: ProductSnapshot) {
  return contractEvent(CATALOG_EVENT_SOURCE, ProductCreated, snapshot);
}

export function productUpdatedEvent(snapshot: ProductSnapshot) {
  return contractEvent(CATALOG_EVENT_SOURCE, ProductUpdated, snapshot);
}

export function inventoryChangedEvent(data: EventInput<typeof InventoryChanged>) {
  return contractEvent(CATALOG_EVENT_SOURCE, InventoryChanged, data);
}
