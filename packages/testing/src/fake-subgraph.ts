import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One entry of `_entities(representations: $r)` as a subgraph's client sends it. */
export interface EntityRepresentation {
  __typename: string;
  id: string;
}

/**
 * A tiny stand-in for another subgraph in a service's tests: a GraphQL URL that answers only the
 * federation `_entities` query (`variables.r` holds the representations), with `entity` deciding each
 * answer (null for an unknown id, and for any other `__typename`). Tests can make it fail, hold an
 * answer back, and count the lookups it served.
 */
export abstract class FakeSubgraph {
  /** `_entities` requests answered, to check batching. */
  requests = 0;
  /** When set, every request is answered with this HTTP status (the other service failing). */
  failWithStatus: number | null = null;
  /**
   * When set, runs once before the next request is answered: lets a test change state while a
   * request of the service under test waits for this one.
   */
  beforeNextAnswer: (() => Promise<void>) | null = null;
  private server: Server | null = null;
  private address = '';

  protected constructor(private readonly typename: string) {}

  /** The GraphQL endpoint (after `listen`). */
  get url(): string {
    return this.address;
  }

  /** The entity to answer for an id of this fake's type, or null. */
  protected abstract entity(id: string): Record<string, unknown> | null;

  /** Listens on an ephemeral port of 127.0.0.1. */
  async listen(): Promise<this> {
    const server = createServer((req, res) => {
      void this.answer(req).then(([status, body]) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.address = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    return this;
  }

  stop(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  }

  private async answer(req: IncomingMessage): Promise<[number, unknown]> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const hook = this.beforeNextAnswer;
    this.beforeNextAnswer = null;
    if (hook) await hook();
    if (this.failWithStatus !== null)
      return [this.failWithStatus, { errors: [{ message: 'failing on purpose' }] }];
    let body: { query?: string; variables?: { r?: EntityRepresentation[] } };
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
      const entity = rep.__typename === this.typename ? this.entity(String(rep.id).toLowerCase()) : null;
      return entity && { __typename: this.typename, ...entity };
    });
    return [200, { data: { _entities: entities } }];
  }
}
