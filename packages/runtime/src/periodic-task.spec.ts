import { createLogger } from '@commerce/logging';
import { PeriodicTask } from './periodic-task';

const logger = createLogger({ service: 'periodic-task-spec', level: 'silent' });

describe('PeriodicTask', () => {
  it('runs repeatedly, never overlapping, keeps going after a failure, and stop waits for the pass', async () => {
    let running = 0;
    let maxConcurrent = 0;
    let passes = 0;
    let releaseLast: () => void = () => undefined;
    const task = new PeriodicTask(
      'spec',
      5,
      async () => {
        passes++;
        running++;
        maxConcurrent = Math.max(maxConcurrent, running);
        if (passes === 2) {
          running--;
          throw new Error('a failing pass');
        }
        await new Promise<void>((resolve) => {
          releaseLast = resolve;
          setTimeout(resolve, 20);
        });
        running--;
      },
      logger,
    );
    task.start();
    while (passes < 4) await new Promise((resolve) => setTimeout(resolve, 5));
    const stopping = task.stop();
    releaseLast();
    await stopping;
    const after = passes;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(maxConcurrent).toBe(1);
    expect(passes).toBe(after); // nothing runs after stop
    expect(running).toBe(0); // stop waited for the pass in progress
  });
});
