/**
 * One computation per key at a time: callers that ask for a key already being computed get that
 * computation's promise instead of starting their own. The entry leaves the map when it settles, so
 * nothing is remembered after the fact: this shares work, it caches nothing.
 */
export class InFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  /** `shared` says whether this caller joined a computation another caller started. */
  run(key: string, compute: () => Promise<T>): { result: Promise<T>; shared: boolean } {
    const existing = this.running.get(key);
    if (existing) return { result: existing, shared: true };
    const result = compute();
    this.running.set(key, result);
    const forget = () => {
      if (this.running.get(key) === result) this.running.delete(key);
    };
    result.then(forget, forget);
    return { result, shared: false };
  }

  get size(): number {
    return this.running.size;
  }
}
