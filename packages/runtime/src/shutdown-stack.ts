import type { Logger } from '@commerce/logging';

/**
 * What a service acquired, each with the step that undoes it, undone in the reverse order: whatever
 * started last (a consumer) stops first, the database it needed closes last. The same stack cleans up
 * after a start-up that failed half-way and runs the graceful shutdown.
 */
export class ShutdownStack {
  private readonly steps: Array<{ name: string; undo: () => Promise<unknown> }> = [];

  constructor(private readonly logger: Logger) {}

  push(name: string, undo: () => Promise<unknown>): void {
    this.steps.push({ name, undo });
  }

  /** Runs every step, last pushed first; a failing step is logged and the others still run. */
  async unwind(): Promise<void> {
    while (this.steps.length > 0) {
      const { name, undo } = this.steps.pop()!;
      try {
        await undo();
      } catch (error) {
        this.logger.error({ err: error, step: name }, 'shutdown step failed');
      }
    }
  }
}
