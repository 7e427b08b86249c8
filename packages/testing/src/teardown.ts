/**
 * What a test harness started, to be stopped in reverse order (the service before the bus, cache,
 * fakes and database it uses). Registering each resource as it starts also means a harness whose
 * start fails half-way can still stop what did start.
 */
export class Teardown {
  private readonly steps: (() => Promise<unknown>)[] = [];

  /** Registers `stop` for `resource` and returns the resource, so starting and registering are one line. */
  add<T>(resource: T, stop: (resource: T) => Promise<unknown>): T {
    this.steps.push(() => stop(resource));
    return resource;
  }

  /** Runs every registered stop, last registered first, each once. */
  async run(): Promise<void> {
    for (let step = this.steps.pop(); step; step = this.steps.pop()) await step();
  }
}
