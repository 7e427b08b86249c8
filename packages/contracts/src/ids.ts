import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An id minted by the service that owns the thing: opaque to everyone else, only bounded so a reader
 * can store it. Events use it, so a consumer never refuses a fact over the format of an id.
 */
export const idSchema = z.string().min(1).max(100);

/**
 * A UUID, where the receiving service keeps the id in a uuid column (PostgreSQL would refuse the cast
 * later, after work was done). Upper or lower case, as `isUuid` of @commerce/runtime.
 */
export const uuidSchema = z.string().regex(UUID, 'must be a UUID');

/** ISO 8601 with a zone (`Date#toISOString()`), the one way times travel between services. */
export const timestampSchema = z.string().datetime({ offset: true });
