import { thrownBy } from '@commerce/testing';
import { AccountRef, posting, settleHold, transfer, UnbalancedPostingError } from './posting';

const wallet: AccountRef = { id: 'a-wallet', kind: 'WALLET' };
const holds: AccountRef = { id: 'b-holds', kind: 'WALLET_HOLDS' };
const payable: AccountRef = { id: 'c-payable', kind: 'MERCHANT_PAYABLE' };
const card: AccountRef = { id: 'd-card', kind: 'CARD_FUNDS' };

const sum = (legs: { amount: number }[]) => legs.reduce((total, leg) => total + leg.amount, 0);

describe('ledger postings', () => {
  it('a transfer is two rows that sum to zero: debit the source, credit the target', () => {
    const hold = transfer('HOLD', wallet, holds, 1000, { paymentId: 'p1' });
    expect(hold).toEqual({
      kind: 'HOLD',
      paymentId: 'p1',
      refundId: null,
      legs: [
        { account: wallet, amount: -1000 },
        { account: holds, amount: 1000 },
      ],
    });
  });

  it('stays balanced for any amount and any pair of accounts', () => {
    const accounts = [wallet, holds, payable, card];
    for (let i = 0; i < 500; i++) {
      const amount = 1 + Math.floor(Math.random() * 2_000_000_000);
      const from = accounts[i % 4];
      const to = accounts[(i + 1 + (i % 3)) % 4];
      const built = transfer('REFUND', from, to, amount);
      expect(built.legs).toHaveLength(2);
      expect(sum(built.legs)).toBe(0);
    }
  });

  it('settles a hold in full (two legs) or partially (three legs), always balanced', () => {
    const full = settleHold(holds, payable, wallet, 1000, 1000, { paymentId: 'p' });
    expect(full.legs.map((l) => [l.account.kind, l.amount])).toEqual([
      ['WALLET_HOLDS', -1000],
      ['MERCHANT_PAYABLE', 1000],
    ]);
    const partial = settleHold(holds, payable, wallet, 1000, 600, { paymentId: 'p' });
    expect(partial.legs.map((l) => [l.account.kind, l.amount])).toEqual([
      ['WALLET_HOLDS', -1000],
      ['MERCHANT_PAYABLE', 600],
      ['WALLET', 400],
    ]);
    expect(sum(partial.legs)).toBe(0);
  });

  it.each([
    ['zero', () => transfer('HOLD', wallet, holds, 0)],
    ['negative', () => transfer('HOLD', wallet, holds, -5)],
    ['fractional', () => transfer('HOLD', wallet, holds, 10.5)],
    ['unsafe integer', () => transfer('HOLD', wallet, holds, 2 ** 53)],
    ['same account', () => transfer('HOLD', wallet, wallet, 10)],
    [
      'unbalanced legs',
      () =>
        posting('REFUND', [
          { account: wallet, amount: 10 },
          { account: card, amount: -9 },
        ]),
    ],
    ['a single leg', () => posting('REFUND', [{ account: wallet, amount: 10 }])],
    [
      'a zero leg',
      () =>
        posting('REFUND', [
          { account: wallet, amount: 0 },
          { account: card, amount: 0 },
        ]),
    ],
    ['capture above the hold', () => settleHold(holds, payable, wallet, 100, 101, {})],
    ['capture of nothing', () => settleHold(holds, payable, wallet, 100, 0, {})],
  ])('refuses to build a posting with %s', (_name, build) => {
    thrownBy(build, UnbalancedPostingError);
  });
});
