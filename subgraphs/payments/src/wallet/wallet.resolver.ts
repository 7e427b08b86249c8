import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money } from '@commerce/graphql';
import type { PaymentsContext } from '../context';
import type { WalletAccount } from '../ledger/ledger';
import type { WalletPage } from './wallet.service';
import { Wallet, WalletTransactionConnection } from './wallet.type';

/** The caller's own wallet; no query reaches anyone else's. */
@Resolver(() => Wallet)
export class WalletResolver {
  @Query(() => Wallet, {
    nullable: true,
    description: "The caller's wallet (opened with a zero balance on first use)",
  })
  myWallet(@Ctx() ctx: PaymentsContext): Promise<WalletAccount> {
    return ctx.services.wallets.myWallet(ctx);
  }

  @Mutation(() => Wallet, {
    description:
      'Adds money to the wallet by card (authorized and captured through the card provider); PAYMENT_DECLINED changes nothing',
  })
  topUpWallet(
    @Arg('amount', () => Int, { description: 'Minor units, within the configured top-up limits' })
    amount: number,
    @Arg('cardToken', { description: 'A card token such as tok_visa; never a card number' })
    cardToken: string,
    @Arg('idempotencyKey', () => String, {
      nullable: true,
      description: 'Send the same key when retrying, so a retried top-up never charges twice',
    })
    idempotencyKey: string | null,
    @Ctx() ctx: PaymentsContext,
  ): Promise<WalletAccount> {
    return ctx.services.wallets.topUp(ctx, amount, cardToken, idempotencyKey);
  }

  @FieldResolver(() => Money, { description: 'What can be spent now (held amounts excluded)' })
  balance(@Root() wallet: WalletAccount): Money {
    return { amount: wallet.balance, currency: wallet.currency };
  }

  @FieldResolver(() => WalletTransactionConnection, { description: 'Movements, newest first' })
  transactions(
    @Root() wallet: WalletAccount,
    @Arg('first', () => Int, { nullable: true, description: '1..100, default 20' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last movement seen' })
    after: string | null,
    @Ctx() ctx: PaymentsContext,
  ): Promise<WalletPage> {
    return ctx.services.wallets.transactions(wallet, first, after);
  }
}
