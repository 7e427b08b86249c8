import type { Pool, PoolClient } from 'pg';

const COUNTED = Symbol('commerce.queryCounter');
type CountedClient = PoolClient & { [COUNTED]?: true };

/**
 * Counts the statements a service sends to PostgreSQL through its pool, to hold a request to a
 * bounded number of queries (the N+1 guard): `const { count } = await counter.during(() => request())`.
 * It wraps each pooled connection's `query` once, on the connection's next checkout, so it sees
 * every statement (transaction control included) exactly as PostgreSQL receives it.
 */
export class QueryCounter {
  private statements: string[] | null = null;

  /** `pool`: the service's pg pool (`poolOf(dataSource)` from @commerce/database). */
  constructor(pool: Pool) {
    pool.on('acquire', (client) => this.wrap(client as CountedClient));
  }

  /** Runs `work` and answers the statements sent meanwhile (by anyone using the pool). */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
    const statements: string[] = [];
    this.statements = statements;
    try {
      const result = await work();
      return { result, count: statements.length, statements };
    } finally {
      this.statements = null;
    }
  }

  private wrap(client: CountedClient): void {
    if (client[COUNTED]) return;
    client[COUNTED] = true;
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text;
      this.statements?.push(
        String(text ?? '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
      return query(...args);
    }) as PoolClient['query'];
  }
}
