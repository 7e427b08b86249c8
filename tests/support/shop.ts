import { randomUUID } from 'node:crypto';
import { eventually, graphql } from '@commerce/testing';
import {
  AddAddressDocument,
  AddToCartDocument,
  CheckoutDocument,
  CheckoutInput,
  CreateCategoryDocument,
  CreateProductDocument,
  MarkDeliveredDocument,
  MarkShippedDocument,
  MyCartDocument,
  MyOrderCountDocument,
  MyWalletDocument,
  OrderByIdDocument,
  OrderByIdQuery,
  type ProductStatus,
  ProductStockDocument,
} from '../generated/graphql';
import { Account, accountsOf, unique } from './accounts';

/** A buyer with a shipping address. */
export interface Buyer extends Account {
  addressId: string;
}

export const PRICE = 2500;

/**
 * A marketplace as the checkout suites use it, everything through the gateway: an admin, one
 * seller, one category; buyers with an address; products; carts; checkouts; orders as their buyers
 * read them. `open` creates the admin, seller and category.
 */
export class Shop {
  private constructor(
    readonly url: string,
    readonly admin: Account,
    readonly seller: Account,
    readonly categoryId: string,
    private readonly signUp: () => Promise<Account>,
  ) {}

  static async open(
    url: string,
    usersConfig: { ADMIN_USERNAME: string; ADMIN_PASSWORD: string },
    prefix: string,
  ): Promise<Shop> {
    const accounts = accountsOf(url, prefix);
    const admin = await accounts.loginAdmin(usersConfig);
    const seller = await accounts.signUpSeller();
    const category = await graphql(
      url,
      CreateCategoryDocument,
      { input: { name: `Kitchen ${unique()}` } },
      { token: admin.token },
    );
    expect(category.errors).toBeUndefined();
    return new Shop(url, admin, seller, category.data!.createCategory.id, accounts.signUp);
  }

  async signUpBuyer(): Promise<Buyer> {
    const account = await this.signUp();
    const response = await graphql(
      this.url,
      AddAddressDocument,
      { input: { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' } },
      { token: account.token },
    );
    expect(response.errors).toBeUndefined();
    return { ...account, addressId: response.data!.addAddress.id };
  }

  /**
   * A new product of the seller with `stock` units: ACTIVE, named `Kettle <unique>` and in the shop's
   * category unless told.
   */
  async createProduct(
    stock: number,
    price = PRICE,
    {
      name = `Kettle ${unique()}`,
      status = 'ACTIVE',
      categoryId = this.categoryId,
    }: { name?: string; status?: ProductStatus; categoryId?: string } = {},
  ): Promise<string> {
    const response = await graphql(
      this.url,
      CreateProductDocument,
      {
        input: {
          categoryId,
          name,
          status,
          description: 'Boils water quickly and quietly',
          brand: 'Acme',
          price: { amount: price, currency: 'USD' },
          stock,
        },
      },
      { token: this.seller.token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.createProduct.stockAvailable).toBe(stock);
    return response.data!.createProduct.id;
  }

  async stockOf(productId: string): Promise<number> {
    const response = await graphql(this.url, ProductStockDocument, { id: productId });
    expect(response.errors).toBeUndefined();
    return response.data!.product!.stockAvailable;
  }

  stockBecomes(productId: string, expected: number, timeoutMs = 10_000): Promise<true> {
    return eventually(
      `stock of ${productId} to be ${expected}`,
      async () => ((await this.stockOf(productId)) === expected ? true : undefined),
      { timeoutMs },
    );
  }

  async addToCart(account: Account, productId: string, quantity: number) {
    const response = await graphql(
      this.url,
      AddToCartDocument,
      { productId, quantity },
      { token: account.token },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.addToCart;
  }

  async cartOf(account: Account) {
    const response = await graphql(this.url, MyCartDocument, {}, { token: account.token });
    expect(response.errors).toBeUndefined();
    return response.data!.cart!;
  }

  async walletOf(account: Account) {
    const response = await graphql(this.url, MyWalletDocument, {}, { token: account.token });
    expect(response.errors).toBeUndefined();
    return response.data!.myWallet!;
  }

  cardCheckout(buyer: Buyer, cardToken = 'tok_visa'): CheckoutInput {
    return {
      paymentMethod: { type: 'CARD', cardToken },
      shippingAddressId: buyer.addressId,
      idempotencyKey: randomUUID(),
    };
  }

  async checkout(account: Account, input: CheckoutInput) {
    const response = await graphql(this.url, CheckoutDocument, { input }, { token: account.token });
    expect(response.errors).toBeUndefined();
    return response.data!.checkout;
  }

  async orderOf(account: Account, id: string): Promise<Order> {
    const response = await graphql(this.url, OrderByIdDocument, { id }, { token: account.token });
    expect(response.errors).toBeUndefined();
    return response.data!.order!;
  }

  async orderCount(account: Account): Promise<number> {
    const response = await graphql(this.url, MyOrderCountDocument, {}, { token: account.token });
    expect(response.errors).toBeUndefined();
    return response.data!.myOrders!.totalCount;
  }

  /** A new buyer whose order of `productId` was paid, shipped and delivered by the seller. */
  async deliveredPurchase(productId: string): Promise<{ buyer: Buyer; orderId: string }> {
    const buyer = await this.signUpBuyer();
    await this.addToCart(buyer, productId, 1);
    const order = await this.checkout(buyer, this.cardCheckout(buyer));
    expect(order.status).toBe('PAID');
    const token = this.seller.token;
    const shipped = await graphql(
      this.url,
      MarkShippedDocument,
      { orderId: order.id, carrier: 'UPS', trackingNumber: '1Z999' },
      { token },
    );
    expect(shipped.errors).toBeUndefined();
    const delivered = await graphql(this.url, MarkDeliveredDocument, { orderId: order.id }, { token });
    expect(delivered.errors).toBeUndefined();
    expect(delivered.data!.markDelivered.status).toBe('DELIVERED');
    return { buyer, orderId: order.id };
  }

  /** The order once its checkout is over (a PENDING order is finished by orders' saga worker). */
  async settled(account: Account, orderId: string, timeoutMs = 30_000): Promise<Order> {
    return eventually(
      `order ${orderId} to leave PENDING`,
      async () => {
        const current = await this.orderOf(account, orderId);
        return current.status === 'PENDING' ? undefined : current;
      },
      { timeoutMs, intervalMs: 200 },
    );
  }
}

/** An order as `OrderById` reads it. */
export type Order = NonNullable<OrderByIdQuery['order']>;
