/**
 * The contract of `CatalogStore` (see catalog-store.ts), run against every adapter on its real engine
 * by `catalog-mongo.int.spec.ts` and `catalog-postgres.int.spec.ts`.
 */
import { randomUUID } from 'node:crypto';
import { EventBus, EventEnvelope, InProcessEventBus } from '@commerce/events';
import { createLogger } from '@commerce/logging';
import { eventually } from '@commerce/testing';
import { productCreatedEvent, productUpdatedEvent } from '../product/product.events';
import { productSnapshot } from '../product/product-snapshot';
import { compareListingOrder } from '../product/product-cursor';
import { aCategory, aProduct, aReservation } from '../testing/catalog.fixture';
import { FlakyBus } from '../testing/flaky-bus';
import {
  CatalogStore,
  CategoryRecord,
  DuplicateSlugError,
  ProductRecord,
  ProductStatus,
} from './catalog-store';

export interface OpenedStore {
  store: CatalogStore;
  /** Closes the store and drops its database. */
  destroy(): Promise<void>;
}

export function catalogStoreContract(open: (bus: EventBus) => Promise<OpenedStore>): void {
  const logger = createLogger({ service: 'catalog-contract', level: 'silent' });
  const bus = new FlakyBus(new InProcessEventBus(logger));
  const received: EventEnvelope[] = [];
  let opened: OpenedStore;
  let store: CatalogStore;
  let root: CategoryRecord;
  let child: CategoryRecord;

  const stockOf = async (id: string) => (await store.findProductsByIds([id]))[0]!.stockAvailable;
  const insert = async (product: ProductRecord) => {
    await store.insertProduct(product, []);
    return product;
  };

  beforeAll(async () => {
    opened = await open(bus);
    store = opened.store;
    await bus.consume({ consumer: 'contract', patterns: ['#'], handler: async (e) => void received.push(e) });
    store.relay.start();
    root = aCategory(null, 'Electronics');
    child = aCategory(root, 'Phones');
    await store.insertCategory(root);
    await store.insertCategory(child);
  });

  afterAll(async () => {
    await store.relay.stop();
    await opened.destroy();
    await bus.close();
  });

  describe('categories', () => {
    it('finds categories by ids (order kept, nulls for unknown) and by slug', async () => {
      const missing = randomUUID();
      const found = await store.findCategoriesByIds([child.id, missing, root.id, child.id]);
      expect(found.map((c) => c?.id ?? null)).toEqual([child.id, null, root.id, child.id]);
      expect(found[0]).toEqual(child);
      expect(await store.findCategoryBySlug(root.slug)).toEqual(root);
      expect(await store.findCategoryBySlug('no-such-slug')).toBeNull();
    });

    it('refuses a taken slug and writes nothing', async () => {
      const clash = { ...aCategory(null, 'Clash'), slug: root.slug };
      await expect(store.insertCategory(clash)).rejects.toBeInstanceOf(DuplicateSlugError);
      expect(await store.findCategoriesByIds([clash.id])).toEqual([null]);
    });

    it('lists children by name, for one parent, several parents or the roots', async () => {
      const parent = aCategory(null, 'Garden');
      await store.insertCategory(parent);
      const [b, a, c] = [aCategory(parent, 'Bbb'), aCategory(parent, 'Aaa'), aCategory(child, 'Ccc')];
      for (const category of [b, a, c]) await store.insertCategory(category);
      expect((await store.listChildCategories([parent.id])).map((x) => x.id)).toEqual([a.id, b.id]);
      const many = await store.listChildCategories([parent.id, child.id]);
      expect(many.map((x) => x.id).sort()).toEqual([a.id, b.id, c.id].sort());
      const roots = await store.listChildCategories([null]);
      expect(roots.map((x) => x.id)).toEqual(expect.arrayContaining([root.id, parent.id]));
      expect(roots.every((x) => x.parentId === null)).toBe(true);
      expect(c.ancestorIds).toEqual([root.id, child.id]);
      expect((await store.findCategoriesByIds([c.id]))[0]!.ancestorIds).toEqual([root.id, child.id]);
    });
  });

  describe('products', () => {
    it('finds products by ids keeping order and nulls', async () => {
      const [a, b] = [await insert(aProduct(child)), await insert(aProduct(root))];
      const missing = randomUUID();
      const found = await store.findProductsByIds([b.id, missing, a.id, b.id]);
      expect(found.map((p) => p?.id ?? null)).toEqual([b.id, null, a.id, b.id]);
      expect(found[2]).toEqual(a);
      expect(await store.findProductsByIds([])).toEqual([]);
    });

    it('mutates under the current state: version bumps, null decision and errors write nothing', async () => {
      const product = await insert(aProduct(child, { name: 'Before' }));
      const updated = await store.mutateProduct(product.id, async (current) => ({
        product: { ...current, name: 'After' },
        events: [],
      }));
      expect(updated).toMatchObject({ name: 'After', version: 2 });
      expect(await store.mutateProduct(product.id, async () => null)).toMatchObject({ version: 2 });
      await expect(
        store.mutateProduct(product.id, async () => {
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect((await store.findProductsByIds([product.id]))[0]).toMatchObject({ name: 'After', version: 2 });
      expect(await store.mutateProduct(randomUUID(), async (c) => ({ product: c, events: [] }))).toBeNull();
    });

    it('serialises concurrent writes to one product: no update is lost', async () => {
      const product = await insert(aProduct(child, { stockAvailable: 0 }));
      await Promise.all(
        Array.from({ length: 25 }, () =>
          store.mutateProduct(product.id, async (current) => ({
            product: { ...current, stockAvailable: current.stockAvailable + 1 },
            events: [],
          })),
        ),
      );
      expect(await stockOf(product.id)).toBe(25);
    });

    it('never lets guarded concurrent decrements take stock below zero', async () => {
      const product = await insert(aProduct(child, { stockAvailable: 10 }));
      const results = await Promise.allSettled(
        Array.from({ length: 30 }, () =>
          store.mutateProduct(product.id, async (current) => {
            if (current.stockAvailable < 1) throw new Error('insufficient');
            return { product: { ...current, stockAvailable: current.stockAvailable - 1 }, events: [] };
          }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
      expect(await stockOf(product.id)).toBe(0);
    });
  });

  describe('listing', () => {
    const sellerId = randomUUID();
    let all: ProductRecord[];
    let leaf: CategoryRecord;
    let sibling: CategoryRecord;

    beforeAll(async () => {
      leaf = aCategory(child, 'Smartphones');
      sibling = aCategory(root, 'Laptops');
      await store.insertCategory(leaf);
      await store.insertCategory(sibling);
      // 17 products share one createdAt (as a bulk import does), the rest are spread out.
      const tie = new Date('2030-01-01T00:00:00.000Z');
      const rows = Array.from({ length: 26 }, (_, i) =>
        aProduct(i % 3 === 0 ? leaf : i % 3 === 1 ? child : sibling, {
          sellerId,
          createdAt: i < 17 ? tie : new Date(tie.getTime() - (i + 1) * 1000),
          status: i % 5 === 4 ? ProductStatus.DRAFT : ProductStatus.ACTIVE,
        }),
      );
      await store.bulkInsertProducts(rows.map((product) => ({ product, events: [] })));
      all = [...rows].sort(compareListingOrder);
    });

    async function pageThrough(filter: Parameters<CatalogStore['listProducts']>[0], size: number) {
      const seen: ProductRecord[] = [];
      let after: ProductRecord | null = null;
      for (let pages = 0; pages < 50; pages++) {
        const page: ProductRecord[] = await store.listProducts(filter, after, size);
        seen.push(...page);
        if (page.length < size) return seen;
        after = page[page.length - 1];
      }
      throw new Error('pagination did not end');
    }

    it('pages in (createdAt desc, id desc) order without repeating or skipping, ties included', async () => {
      for (const size of [1, 4, 7, 26]) {
        const seen = await pageThrough({ sellerId }, size);
        expect(seen.map((p) => p.id)).toEqual(all.map((p) => p.id));
      }
      expect(await store.countProducts({ sellerId })).toBe(26);
    });

    it('filters by status and by category including its sub-categories', async () => {
      const active = all.filter((p) => p.status === ProductStatus.ACTIVE);
      const activeSeen = await pageThrough({ sellerId, status: ProductStatus.ACTIVE }, 5);
      expect(activeSeen.map((p) => p.id)).toEqual(active.map((p) => p.id));
      expect(await store.countProducts({ sellerId, status: ProductStatus.ACTIVE })).toBe(active.length);

      const underChild = all.filter((p) => p.categoryIds.includes(child.id));
      const childSeen = await pageThrough({ sellerId, categoryId: child.id }, 6);
      expect(childSeen.map((p) => p.id)).toEqual(underChild.map((p) => p.id));
      expect(childSeen.some((p) => p.categoryId === leaf.id)).toBe(true);
      expect(childSeen.some((p) => p.categoryId === sibling.id)).toBe(false);
      const leafOnly = await store.listProducts({ sellerId, categoryId: leaf.id }, null, 100);
      expect(leafOnly.every((p) => p.categoryId === leaf.id)).toBe(true);
      expect(await store.countProducts({ sellerId, categoryId: root.id })).toBe(26);
    });

    it('exports every product in id order, any status, page by page', async () => {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: ProductRecord[] = await store.exportProducts(after, 50);
        ids.push(...page.map((p) => p.id));
        if (page.length < 50) break;
        after = page[page.length - 1].id;
      }
      expect(ids).toEqual([...ids].sort());
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining(all.map((p) => p.id)));
    });
  });

  describe('reservations', () => {
    it('lets exactly 10 of 50 concurrent single-unit reservations through on stock 10', async () => {
      const product = await insert(aProduct(child, { stockAvailable: 10 }));
      const results = await Promise.all(
        Array.from({ length: 50 }, () =>
          store.reserve(aReservation([{ productId: product.id, quantity: 1 }]), new Date()),
        ),
      );
      const reserved = results.filter((r) => r.status === 'RESERVED');
      expect(reserved).toHaveLength(10);
      expect(results.filter((r) => r.status === 'REJECTED')).toHaveLength(40);
      expect(results.find((r) => r.status === 'REJECTED')!.rejection).toEqual({
        code: 'OUT_OF_STOCK',
        productId: product.id,
        available: 0,
      });
      expect(await stockOf(product.id)).toBe(0);
    });

    it('is idempotent by id: retries (even concurrent) take stock once and return the same answer', async () => {
      const product = await insert(aProduct(child, { stockAvailable: 10 }));
      const request = aReservation([{ productId: product.id, quantity: 3 }]);
      const answers = await Promise.all(Array.from({ length: 5 }, () => store.reserve(request, new Date())));
      expect(answers.map((a) => a.status)).toEqual(Array(5).fill('RESERVED'));
      const again = await store.reserve(request, new Date());
      expect(again).toMatchObject({ id: request.id, status: 'RESERVED', items: request.items });
      expect(again.expiresAt).toEqual(request.expiresAt);
      expect(await stockOf(product.id)).toBe(7);
    });

    it('is all-or-nothing: a short item gives back what earlier items took', async () => {
      const plenty = await insert(aProduct(child, { stockAvailable: 5 }));
      const scarce = await insert(aProduct(child, { stockAvailable: 1 }));
      const request = aReservation([
        { productId: plenty.id, quantity: 2 },
        { productId: scarce.id, quantity: 3 },
      ]);
      const answer = await store.reserve(request, new Date());
      expect(answer.status).toBe('REJECTED');
      expect(answer.rejection).toEqual({ code: 'OUT_OF_STOCK', productId: scarce.id, available: 1 });
      expect(await stockOf(plenty.id)).toBe(5);
      expect(await stockOf(scarce.id)).toBe(1);
      expect(await store.reserve(request, new Date())).toMatchObject({ status: 'REJECTED' });
      expect(await stockOf(plenty.id)).toBe(5);
    });

    it('never oversells and stays all-or-nothing when multi-item reservations race', async () => {
      const a = await insert(aProduct(child, { stockAvailable: 6 }));
      const b = await insert(aProduct(child, { stockAvailable: 4 }));
      const shapes = [
        [
          { productId: a.id, quantity: 1 },
          { productId: b.id, quantity: 1 },
        ],
        [{ productId: a.id, quantity: 1 }],
        [{ productId: b.id, quantity: 1 }],
      ];
      const requests = Array.from({ length: 30 }, (_, i) => aReservation(shapes[i % 3]));
      const answers = await Promise.all(requests.map((request) => store.reserve(request, new Date())));
      expect(answers.every((r) => r.status === 'RESERVED' || r.status === 'REJECTED')).toBe(true);
      // What the RESERVED answers took is exactly what left the stock: a refused request took nothing.
      const taken = (productId: string) =>
        answers
          .filter((r) => r.status === 'RESERVED')
          .flatMap((r) => r.items)
          .filter((item) => item.productId === productId)
          .reduce((sum, item) => sum + item.quantity, 0);
      expect(taken(a.id)).toBeLessThanOrEqual(6);
      expect(taken(b.id)).toBeLessThanOrEqual(4);
      expect(await stockOf(a.id)).toBe(6 - taken(a.id));
      expect(await stockOf(b.id)).toBe(4 - taken(b.id));
      expect(answers.filter((r) => r.status === 'REJECTED').length).toBeGreaterThan(0);
    });

    it('reserves only ACTIVE products and reports unknown ones', async () => {
      const draft = await insert(aProduct(child, { status: ProductStatus.DRAFT, stockAvailable: 5 }));
      const refused = await store.reserve(aReservation([{ productId: draft.id, quantity: 1 }]), new Date());
      expect(refused.rejection).toEqual({ code: 'OUT_OF_STOCK', productId: draft.id, available: 0 });
      const unknown = randomUUID();
      const missing = await store.reserve(aReservation([{ productId: unknown, quantity: 1 }]), new Date());
      expect(missing.rejection).toEqual({ code: 'NOT_FOUND', productId: unknown, available: 0 });
      expect(await stockOf(draft.id)).toBe(5);
    });

    it('commits once; a committed reservation cannot be released', async () => {
      const product = await insert(aProduct(child, { stockAvailable: 4 }));
      const request = aReservation([{ productId: product.id, quantity: 4 }]);
      await store.reserve(request, new Date());
      expect(await store.commitReservation(request.id, new Date())).toMatchObject({ status: 'COMMITTED' });
      expect(await store.commitReservation(request.id, new Date())).toMatchObject({ status: 'COMMITTED' });
      expect(await store.releaseReservation(request.id, new Date())).toMatchObject({ status: 'COMMITTED' });
      expect(await stockOf(product.id)).toBe(0);
      expect(await store.commitReservation(randomUUID(), new Date())).toBeNull();
    });

    it('lets exactly one of a racing commit and release win, and moves stock accordingly', async () => {
      for (let round = 0; round < 5; round++) {
        const product = await insert(aProduct(child, { stockAvailable: 5 }));
        const request = aReservation([{ productId: product.id, quantity: 2 }]);
        await store.reserve(request, new Date());
        const [committed, released] = await Promise.all([
          store.commitReservation(request.id, new Date()),
          store.releaseReservation(request.id, new Date()),
        ]);
        // Both answer the winner's state: COMMITTED keeps the stock taken, RELEASED gives it back.
        expect(committed!.status).toBe(released.status);
        expect(['COMMITTED', 'RELEASED']).toContain(released.status);
        expect(await stockOf(product.id)).toBe(released.status === 'COMMITTED' ? 3 : 5);
        expect(await store.findReservation(request.id)).toMatchObject({ status: released.status });
      }
    });

    it('answers a commit of a refused reservation with REJECTED and takes nothing', async () => {
      const product = await insert(aProduct(child, { stockAvailable: 1 }));
      const request = aReservation([{ productId: product.id, quantity: 2 }]);
      expect(await store.reserve(request, new Date())).toMatchObject({ status: 'REJECTED' });
      expect(await store.commitReservation(request.id, new Date())).toMatchObject({ status: 'REJECTED' });
      expect(await stockOf(product.id)).toBe(1);
    });

    it('releases stock exactly once, even when releases race; a released reservation cannot commit', async () => {
      const product = await insert(aProduct(child, { stockAvailable: 6 }));
      const request = aReservation([{ productId: product.id, quantity: 4 }]);
      await store.reserve(request, new Date());
      expect(await stockOf(product.id)).toBe(2);
      const releases = await Promise.all(
        Array.from({ length: 5 }, () => store.releaseReservation(request.id, new Date())),
      );
      expect(releases.map((r) => r.status)).toEqual(Array(5).fill('RELEASED'));
      expect(await stockOf(product.id)).toBe(6);
      expect(await store.commitReservation(request.id, new Date())).toMatchObject({ status: 'RELEASED' });
      expect(await stockOf(product.id)).toBe(6);
    });

    it('keeps a tombstone for a release of an unknown id, so a late reserve takes nothing', async () => {
      const product = await insert(aProduct(child, { stockAvailable: 3 }));
      const request = aReservation([{ productId: product.id, quantity: 1 }]);
      expect(await store.releaseReservation(request.id, new Date())).toMatchObject({ status: 'RELEASED' });
      expect(await store.reserve(request, new Date())).toMatchObject({ status: 'RELEASED' });
      expect(await stockOf(product.id)).toBe(3);
    });

    it('expires reservations past their expiry and returns their stock once', async () => {
      const product = await insert(aProduct(child, { stockAvailable: 5 }));
      const now = new Date();
      const due = aReservation([{ productId: product.id, quantity: 2 }], 1000, now);
      const later = aReservation([{ productId: product.id, quantity: 1 }], 3_600_000, now);
      await store.reserve(due, now);
      await store.reserve(later, now);
      expect(await stockOf(product.id)).toBe(2);
      const sweepAt = new Date(now.getTime() + 2000);
      let expired = 0;
      for (let i = 0; i < 20 && (await store.findReservation(due.id))!.status !== 'EXPIRED'; i++) {
        expired += await store.expireReservations(sweepAt, 1000);
      }
      expect(expired).toBeGreaterThanOrEqual(1);
      expect(await store.findReservation(due.id)).toMatchObject({ status: 'EXPIRED' });
      expect(await store.findReservation(later.id)).toMatchObject({ status: 'RESERVED' });
      expect(await stockOf(product.id)).toBe(4);
      await store.expireReservations(sweepAt, 1000);
      expect(await stockOf(product.id)).toBe(4);
      expect(await store.commitReservation(due.id, sweepAt)).toMatchObject({ status: 'EXPIRED' });
    });

    it('expires instead of committing a reservation whose time ran out before the sweeper came', async () => {
      const product = await insert(aProduct(child, { stockAvailable: 5 }));
      const now = new Date();
      const request = aReservation([{ productId: product.id, quantity: 5 }], 1000, now);
      await store.reserve(request, now);
      const late = new Date(now.getTime() + 5000);
      expect(await store.commitReservation(request.id, late)).toMatchObject({ status: 'EXPIRED' });
      expect(await stockOf(product.id)).toBe(5);
    });
  });

  describe('restock', () => {
    /** The distinct `inventory.changed` events with reason `restock` received for a reservation. */
    const restockEvents = (reservationId: string) => {
      const mine = received.filter((e) => {
        const data = e.data as { reason?: string; reservationId?: string };
        return (
          e.type === 'inventory.changed' && data.reason === 'restock' && data.reservationId === reservationId
        );
      });
      return [...new Map(mine.map((e) => [e.id, e])).values()];
    };
    const byProduct = (x: { productId: string }, y: { productId: string }) =>
      x.productId < y.productId ? -1 : 1;

    /** Reserves and commits the items; returns the reservation id. */
    const committed = async (items: { productId: string; quantity: number }[]) => {
      const request = aReservation(items);
      await store.reserve(request, new Date());
      expect(await store.commitReservation(request.id, new Date())).toMatchObject({ status: 'COMMITTED' });
      return request.id;
    };

    it("returns a committed reservation's stock once and moves it to RESTOCKED", async () => {
      const a = await insert(aProduct(child, { stockAvailable: 5 }));
      const b = await insert(aProduct(child, { stockAvailable: 3 }));
      const id = await committed([
        { productId: b.id, quantity: 3 },
        { productId: a.id, quantity: 2 },
      ]);
      expect([await stockOf(a.id), await stockOf(b.id)]).toEqual([3, 0]);
      const restocked = await store.restockReservation(id, new Date());
      expect(restocked).toMatchObject({ id, status: 'RESTOCKED' });
      expect([await stockOf(a.id), await stockOf(b.id)]).toEqual([5, 3]);
      expect(await store.findReservation(id)).toMatchObject({ status: 'RESTOCKED' });
      await eventually('inventory.changed with reason restock', async () =>
        restockEvents(id).length >= 2 ? true : undefined,
      );
      expect(
        restockEvents(id)
          .map((e) => e.data as { productId: string })
          .sort(byProduct),
      ).toEqual(
        [
          { productId: a.id, stockAvailable: 5, delta: 2, reason: 'restock', reservationId: id },
          { productId: b.id, stockAvailable: 3, delta: 3, reason: 'restock', reservationId: id },
        ].sort(byProduct),
      );
      // A restocked reservation is terminal: commit and release change nothing.
      expect(await store.commitReservation(id, new Date())).toMatchObject({ status: 'RESTOCKED' });
      expect(await store.releaseReservation(id, new Date())).toMatchObject({ status: 'RESTOCKED' });
      expect([await stockOf(a.id), await stockOf(b.id)]).toEqual([5, 3]);
      await eventually('relay drained', async () =>
        (await store.relay.pendingCount()) === 0 ? true : undefined,
      );
    });

    it('is idempotent: a second restock changes nothing', async () => {
      const product = await insert(aProduct(child, { stockAvailable: 4 }));
      const id = await committed([{ productId: product.id, quantity: 3 }]);
      expect(await store.restockReservation(id, new Date())).toMatchObject({ status: 'RESTOCKED' });
      expect(await store.restockReservation(id, new Date())).toMatchObject({ status: 'RESTOCKED' });
      expect(await stockOf(product.id)).toBe(4);
    });

    it('returns stock exactly once when 10 restocks race', async () => {
      const product = await insert(aProduct(child, { stockAvailable: 7 }));
      const id = await committed([{ productId: product.id, quantity: 5 }]);
      expect(await stockOf(product.id)).toBe(2);
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => store.restockReservation(id, new Date())),
      );
      expect(answers.map((r) => r?.status)).toEqual(Array(10).fill('RESTOCKED'));
      expect(await stockOf(product.id)).toBe(7);
      await eventually('restock event published', async () =>
        restockEvents(id).length > 0 ? true : undefined,
      );
      await store.relay.flush();
      expect(restockEvents(id)).toHaveLength(1);
    });

    it('releases a reservation that was never committed, as release does', async () => {
      const product = await insert(aProduct(child, { stockAvailable: 6 }));
      const request = aReservation([{ productId: product.id, quantity: 4 }]);
      await store.reserve(request, new Date());
      expect(await stockOf(product.id)).toBe(2);
      expect(await store.restockReservation(request.id, new Date())).toMatchObject({ status: 'RELEASED' });
      expect(await stockOf(product.id)).toBe(6);
      expect(await store.restockReservation(request.id, new Date())).toMatchObject({ status: 'RELEASED' });
      expect(await store.releaseReservation(request.id, new Date())).toMatchObject({ status: 'RELEASED' });
      expect(await stockOf(product.id)).toBe(6);
    });

    it('answers null for an unknown id and stores nothing', async () => {
      const id = randomUUID();
      expect(await store.restockReservation(id, new Date())).toBeNull();
      expect(await store.findReservation(id)).toBeNull();
    });

    it('leaves a released or expired reservation unchanged', async () => {
      const product = await insert(aProduct(child, { stockAvailable: 5 }));
      const released = aReservation([{ productId: product.id, quantity: 2 }]);
      await store.reserve(released, new Date());
      await store.releaseReservation(released.id, new Date());
      expect(await stockOf(product.id)).toBe(5);
      expect(await store.restockReservation(released.id, new Date())).toMatchObject({ status: 'RELEASED' });
      expect(await stockOf(product.id)).toBe(5);

      const now = new Date();
      const expiring = aReservation([{ productId: product.id, quantity: 3 }], 1000, now);
      await store.reserve(expiring, now);
      const late = new Date(now.getTime() + 5000);
      expect(await store.commitReservation(expiring.id, late)).toMatchObject({ status: 'EXPIRED' });
      expect(await store.restockReservation(expiring.id, late)).toMatchObject({ status: 'EXPIRED' });
      expect(await stockOf(product.id)).toBe(5);
    });
  });

  describe('events', () => {
    const idsOf = (events: EventEnvelope[]) => new Set(events.map((e) => e.id));

    it('publishes the events written with each change through the relay', async () => {
      const product = aProduct(child);
      const categories = new Map([root, child].map((c) => [c.id, c]));
      const created = productCreatedEvent(productSnapshot(product, categories));
      await store.insertProduct(product, [created]);
      let updated: EventEnvelope | null = null;
      await store.mutateProduct(product.id, async (current) => {
        const next = { ...current, name: 'Renamed' };
        updated = productUpdatedEvent(productSnapshot(next, categories));
        return { product: next, events: [updated] };
      });
      const reservation = aReservation([{ productId: product.id, quantity: 2 }]);
      await store.reserve(reservation, new Date());
      await eventually('created, updated and inventory.changed', async () => {
        const mine = received.filter((e) => (e.data as { productId?: string }).productId === product.id);
        return mine.length >= 3 ? mine : undefined;
      });
      const mine = received.filter((e) => (e.data as { productId?: string }).productId === product.id);
      expect(mine.map((e) => e.type)).toEqual(['product.created', 'product.updated', 'inventory.changed']);
      expect(mine[0]).toMatchObject({ id: created.id, source: 'catalog' });
      expect(mine[0].data).toMatchObject({
        categoryPath: [
          { id: root.id, name: root.name, slug: root.slug },
          { id: child.id, name: child.name, slug: child.slug },
        ],
        price: { amount: 1999, currency: 'EUR' },
      });
      expect(mine[1].data).toMatchObject({ name: 'Renamed' });
      expect(mine[2].data).toEqual({
        productId: product.id,
        stockAvailable: 8,
        delta: -2,
        reason: 'reservation',
        reservationId: reservation.id,
      });
      await eventually('relay drained', async () =>
        (await store.relay.pendingCount()) === 0 ? true : undefined,
      );
    });

    it('publishes one inventory.changed per reserved item, with the stock after it', async () => {
      const a = await insert(aProduct(child, { stockAvailable: 7 }));
      const b = await insert(aProduct(child, { stockAvailable: 4 }));
      const reservation = aReservation([
        { productId: b.id, quantity: 3 },
        { productId: a.id, quantity: 2 },
      ]);
      await store.reserve(reservation, new Date());
      const mine = () =>
        received.filter(
          (e) =>
            e.type === 'inventory.changed' &&
            (e.data as { reservationId?: string }).reservationId === reservation.id,
        );
      await eventually('both inventory.changed', async () => (mine().length >= 2 ? true : undefined));
      expect(mine().map((e) => e.data)).toEqual(
        expect.arrayContaining([
          {
            productId: a.id,
            stockAvailable: 5,
            delta: -2,
            reason: 'reservation',
            reservationId: reservation.id,
          },
          {
            productId: b.id,
            stockAvailable: 1,
            delta: -3,
            reason: 'reservation',
            reservationId: reservation.id,
          },
        ]),
      );
      expect(mine()[0]).toMatchObject({ source: 'catalog', version: 1 });
    });

    it('loses nothing when publishing fails between the write and the publish', async () => {
      bus.failing = true;
      try {
        const products = [aProduct(child), aProduct(child)];
        const events = products.map((p) => productCreatedEvent(productSnapshot(p, new Map())));
        await store.insertProduct(products[0], [events[0]]);
        await store.bulkInsertProducts([{ product: products[1], events: [events[1]] }]);
        // The relay (kicked by the writes) tries and fails; the events must stay stored meanwhile.
        const refusedBefore = bus.refused;
        await store.relay.flush().catch(() => undefined);
        await eventually('a refused publish', async () => (bus.refused > refusedBefore ? true : undefined));
        expect(await store.relay.pendingCount()).toBeGreaterThanOrEqual(2);
        expect([...idsOf(received)].filter((id) => idsOf(events).has(id))).toEqual([]);
        bus.failing = false;
        await eventually('events after recovery', async () =>
          events.every((e) => idsOf(received).has(e.id)) ? true : undefined,
        );
      } finally {
        bus.failing = false;
      }
      await eventually('relay drained', async () =>
        (await store.relay.pendingCount()) === 0 ? true : undefined,
      );
    });

    it('bulk-inserts with or without events', async () => {
      const rows = Array.from({ length: 30 }, () => aProduct(child));
      const withEvents = rows.slice(0, 10).map((product) => ({
        product,
        events: [productCreatedEvent(productSnapshot(product, new Map()))],
      }));
      const silent = rows.slice(10).map((product) => ({ product, events: [] }));
      expect(await store.bulkInsertProducts([...withEvents, ...silent])).toBe(30);
      const found = await store.findProductsByIds(rows.map((p) => p.id));
      expect(found.every((p) => p !== null)).toBe(true);
      await store.relay.flush();
      const eventIds = idsOf(received);
      expect(withEvents.every((row) => eventIds.has(row.events[0].id))).toBe(true);
      const ids = new Set(rows.slice(10).map((p) => p.id));
      expect(received.some((e) => ids.has((e.data as { productId: string }).productId))).toBe(false);
    });
  });
}
