import { erasedAccount } from './account-erasure';

describe('erasedAccount', () => {
  const userId = '6f1c7a52-0d4e-4a57-9d2e-3f1b2c4d5e6f';
  const now = new Date('2026-01-02T03:04:05Z');

  it('clears every personal field and every role, and stamps the deletion', () => {
    expect(erasedAccount(userId, now)).toEqual({
      username: `deleted-${userId}`,
      email: null,
      phoneNumber: null,
      passwordHash: null,
      sellerDisplayName: null,
      sellerDescription: null,
      roles: [],
      deletedAt: now,
    });
  });

  it('gives each erased account its own username, so the unique index still holds', () => {
    expect(erasedAccount(userId, now).username).not.toBe(
      erasedAccount('0b8e5c1e-6a3f-4f0e-8d7c-1a2b3c4d5e6f', now).username,
    );
  });
});
