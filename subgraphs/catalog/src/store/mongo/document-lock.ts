import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import { StoreBusyError } from '../catalog-store';
import { isDuplicateKey, LockDoc } from './models';

/** A write under a lock found the document changed by someone else: the lease ran out mid-work. */
export class LostLockError extends Error {
  constructor(key: string) {
    super(`document ${key} changed while locked (lease expired?)`);
    this.name = 'LostLockError';
  }
}

export interface DocumentLockOptions {
  /** How long a holder may keep a lock before others may take it (crash recovery). */
  leaseMs: number;
  /** How long to wait for a lock held by another process before giving up. */
  waitMs: number;
}

/**
 * Per-document mutual exclusion on a MongoDB-compatible store.
 *
 * Why: FerretDB v1 (PostgreSQL backend) applies every update as read, modify in Go, write back by
 * `_id`, with no lock in between, so concurrent updates of one document lose writes and conditional
 * updates (`{stock: {$gte: n}}` + `$inc`) are not atomic. What it does make atomic is an insert
 * against a unique index and a delete by `_id`. A lock is therefore a document `{_id: token, key}`
 * with a unique index on `key`: inserting it acquires, deleting it by its own token releases, and a
 * holder that crashed is displaced once its lease ran out by deleting exactly its token (never a newer
 * holder's lock). Waiters in the same process queue in memory first, so they do not poll the store.
 *
 * Caveat (as with any lease): work must finish within `leaseMs` (it takes milliseconds; the lease is
 * seconds). Writes under the lock also filter on the document's version, so a holder that overran its
 * lease fails with `LostLockError` rather than overwriting (on FerretDB that filter narrows the window
 * to the instant between its read and write). On MongoDB proper the same code is correct, only more
 * cautious than needed.
 */
export class DocumentLocks {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(
    private readonly locks: Model<LockDoc>,
    private readonly options: DocumentLockOptions,
  ) {}

  async withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    try {
      await previous;
      const token = await this.acquire(key);
      try {
        return await work();
      } finally {
        await this.locks.deleteOne({ _id: token }).catch(() => undefined); // else the lease frees it
      }
    } finally {
      done();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  private async acquire(key: string): Promise<string> {
    const deadline = Date.now() + this.options.waitMs;
    let pause = 2;
    for (;;) {
      const token = randomUUID();
      try {
        await this.locks.collection.insertOne({
          _id: token,
          key,
          expiresAt: new Date(Date.now() + this.options.leaseMs),
        } as never);
        return token;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      const holder = await this.locks.findOne({ key }).lean();
      if (holder && holder.expiresAt.getTime() < Date.now()) {
        await this.locks.deleteOne({ _id: holder._id });
        continue;
      }
      if (Date.now() > deadline) throw new StoreBusyError(key);
      await new Promise((resolve) => setTimeout(resolve, pause + Math.random() * pause));
      pause = Math.min(pause * 2, 50);
    }
  }
}

export const productLockKey = (id: string) => `product:${id}`;
export const reservationLockKey = (id: string) => `reservation:${id}`;
