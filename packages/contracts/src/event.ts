import type { z } from 'zod';

/**
 * The contract of one event: its routing key (`type`), the version of its payload and the schema of
 * its `data`. The producer validates what it sends with {@link EventContract.parse} (the outbox writer
 * does it), so nothing a consumer cannot read is ever published; the consumer parses what it receives
 * with it, or with a `pick` of its schema when it needs only a few fields (a tolerant reader: fields it
 * does not know are ignored, so producers can add fields without breaking anyone).
 */
export interface EventContract<Type extends string = string, Schema extends z.ZodTypeAny = z.ZodTypeAny> {
  readonly type: Type;
  /** Consumers skip versions they do not know. */
  readonly version: number;
  readonly schema: Schema;
  /** The payload as the contract defines it (unknown fields dropped); throws a ZodError otherwise. */
  parse(data: unknown): z.output<Schema>;
}

/** The data a consumer reads from an event of contract `E`. */
export type EventData<E extends EventContract> = z.output<E['schema']>;

/** The data a producer passes for an event of contract `E` (defaults may be left out). */
export type EventInput<E extends EventContract> = z.input<E['schema']>;

/** Declares an event: routing key and payload schema, side by side. */
export function defineEvent<Type extends string, Schema extends z.ZodTypeAny>(
  type: Type,
  schema: Schema,
  version = 1,
): EventContract<Type, Schema> {
  return Object.freeze({ type, version, schema, parse: (data: unknown) => schema.parse(data) });
}
