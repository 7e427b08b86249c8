import { Role } from '@commerce/auth';
import { rolesWith } from './role-rules';

describe('rolesWith', () => {
  it('appends a role the account does not hold, keeping the others in order', () => {
    expect(rolesWith([Role.BUYER], Role.SELLER)).toEqual([Role.BUYER, Role.SELLER]);
    expect(rolesWith([Role.BUYER, Role.SELLER], Role.ADMIN)).toEqual([Role.BUYER, Role.SELLER, Role.ADMIN]);
  });

  it('answers null for a role already held, so a second grant writes and publishes nothing', () => {
    expect(rolesWith([Role.BUYER, Role.SELLER], Role.SELLER)).toBeNull();
  });

  it('does not change the array it was given', () => {
    const roles = [Role.BUYER];
    rolesWith(roles, Role.ADMIN);
    expect(roles).toEqual([Role.BUYER]);
  });
});
