/**
 * Events the users service publishes (routing key = type). Payloads are thin; `email` travels in
 * `user.registered`/`user.updated` because notifications must be able to write to the user without
 * reading this service's database, and `user.deleted` tells every consumer to erase what it copied.
 */
export const UserEvents = {
  registered: 'user.registered',
  updated: 'user.updated',
  roleGranted: 'user.role_granted',
  deleted: 'user.deleted',
} as const;

export interface UserRegisteredData {
  userId: string;
  username: string;
  email: string;
  roles: string[];
}

export interface UserUpdatedData {
  userId: string;
  username: string;
  email: string | null;
  roles: string[];
}

export interface UserDeletedData {
  userId: string;
}
