import type DataLoader from 'dataloader';
import type { RequestContext } from '@commerce/auth';
import type { AddressService } from './address/address.service';
import type { AuthService } from './auth/auth.service';
import type { ClientService } from './client/client.service';
import type { SigningKeyStore } from './auth/signing-keys';
import type { UserEntity } from './user/user.entity';
import type { UserService } from './user/user.service';

/** The users service's singletons, reached by resolvers through the request context. */
export interface UsersServices {
  users: UserService;
  auth: AuthService;
  addresses: AddressService;
  /** The keys that sign tokens (served as JWKS, rotated by operators). */
  signingKeys: SigningKeyStore;
  /** API clients (partners, first-party apps) and their keys. */
  clients: ClientService;
}

/** Per-request context: the caller, the services and this request's DataLoaders. */
export interface UsersContext extends RequestContext {
  services: UsersServices;
  loaders: { userById: DataLoader<string, UserEntity | null> };
}
