/**
 * The error of type `type` that `fn` throws; fails the test when nothing, or something else, is thrown.
 * Lets a test assert on the error's fields (code, details) rather than only on its message.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function thrownBy<E extends Error>(fn: () => unknown, type: new (...args: any[]) => E): E {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected a ${type.name}, nothing was thrown`);
}

/** The error of type `type` that `promise` rejects with; fails the test when it resolves. */
export async function rejectionOf<E extends Error>(
  promise: Promise<unknown>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any constructor, whatever it takes
  type: new (...args: any[]) => E,
): Promise<E> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  if (!outcome) throw new Error(`expected a ${type.name}, the promise resolved`);
  expect(outcome.error).toBeInstanceOf(type);
  return outcome.error as E;
}
