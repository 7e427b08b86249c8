import { LiveStream } from './live-stream';

const update = (n: number) => ({ data: { n } });

describe('LiveStream', () => {
  it('hands results to a waiting reader in order, and completes after end', async () => {
    const stream = new LiveStream(() => undefined);
    const first = stream.next();
    stream.push(update(1));
    stream.push(update(2));
    stream.end();
    expect(await first).toEqual({ value: update(1), done: false });
    expect(await stream.next()).toEqual({ value: update(2), done: false });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('keeps the newest 8 updates for a slow reader', async () => {
    const stream = new LiveStream(() => undefined);
    for (let n = 1; n <= 12; n++) stream.push(update(n));
    const seen: unknown[] = [];
    stream.end();
    for await (const result of stream) seen.push(result);
    expect(seen).toEqual([5, 6, 7, 8, 9, 10, 11, 12].map(update));
  });

  it('tells its owner once when the subscriber leaves, and ignores later pushes', async () => {
    const onReturn = jest.fn();
    const stream = new LiveStream(onReturn);
    const waiting = stream.next();
    await stream.return();
    await stream.return();
    stream.push(update(1));
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(onReturn).toHaveBeenCalledTimes(1);
    expect(stream.ended).toBe(true);
  });
});
