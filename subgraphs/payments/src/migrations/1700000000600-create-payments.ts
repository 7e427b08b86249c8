import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments, refunds, their audit trail, the wallet ledger, the Stripe webhook inbox and the state of the
 * local provider simulators. Money columns hold minor units; per-payment amounts fit GraphQL's Int,
 * balances and sums are bigint.
 */
export class CreatePayments1700000000600 implements MigrationInterface {
  name = 'CreatePayments1700000000600';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purpose text NOT NULL CHECK (purpose IN ('ORDER', 'WALLET_TOP_UP')),
        order_id uuid,
        buyer_id uuid NOT NULL,
        method text NOT NULL CHECK (method IN ('CARD', 'WALLET', 'PAYPAL')),
        provider text NOT NULL,
        status text NOT NULL CHECK (status IN
          ('PENDING', 'AUTHORIZED', 'CAPTURED', 'FAILED', 'VOIDED', 'REFUNDED', 'PARTIALLY_REFUNDED')),
        amount integer NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        captured_amount integer NOT NULL DEFAULT 0 CHECK (captured_amount BETWEEN 0 AND amount),
        refunded_amount integer NOT NULL DEFAULT 0 CHECK (refunded_amount BETWEEN 0 AND captured_amount),
        idempotency_key text NOT NULL UNIQUE,
        request_fingerprint text NOT NULL,
        -- The provider token of the method (tok_..., pm_...), kept so a retry can replay the exact
        -- provider call; a token is not a card number.
        method_token text,
        provider_ref text,
        redirect_url text,
        failure_reason text,
        attempt_started_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((purpose = 'ORDER') = (order_id IS NOT NULL))
      )`);
    await runner.query(
      `CREATE INDEX payments_order ON payments (order_id, created_at) WHERE order_id IS NOT NULL`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX payments_provider_ref ON payments (provider, provider_ref) WHERE provider_ref IS NOT NULL`,
    );

    await runner.query(`
      CREATE TABLE refunds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        payment_id uuid NOT NULL REFERENCES payments(id),
        order_id uuid,
        amount integer NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
        destination text NOT NULL CHECK (destination IN ('ORIGINAL', 'WALLET')),
        reason text NOT NULL,
        idempotency_key text NOT NULL,
        provider_ref text,
        failure_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (payment_id, idempotency_key)
      )`);
    await runner.query(`CREATE INDEX refunds_order ON refunds (order_id, created_at)`);

    // Append-only: every state change of a payment or refund, who caused it, and the provider reference.
    await runner.query(`
      CREATE TABLE payment_audit (
        id bigserial PRIMARY KEY,
        payment_id uuid NOT NULL REFERENCES payments(id),
        refund_id uuid REFERENCES refunds(id),
        action text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        actor text NOT NULL,
        provider_ref text,
        amount integer,
        detail jsonb NOT NULL DEFAULT '{}',
        request_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX payment_audit_payment ON payment_audit (payment_id, id)`);

    // Wallets carry a cached balance kept in the posting's transaction (CHECK >= 0 is the last line of
    // defence against overspending); platform accounts carry none, so wallet payments never queue on
    // one hot row - their balance is the sum of their entries.
    await runner.query(`
      CREATE TABLE ledger_accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('WALLET', 'WALLET_HOLDS', 'MERCHANT_PAYABLE', 'CARD_FUNDS')),
        owner_id uuid,
        currency char(3) NOT NULL,
        balance bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'WALLET') = (owner_id IS NOT NULL)),
        CHECK ((kind = 'WALLET') = (balance IS NOT NULL)),
        CONSTRAINT wallet_balance_not_negative CHECK (balance >= 0),
        UNIQUE NULLS NOT DISTINCT (kind, owner_id, currency)
      )`);
    await runner.query(`
      CREATE TABLE ledger_transactions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('TOP_UP', 'HOLD', 'CAPTURE', 'RELEASE', 'REFUND')),
        payment_id uuid REFERENCES payments(id),
        refund_id uuid REFERENCES refunds(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE ledger_entries (
        id bigserial PRIMARY KEY,
        transaction_id uuid NOT NULL REFERENCES ledger_transactions(id),
        account_id uuid NOT NULL REFERENCES ledger_accounts(id),
        amount bigint NOT NULL CHECK (amount <> 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX ledger_entries_account ON ledger_entries (account_id, id)`);
    await runner.query(`CREATE INDEX ledger_entries_transaction ON ledger_entries (transaction_id)`);
    // Double entry enforced by the database too: at commit, every movement's entries sum to zero.
    await runner.query(`
      CREATE FUNCTION ledger_transaction_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT coalesce(sum(amount), 0) FROM ledger_entries WHERE transaction_id = NEW.transaction_id) <> 0
        THEN RAISE EXCEPTION 'ledger transaction % does not balance', NEW.transaction_id;
        END IF;
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balanced()`);
    await runner.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);
    for (const table of ['ledger_entries', 'ledger_transactions', 'payment_audit']) {
      await runner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
      );
    }

    // Stripe event ids are not UUIDs, so webhooks get their own inbox rather than the events one.
    await runner.query(`
      CREATE TABLE webhook_inbox (
        provider text NOT NULL,
        event_id text NOT NULL,
        type text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (provider, event_id)
      )`);

    // Provider-side state of the local simulators (embedded mode), so a restart loses no authorization.
    await runner.query(`
      CREATE TABLE simulated_charges (
        ref text PRIMARY KEY,
        provider text NOT NULL,
        idempotency_key text NOT NULL,
        amount integer NOT NULL,
        currency char(3) NOT NULL,
        status text NOT NULL,
        decline_code text,
        captured_amount integer NOT NULL DEFAULT 0,
        refunded_amount integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (provider, idempotency_key),
        CHECK (refunded_amount <= captured_amount)
      )`);
    await runner.query(`
      CREATE TABLE simulated_refunds (
        ref text PRIMARY KEY,
        charge_ref text NOT NULL REFERENCES simulated_charges(ref),
        idempotency_key text NOT NULL,
        amount integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (charge_ref, idempotency_key)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'simulated_refunds',
      'simulated_charges',
      'webhook_inbox',
      'ledger_entries',
      'ledger_transactions',
      'ledger_accounts',
      'payment_audit',
      'refunds',
      'payments',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
    await runner.query('DROP FUNCTION refuse_change()');
    await runner.query('DROP FUNCTION ledger_transaction_balanced()');
  }
}
