import { Client } from 'pg';
import type { EventEnvelope } from '@commerce/events';
import { graphql } from '@commerce/testing';
import { SignUpDocument, SignUpMutation } from './users-operations';
import { startUsersHarness, UsersHarness } from './users-harness';

export interface Account {
  username: string;
  email: string;
  password: string;
  phoneNumber?: string;
}

/** What `signUp` answers: the account sent and the session the service returned. */
export interface SignedUp {
  account: Account;
  session: SignUpMutation['signUp'];
}

/**
 * The setup every users spec file shares: the real service on a fresh database (one per file), a
 * direct PostgreSQL client to check what was (not) stored, every `user.*` event it published, and
 * helpers to make distinct accounts.
 */
export interface UsersFixture {
  harness: UsersHarness;
  db: Client;
  /** `user.*` events received so far, in order. */
  received: EventEnvelope[];
  newAccount(): Account;
  /** Signs `account` (a new distinct one by default) up and fails the test if that is refused. */
  signUp(account?: Account): Promise<SignedUp>;
  countUsers(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Login limits sized for spec files: few failures per account (so the limit is reachable in a test),
 * many attempts per IP (every request of a file comes from one address).
 */
export const SPEC_LOGIN_LIMITS = {
  LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
  LOGIN_MAX_ATTEMPTS_PER_IP: '1000',
};

export async function startUsersFixture(env: Record<string, string> = {}): Promise<UsersFixture> {
  const harness = await startUsersHarness({ ...SPEC_LOGIN_LIMITS, ...env });
  const db = new Client({ connectionString: harness.database.url });
  await db.connect();
  const received: EventEnvelope[] = [];
  await harness.bus.consume({
    consumer: 'users-spec',
    patterns: ['user.#'],
    handler: async (event) => {
      received.push(event);
    },
  });

  let counter = 0;
  const newAccount = (): Account => {
    counter += 1;
    const username = `user${counter}_${Date.now().toString(36)}`;
    return { username, email: `${username}@example.com`, password: 'correct-horse-42' };
  };

  return {
    harness,
    db,
    received,
    newAccount,
    async signUp(account = newAccount()) {
      const response = await graphql(harness.url, SignUpDocument, { input: account });
      expect(response.errors).toBeUndefined();
      return { account, session: response.data!.signUp };
    },
    async countUsers() {
      return Number((await db.query('SELECT count(*) FROM users')).rows[0].count);
    },
    async stop() {
      await db.end();
      await harness.stop();
    },
  };
}
