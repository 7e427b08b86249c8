/**
 * What the users service tells others: account events (notifications write to users without reading
 * the users database; `user.deleted` tells every consumer to erase what it copied) and the buyer's
 * address the orders saga copies into an order.
 */
import { z } from 'zod';
import { defineEvent } from './event';
import { idSchema } from './ids';
import { defineRoute } from './route';

/** A postal address as users stores it. */
const userAddressSchema = z.object({
  id: idSchema,
  line1: z.string(),
  line2: z.string().nullable(),
  city: z.string(),
  postalCode: z.string(),
  country: z.string(),
});

export type UserAddress = z.infer<typeof userAddressSchema>;

/**
 * `GET /internal/addresses?userId=<uuid>&addressId=<uuid>`: the address when it belongs to the user.
 * Someone else's address answers 404 NOT_FOUND like a missing one (users does not reveal which);
 * malformed ids answer 400 BAD_USER_INPUT.
 */
export const FindUserAddress = defineRoute('GET', '/internal/addresses', {
  request: undefined,
  response: userAddressSchema,
});

/** Marketplace roles (the public API's `enum Role`, schema/api.graphql). */
const roleSchema = z.enum(['BUYER', 'SELLER', 'ADMIN']);

export const UserRegistered = defineEvent(
  'user.registered',
  z.object({ userId: idSchema, username: z.string(), email: z.string(), roles: z.array(roleSchema) }),
);

/** Profile or roles changed; `email` is null once erased. */
export const UserUpdated = defineEvent(
  'user.updated',
  z.object({
    userId: idSchema,
    username: z.string(),
    email: z.string().nullable(),
    roles: z.array(roleSchema),
  }),
);

/** BUYER, SELLER or ADMIN was added (becomeSeller, grantRole). */
export const UserRoleGranted = defineEvent(
  'user.role_granted',
  z.object({ userId: idSchema, role: roleSchema }),
);

/** The account was erased: consumers erase what they copied of it. */
export const UserDeleted = defineEvent('user.deleted', z.object({ userId: idSchema }));

/** Who calls the supergraph: FIRST_PARTY (our web and mobile apps) or PARTNER (trusted documents only). */
const clientKindSchema = z.enum(['FIRST_PARTY', 'PARTNER']);

/** A registered API client as the gateway needs it to admit, restrict and budget a request. */
const apiClientSchema = z.object({
  id: idSchema,
  /** Lower-case slug; also names the client's trusted-document manifest. */
  name: z.string(),
  kind: clientKindSchema,
  /** Operation names the client may run; null means every operation of its manifest. */
  allowedOperations: z.array(z.string()).nullable(),
  requestsPerMinute: z.number().int().positive(),
  costPointsPerMinute: z.number().int().positive(),
});

export type ApiClient = z.infer<typeof apiClientSchema>;

/**
 * `POST /internal/clients/resolve` `{ apiKey }`: the live client the key belongs to (the current key,
 * or the previous one within its rotation grace). An unknown, expired or revoked key answers 404
 * NOT_FOUND (which of these is not revealed). The key travels in the body so it never lands in an
 * access log as part of a URL.
 */
export const ResolveApiClient = defineRoute('POST', '/internal/clients/resolve', {
  request: z.object({ apiKey: z.string().min(1).max(200) }),
  response: apiClientSchema,
});

/** The pub/sub channel on which users announces a client whose keys changed (message: the client id). */
export const CLIENTS_CHANGED_CHANNEL = 'clients:changed';
