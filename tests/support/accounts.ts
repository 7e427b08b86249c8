import { randomBytes } from 'node:crypto';
import { graphql } from '@commerce/testing';
import {
  BecomeSellerDocument,
  LoginDocument,
  RefreshTokenDocument,
  SignUpDocument,
} from '../generated/graphql';

/** An account as the end-to-end tests use it: who it is and a valid access token. */
export interface Account {
  id: string;
  username: string;
  token: string;
}

const PASSWORD = 'e2e-password-77';
let counter = 0;

/** A short suffix unique across runs and parallel files (names, slugs, codes). */
export function unique(): string {
  counter += 1;
  return `${counter}${randomBytes(3).toString('hex')}`;
}

/** A username with a readable prefix per suite. */
function uniqueUsername(prefix: string): string {
  return `${prefix}${unique()}`;
}

/**
 * `count` results of `create`, made `batchSize` at a time: enough in parallel to be quick, few enough
 * that the users service (argon2 hashing on two cores) and its pool are not swamped. Order is kept.
 */
export async function inBatches<T>(
  count: number,
  batchSize: number,
  create: (index: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += batchSize) {
    const size = Math.min(batchSize, count - start);
    results.push(...(await Promise.all(Array.from({ length: size }, (_, i) => create(start + i)))));
  }
  return results;
}

/**
 * Accounts created through the gateway, the way a frontend does it: `signUp` for buyers; sellers sign
 * up, become sellers, then refresh so the access token carries SELLER; the admin logs in with the users
 * service's bootstrapped credentials.
 */
export function accountsOf(url: string, prefix: string) {
  async function signUp(): Promise<Account & { refreshToken: string }> {
    const username = uniqueUsername(prefix);
    const response = await graphql(url, SignUpDocument, {
      input: { username, email: `${username}@example.com`, password: PASSWORD },
    });
    expect(response.errors).toBeUndefined();
    const session = response.data!.signUp;
    return { id: session.user.id, username, token: session.accessToken, refreshToken: session.refreshToken };
  }

  async function signUpSeller(): Promise<Account> {
    const account = await signUp();
    const became = await graphql(
      url,
      BecomeSellerDocument,
      { input: { displayName: `Shop ${account.username}` } },
      { token: account.token },
    );
    expect(became.errors).toBeUndefined();
    const refreshed = await graphql(url, RefreshTokenDocument, { refreshToken: account.refreshToken });
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data!.refreshToken.user.roles).toEqual(expect.arrayContaining(['SELLER']));
    return { id: account.id, username: account.username, token: refreshed.data!.refreshToken.accessToken };
  }

  async function loginAdmin(credentials: {
    ADMIN_USERNAME: string;
    ADMIN_PASSWORD: string;
  }): Promise<Account> {
    const login = await graphql(url, LoginDocument, {
      input: { usernameOrEmail: credentials.ADMIN_USERNAME, password: credentials.ADMIN_PASSWORD },
    });
    expect(login.errors).toBeUndefined();
    expect(login.data!.login.user.roles).toContain('ADMIN');
    return {
      id: login.data!.login.user.id,
      username: credentials.ADMIN_USERNAME,
      token: login.data!.login.accessToken,
    };
  }

  return {
    signUp: async (): Promise<Account> => {
      const { refreshToken: _refreshToken, ...account } = await signUp();
      return account;
    },
    signUpSeller,
    loginAdmin,
  };
}
