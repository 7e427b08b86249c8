import { PasswordHasher } from './password-hasher';

// The cheapest argon2id settings: the rules are under test, not the cost (production: 19 MiB, t=2).
const hasher = new PasswordHasher({ memoryCost: 1024, timeCost: 1 });

describe('PasswordHasher', () => {
  it('stores argon2id hashes with a fresh salt each time, never the password', async () => {
    const first = await hasher.hash('wonderland-42');
    const second = await hasher.hash('wonderland-42');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(second).not.toBe(first);
    expect(first).not.toContain('wonderland-42');
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hasher.hash('wonderland-42');
    await expect(hasher.verify(stored, 'wonderland-42')).resolves.toBe(true);
    await expect(hasher.verify(stored, 'wonderland-43')).resolves.toBe(false);
  });

  it('answers false, after hashing, for an account without a hash (unknown or erased)', async () => {
    await expect(hasher.verify(null, 'wonderland-42')).resolves.toBe(false);
  });

  it('answers false rather than throwing for a stored value that is not a hash', async () => {
    await expect(hasher.verify('not-a-hash', 'wonderland-42')).resolves.toBe(false);
  });
});
