import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A product as catalog's `_entities` answers reviews' lookup. */
export interface FakeProduct {
  id: string;
  sellerId: string;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  updatedAt: string;
}

/**
 * Stands in for the catalog subgraph in reviews' tests (catalog is another service): answers the
 * federation `_entities` query reviews sends for products it does not know yet, null for unknown
 * ids and for drafts (catalog shows a draft to no anonymous caller), and counts the lookups.
 */
export class FakeCatalog {
  private readonly products = new Map<string, FakeProduct>();
  /** `_entities` lookups answered. */
  lookups = 0;
  /** When set, every request is answered with this HTTP status (catalog failing). */
  failWithStatus: number | null = null;

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
    const stored: FakeProduct = {
      id: randomUUID(),
      status: 'ACTIVE',
      updatedAt: new Date().toISOString(),
      ...product,
    };
    this.products.set(stored.id, stored);
    return stored;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async answer(req: IncomingMessage): Promise<[number, unknown]> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (this.failWithStatus !== null)
      return [this.failWithStatus, { errors: [{ message: 'failing on purpose' }] }];
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      query?: string;
      variables?: { r?: { __typename: string; id: string }[] };
    };
    const representations = body.variables?.r;
    if (!body.query?.includes('_entities') || !Array.isArray(representations)) {
      return [400, { errors: [{ message: 'only _entities is served here' }] }];
    }
    this.lookups++;
    const entities = representations.map((rep) => {
      const product = this.products.get(String(rep.id).toLowerCase());
      if (!product || product.status === 'DRAFT') return null;
      return {
        __typename: 'Product',
        id: product.id,
        status: product.status,
        updatedAt: product.updatedAt,
        seller: { id: product.sellerId },
      };
    });
    return [200, { data: { _entities: entities } }];
  }
}
