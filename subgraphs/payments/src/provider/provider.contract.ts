import { randomUUID } from 'node:crypto';
import { rejectionOf } from '@commerce/testing';
import { findCardNumbers } from '../testing/card-numbers';
import { Authorization, PaymentProvider, ProviderError } from './payment-provider';

/** One adapter under test (built once its engine is up). */
export interface ProviderSubject {
  provider: PaymentProvider;
  /** A token the provider approves. */
  successToken: string;
  /** Completes the buyer's step for providers that answer REQUIRES_ACTION (redirect providers). */
  completeAction?: (providerRef: string) => Promise<void>;
}

/** What the adapter's engine can show; decides which parts of the contract are run against it. */
export interface ProviderCapabilities {
  /**
   * The engine remembers what happened (replays by key, refuses illegal moves). stripe-mock answers
   * every call with a canned object: there these guarantees are Stripe's and cannot be shown.
   */
  stateful: boolean;
  /** Tokens the engine declines; absent when it cannot simulate declines (stripe-mock, redirect). */
  declines?: { generic: string; insufficientFunds: string };
}

const key = () => `contract:${randomUUID()}`;

/**
 * The provider port contract (payment-provider.ts), run against every card-like adapter on its real
 * engine: the local simulators on PostgreSQL, Stripe's adapter on stripe-mock.
 */
export function describeProviderContract(
  name: string,
  capabilities: ProviderCapabilities,
  subjectOf: () => ProviderSubject,
): void {
  describe(`${name} honours the payment provider contract`, () => {
    let subject: ProviderSubject;
    beforeAll(() => {
      subject = subjectOf();
    });

    const authorize = (amount: number, idempotencyKey = key(), token = subject.successToken) =>
      subject.provider.authorize({
        amount,
        currency: 'USD',
        paymentMethod: token,
        idempotencyKey,
        metadata: { paymentId: randomUUID() },
      });

    /** An authorization ready for capture (the buyer's step done where the provider needs one). */
    async function authorized(amount: number): Promise<string> {
      const answer = await authorize(amount);
      if (answer.status === 'REQUIRES_ACTION') {
        expect(subject.completeAction).toBeDefined();
        await subject.completeAction!(answer.providerRef!);
      } else {
        expect(answer.status).toBe('AUTHORIZED');
      }
      return answer.providerRef!;
    }

    it('authorizes an approved token and returns the provider reference (or the buyer step first)', async () => {
      const answer = await authorize(2500);
      expect(['AUTHORIZED', 'REQUIRES_ACTION']).toContain(answer.status);
      expect(answer.providerRef).toMatch(/^[\w-]+$/);
      if (answer.status === 'REQUIRES_ACTION') expect(answer.redirectUrl).toMatch(/^https?:\/\//);
      expect(findCardNumbers(JSON.stringify(answer))).toEqual([]);
    });

    it('captures an authorization, and repeating the capture with the same key is harmless', async () => {
      const ref = await authorized(2500);
      const capture = { providerRef: ref, amount: 2500, idempotencyKey: key() };
      await expect(subject.provider.capture(capture)).resolves.toBeUndefined();
      await expect(subject.provider.capture(capture)).resolves.toBeUndefined();
    });

    it('voids an authorization, and repeating the void is harmless', async () => {
      const ref = await authorized(1200);
      const request = { providerRef: ref, idempotencyKey: key() };
      await expect(subject.provider.void(request)).resolves.toBeUndefined();
      await expect(subject.provider.void(request)).resolves.toBeUndefined();
    });

    it('refunds part of a capture, then the rest, each with its own reference', async () => {
      const ref = await authorized(3000);
      await subject.provider.capture({ providerRef: ref, idempotencyKey: key() });
      const first = await subject.provider.refund({ providerRef: ref, amount: 1000, idempotencyKey: key() });
      const rest = await subject.provider.refund({ providerRef: ref, amount: 2000, idempotencyKey: key() });
      for (const refund of [first, rest]) {
        expect(['SUCCEEDED', 'PENDING']).toContain(refund.status);
        expect(refund.refundRef).toMatch(/^[\w-]+$/);
      }
      expect(first.refundRef).not.toBe(rest.refundRef);
    });

    if (capabilities.stateful) {
      it('replays an authorization by key: same reference, no second authorization', async () => {
        const idempotencyKey = key();
        const [a, b] = await Promise.all([authorize(999, idempotencyKey), authorize(999, idempotencyKey)]);
        const c = await authorize(999, idempotencyKey);
        expect(new Set([a.providerRef, b.providerRef, c.providerRef]).size).toBe(1);
      });

      it('refuses a key reused with another amount', async () => {
        const idempotencyKey = key();
        await authorize(500, idempotencyKey);
        const error = await rejectionOf(authorize(501, idempotencyKey), ProviderError);
        expect(error.kind).toBe('idempotency_mismatch');
      });

      it('refuses to capture a voided authorization and to void a captured one', async () => {
        const voided = await authorized(700);
        await subject.provider.void({ providerRef: voided, idempotencyKey: key() });
        const capture = subject.provider.capture({ providerRef: voided, idempotencyKey: key() });
        expect((await rejectionOf(capture, ProviderError)).kind).toBe('invalid_state');

        const captured = await authorized(700);
        await subject.provider.capture({ providerRef: captured, idempotencyKey: key() });
        const voiding = subject.provider.void({ providerRef: captured, idempotencyKey: key() });
        expect((await rejectionOf(voiding, ProviderError)).kind).toBe('invalid_state');
      });

      it('never captures more than was authorized', async () => {
        const ref = await authorized(700);
        const capture = subject.provider.capture({ providerRef: ref, amount: 701, idempotencyKey: key() });
        expect((await rejectionOf(capture, ProviderError)).kind).toBe('invalid_request');
      });

      it('refunds only after capture, never beyond it, once per key', async () => {
        const ref = await authorized(1000);
        const early = subject.provider.refund({ providerRef: ref, amount: 100, idempotencyKey: key() });
        expect((await rejectionOf(early, ProviderError)).kind).toBe('invalid_state');
        await subject.provider.capture({ providerRef: ref, idempotencyKey: key() });
        const refundKey = key();
        const once = await subject.provider.refund({
          providerRef: ref,
          amount: 600,
          idempotencyKey: refundKey,
        });
        const again = await subject.provider.refund({
          providerRef: ref,
          amount: 600,
          idempotencyKey: refundKey,
        });
        expect(again.refundRef).toBe(once.refundRef);
        const beyond = subject.provider.refund({ providerRef: ref, amount: 401, idempotencyKey: key() });
        expect((await rejectionOf(beyond, ProviderError)).kind).toBe('invalid_request');
      });
    }

    const declines = capabilities.declines;
    if (declines) {
      it('declines a declined card with a decline code, holding nothing', async () => {
        const { generic } = declines;
        const answer: Authorization = await authorize(1500, key(), generic);
        expect(answer).toMatchObject({ status: 'DECLINED', declineCode: 'generic_decline' });
        if (answer.providerRef) {
          const capture = subject.provider.capture({
            providerRef: answer.providerRef,
            idempotencyKey: key(),
          });
          expect((await rejectionOf(capture, ProviderError)).kind).toBe('invalid_state');
        }
      });

      it('declines for insufficient funds', async () => {
        expect(await authorize(1500, key(), declines.insufficientFunds)).toMatchObject({
          status: 'DECLINED',
          declineCode: 'insufficient_funds',
        });
      });
    }
  });
}
