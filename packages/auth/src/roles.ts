/** Marketplace roles (docs/api.md, `enum Role`). Every user is a BUYER; SELLER after `becomeSeller`. */
export enum Role {
  BUYER = 'BUYER',
  SELLER = 'SELLER',
  ADMIN = 'ADMIN',
}

export const ALL_ROLES: readonly Role[] = [Role.BUYER, Role.SELLER, Role.ADMIN];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}
