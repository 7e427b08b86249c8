import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Money } from '@commerce/contracts';

/** A product as the catalog's `_entities` answers it to the cart. */
export interface FakeProduct {
  id: string;
  name: string;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  price: Money;
  stockAvailable: number;
  sellerId: string;
}

/**
 * What the cart's tests need from a catalog: a GraphQL URL answering `_entities` for Product, and a
 * way to put and change products. The real catalog can stand in for this in end-to-end tests.
 */
interface CatalogFixture {
  readonly url: string;
  put(product: Partial<FakeProduct> & { sellerId: string }): FakeProduct;
  update(id: string, changes: Partial<Omit<FakeProduct, 'id'>>): FakeProduct;
  stop(): Promise<void>;
}

/**
 * A tiny in-memory catalog subgraph for the cart's tests (catalog is built in parallel): it answers the
 * federation `_entities` query exactly as the contract describes, null for unknown ids.
 */
export class FakeCatalog implements CatalogFixture {
  private readonly products = new Map<string, FakeProduct>();
  /** `_entities` calls answered, to check batching. */
  requests = 0;
  /** When set, every request is answered with this HTTP status (catalog failing). */
  failWithStatus: number | null = null;
  /**
   * When set, runs once before the next request is answered: lets a test change the cart while a
   * request of the cart service waits for the catalog.
   */
  beforeNextAnswer: (() => Promise<void>) | null = null;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeCatalog> {
    let catalog: FakeCatalog | null = null;
    const server = createServer((req, res) => {
      void catalog!.answer(req).then(([status, body]) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    catalog = new FakeCatalog(server, `http://127.0.0.1:${port}/graphql`);
    return catalog;
  }

  put(product: Partial<FakeProduct> & { sellerId: string }): FakeProduct {
    const id = product.id ?? randomUUID();
    const stored: FakeProduct = {
      id,
      name: `Product ${id.slice(0, 8)}`,
      status: 'ACTIVE',
      price: { amount: 1000, currency: 'USD' },
      stockAvailable: 50,
      ...product,
    };
    this.products.set(id, stored);
    return stored;
  }

  update(id: string, changes: Partial<Omit<FakeProduct, 'id'>>): FakeProduct {
    const current = this.products.get(id);
    if (!current) throw new Error(`fake catalog has no product ${id}`);
    const updated = { ...current, ...changes };
    this.products.set(id, updated);
    return updated;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async answer(req: IncomingMessage): Promise<[number, unknown]> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const hook = this.beforeNextAnswer;
    this.beforeNextAnswer = null;
    if (hook) await hook();
    if (this.failWithStatus !== null)
      return [this.failWithStatus, { errors: [{ message: 'failing on purpose' }] }];
    let body: { query?: string; variables?: { r?: { __typename: string; id: string }[] } };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return [400, { errors: [{ message: 'bad JSON' }] }];
    }
    const representations = body.variables?.r;
    if (!body.query?.includes('_entities') || !Array.isArray(representations)) {
      return [400, { errors: [{ message: 'only _entities is served here' }] }];
    }
    this.requests++;
    const entities = representations.map((rep) => {
      const product =
        rep.__typename === 'Product' ? this.products.get(String(rep.id).toLowerCase()) : undefined;
      if (!product) return null;
      const { sellerId, ...rest } = product;
      return { __typename: 'Product', ...rest, seller: { id: sellerId } };
    });
    return [200, { data: { _entities: entities } }];
  }
}
