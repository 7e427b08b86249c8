import { hash, verify, Algorithm } from '@node-rs/argon2';

/** argon2id password hashing; cost is configurable so tests and benchmarks can size it for the machine. */
export class PasswordHasher {
  constructor(private readonly cost: { memoryCost: number; timeCost: number }) {}

  hash(password: string): Promise<string> {
    return hash(password, { algorithm: Algorithm.Argon2id, ...this.cost, parallelism: 1 });
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      // Spend the same time as a real check, so response time does not reveal unknown accounts.
      await this.hash(password);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }
}
