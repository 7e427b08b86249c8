import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCatalog {
  url: string;
  /** Request paths (with query) in arrival order. */
  requests: string[];
  close(): Promise<void>;
}

export interface FakeCatalogOptions {
  serviceToken: string;
  /** Answer 503 to the first request for these page numbers (0-based): exercises retries. */
  failOncePages?: number[];
}

/**
 * Stands in for catalog's internal export (`GET /internal/products?after=&limit=`), which is built in
 * parallel by the catalog team: an external port of search, so a small fake serving the contract's
 * shape is enough here. Cursors are offsets, opaque to the client.
 */
export async function startFakeCatalog(items: unknown[], options: FakeCatalogOptions): Promise<FakeCatalog> {
  const requests: string[] = [];
  const failed = new Set<number>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://catalog');
    requests.push(`${url.pathname}${url.search}`);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname !== '/internal/products') return send(404, { error: 'not found' });
    if (req.headers.authorization !== `Bearer ${options.serviceToken}`)
      return send(401, { error: 'bad token' });
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 1000), 1000);
    const offset = Number(url.searchParams.get('after') ?? 0);
    const page = Math.floor(offset / limit);
    if (options.failOncePages?.includes(page) && !failed.has(page)) {
      failed.add(page);
      return send(503, { error: 'try again' });
    }
    const next = offset + limit;
    send(200, { items: items.slice(offset, next), nextCursor: next < items.length ? String(next) : null });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
