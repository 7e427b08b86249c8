import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends {
    [key: string]: unknown;
}> = {
    [K in keyof T]: T[K];
};
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & {
    [SubKey in K]?: Maybe<T[SubKey]>;
};
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & {
    [SubKey in K]: Maybe<T[SubKey]>;
};
export type MakeEmpty<T extends {
    [key: string]: unknown;
}, K extends keyof T> = {
    [_ in K]?: never;
};
export type Incremental<T> = T | {
    [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never;
};
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
    ID: {
        input: string;
        output: string;
    };
    String: {
        input: string;
        output: string;
    };
    Boolean: {
        input: boolean;
        output: boolean;
    };
    Int: {
        input: number;
        output: number;
    };
    Float: {
        input: number;
        output: number;
    };
    /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
    DateTime: {
        input: string;
        output: string;
    };
};
/** A postal address of the user */
export type Address = {
    __typename?: 'Address';
    city: Scalars['String']['output'];
    /** ISO 3166-1 alpha-2 country code */
    country: Scalars['String']['output'];
    id: Scalars['ID']['output'];
    /** Street and number */
    line1: Scalars['String']['output'];
    /** Apartment, suite, floor */
    line2?: Maybe<Scalars['String']['output']>;
    postalCode: Scalars['String']['output'];
};
/** A postal address */
export type AddressInput = {
    city: Scalars['String']['input'];
    /** ISO 3166-1 alpha-2 code, e.g. US */
    country: Scalars['String']['input'];
    line1: Scalars['String']['input'];
    line2?: InputMaybe<Scalars['String']['input']>;
    postalCode: Scalars['String']['input'];
};
/** The coupon applied to a cart, and whether it currently gives a discount */
export type AppliedCoupon = {
    __typename?: 'AppliedCoupon';
    /** False when the cart changed (or time passed) so that the coupon no longer applies */
    applicable: Scalars['Boolean']['output'];
    /** The code, in capitals */
    code: Scalars['String']['output'];
    /** What it gives, e.g. "10% off your order, on 50.00 USD or more" */
    description: Scalars['String']['output'];
    /** Why it does not apply; null when it does */
    problem?: Maybe<CouponProblem>;
};
/** Tokens for a session, returned by sign-up, login and refresh */
export type AuthPayload = {
    __typename?: 'AuthPayload';
    /** RS256 JWT for the Authorization header (Bearer) */
    accessToken: Scalars['String']['output'];
    /** Seconds until the access token expires */
    expiresIn: Scalars['Int']['output'];
    /** Single-use token to get the next pair; keep it secret */
    refreshToken: Scalars['String']['output'];
    /** The account the tokens belong to */
    user: User;
};
/** A buyer's shopping cart */
export type Cart = {
    __typename?: 'Cart';
    /** The applied coupon, if any */
    coupon?: Maybe<AppliedCoupon>;
    /** What the coupon takes off (0 without an applicable coupon) */
    discount: Money;
    id: Scalars['ID']['output'];
    /** Units over all lines (needs no catalog call: badge-friendly) */
    itemCount: Scalars['Int']['output'];
    /** Lines in the order they were added */
    items: Array<CartItem>;
    /** Sum of the lines at current catalog prices */
    subtotal: Money;
    /** subtotal - discount: what checkout will charge */
    total: Money;
    /** When the buyer last changed the cart */
    updatedAt: Scalars['DateTime']['output'];
};
/** A product in the cart with its quantity and prices */
export type CartItem = {
    __typename?: 'CartItem';
    /** When the product was first added */
    addedAt: Scalars['DateTime']['output'];
    /** False when checkout would refuse the line: product gone, not on sale, or short of stock */
    available: Scalars['Boolean']['output'];
    id: Scalars['ID']['output'];
    /** quantity x unitPrice */
    lineTotal: Money;
    /** True when the current price differs from priceWhenAdded */
    priceChanged: Scalars['Boolean']['output'];
    /** Unit price when the product was added */
    priceWhenAdded: Money;
    /** The product (resolved by the catalog) */
    product: Product;
    /** Units, 1..99 */
    quantity: Scalars['Int']['output'];
    /** The catalog's current unit price: what checkout charges */
    unitPrice: Money;
};
/** A category of the catalog tree (e.g. Electronics > Phones) */
export type Category = {
    __typename?: 'Category';
    /** Direct sub-categories, by name */
    children: Array<Category>;
    /** Stable category id (UUID) */
    id: Scalars['ID']['output'];
    /** Display name */
    name: Scalars['String']['output'];
    /** The parent; null for a top-level category */
    parent?: Maybe<Category>;
    /** From the top-level category down to this one (breadcrumbs) */
    path: Array<Category>;
    /** Unique URL-safe key, e.g. "mobile-phones" */
    slug: Scalars['String']['output'];
};
/** Places an order for the caller's cart */
export type CheckoutInput = {
    /** Unique per checkout attempt (e.g. a UUID made when the buyer pressed "Pay"); retries with the same key return the same order and never charge twice */
    idempotencyKey: Scalars['String']['input'];
    /** How the order is paid */
    paymentMethod: PaymentMethodInput;
    /** One of the caller's addresses; copied into the order */
    shippingAddressId?: InputMaybe<Scalars['ID']['input']>;
};
/** A discount code buyers apply to their cart */
export type Coupon = {
    __typename?: 'Coupon';
    /** The code, in capitals */
    code: Scalars['String']['output'];
    /** When it was created */
    createdAt: Scalars['DateTime']['output'];
    /** ISO 4217 currency; null when any currency fits */
    currency?: Maybe<Scalars['String']['output']>;
    /** What it gives, in words */
    description: Scalars['String']['output'];
    /** Valid until (exclusive) */
    endsAt?: Maybe<Scalars['DateTime']['output']>;
    id: Scalars['ID']['output'];
    kind: CouponKind;
    /** Least subtotal (minor units) of the items the coupon applies to */
    minSubtotal?: Maybe<Scalars['Int']['output']>;
    /** Most paid orders one buyer may use it for */
    perUserLimit?: Maybe<Scalars['Int']['output']>;
    /** Only this seller's products are discounted; null for a platform-wide coupon */
    sellerId?: Maybe<Scalars['ID']['output']>;
    /** Valid from (inclusive) */
    startsAt?: Maybe<Scalars['DateTime']['output']>;
    /** Paid orders that used it */
    timesUsed: Scalars['Int']['output'];
    /** Most paid orders that may use it */
    usageLimit?: Maybe<Scalars['Int']['output']>;
    /** Percent (1..100) or minor units of `currency` */
    value: Scalars['Int']['output'];
};
/** PERCENT takes a percentage off, FIXED a fixed amount */
export type CouponKind = 
/** `value` minor units, at most the eligible subtotal */
'FIXED'
/** `value` percent (1..100) of the eligible subtotal, rounded half to even */
 | 'PERCENT';
/** Why an applied coupon gives no discount at the moment */
export type CouponProblem = 'CURRENCY_MISMATCH' | 'EXPIRED' | 'MIN_SUBTOTAL_NOT_MET' | 'NOT_STARTED' | 'NO_ELIGIBLE_ITEMS' | 'PER_USER_LIMIT_REACHED' | 'USAGE_LIMIT_REACHED';
/** A new category */
export type CreateCategoryInput = {
    /** 1-100 characters */
    name: Scalars['String']['input'];
    /** The parent category; a root category when omitted */
    parentId?: InputMaybe<Scalars['ID']['input']>;
    /** Lower-case words joined by hyphens; derived from the name when omitted; unique */
    slug?: InputMaybe<Scalars['String']['input']>;
};
/** A new coupon. An ADMIN creates platform-wide coupons, a SELLER coupons for its own products */
export type CreateCouponInput = {
    /** 3-32 letters, digits, dash or underscore; unique, case does not matter */
    code: Scalars['String']['input'];
    /** ISO 4217 currency of `value` and `minSubtotal`; defaults to the platform currency for FIXED coupons and minimums, and to "any currency" for a plain percentage */
    currency?: InputMaybe<Scalars['String']['input']>;
    /** Valid until this instant (exclusive); forever when absent */
    endsAt?: InputMaybe<Scalars['DateTime']['input']>;
    kind: CouponKind;
    /** Least subtotal (minor units) of the items the coupon applies to */
    minSubtotal?: InputMaybe<Scalars['Int']['input']>;
    /** Most paid orders one buyer may use it for */
    perUserLimit?: InputMaybe<Scalars['Int']['input']>;
    /** Valid from this instant (inclusive); now when absent */
    startsAt?: InputMaybe<Scalars['DateTime']['input']>;
    /** Most paid orders that may use it; unlimited when absent */
    usageLimit?: InputMaybe<Scalars['Int']['input']>;
    /** Percent 1..100 for PERCENT, minor units of `currency` for FIXED */
    value: Scalars['Int']['input'];
};
/** A new product; the caller (a SELLER) becomes its seller */
export type CreateProductInput = {
    /** At most 50 attributes */
    attributes?: InputMaybe<Array<ProductAttributeInput>>;
    /** At most 100 characters */
    brand?: InputMaybe<Scalars['String']['input']>;
    /** An existing category */
    categoryId: Scalars['ID']['input'];
    /** 1-10000 characters */
    description: Scalars['String']['input'];
    /** At most 10 http(s) URLs */
    images?: InputMaybe<Array<Scalars['String']['input']>>;
    /** 1-200 characters */
    name: Scalars['String']['input'];
    /** Unit price: amount >= 0 in minor units, ISO 4217 currency */
    price: MoneyInput;
    /** Defaults to ACTIVE */
    status?: InputMaybe<ProductStatus>;
    /** Units in stock, 0-1000000 */
    stock: Scalars['Int']['input'];
};
/** One value of a facet and how many results have it */
export type FacetCount = {
    __typename?: 'FacetCount';
    /** Number of results with this value */
    count: Scalars['Int']['output'];
    /** Display name where value is an id (category name), or "4+" for ratings */
    label?: Maybe<Scalars['String']['output']>;
    /** brands: the brand; categories: the category id; priceRanges: "from-to" in minor units, from inclusive, to exclusive ("50000-" has no upper bound); ratings: "4" means an average of 4 or more */
    value: Scalars['String']['output'];
};
/** Credentials for login */
export type LoginInput = {
    password: Scalars['String']['input'];
    /** Username or email, any case */
    usernameOrEmail: Scalars['String']['input'];
};
/** An amount of money in minor units of its currency (1999 = 19.99) */
export type Money = {
    __typename?: 'Money';
    /** Amount in minor units (cents) */
    amount: Scalars['Int']['output'];
    /** ISO 4217 currency code, e.g. USD */
    currency: Scalars['String']['output'];
};
/** An amount of money in minor units of its currency */
export type MoneyInput = {
    /** Amount in minor units (cents) */
    amount: Scalars['Int']['input'];
    /** ISO 4217 currency code, e.g. USD */
    currency: Scalars['String']['input'];
};
export type Mutation = {
    __typename?: 'Mutation';
    /** Adds an address to the caller's address book */
    addAddress: Address;
    /** Adds units of a product (merged into its line when already there), at most 99 per product */
    addToCart: Cart;
    /** Its seller or ADMIN: adds (delta > 0) or removes (delta < 0) stock; never below zero */
    adjustInventory: Product;
    /** Applies a coupon code (replacing any other coupon) */
    applyCoupon: Cart;
    /** The seller of every item of the order, or ADMIN: approves a requested return and refunds the payment */
    approveRefund: Order;
    /** Its seller or ADMIN: takes a product off sale (kept for history) */
    archiveProduct: Product;
    /** Makes the caller a SELLER with this storefront profile */
    becomeSeller: User;
    /** Buyer or ADMIN: cancels an order before anything shipped; stock goes back on sale and any payment is refunded */
    cancelOrder: Order;
    /** Turns the caller's cart into an order and pays it. Answers with the order once checkout finished: PAID, or PAYMENT_FAILED / CANCELLED with the reason in statusHistory; PENDING while a payment awaits approval or a service is slow (the order settles in the background) */
    checkout: Order;
    /** ADMIN: adds a category to the tree */
    createCategory: Category;
    /** ADMIN: a platform-wide coupon; SELLER: a coupon for the caller's own products only */
    createCoupon: Coupon;
    /** SELLER: lists a new product; the caller is its seller */
    createProduct: Product;
    /** Erases the caller's personal data; needs the password */
    deleteMyAccount: Scalars['Boolean']['output'];
    /** ADMIN: gives a role to an account */
    grantRole: User;
    /** Logs in by username or email; rate-limited */
    login: AuthPayload;
    /** Ends the session of this refresh token */
    logout: Scalars['Boolean']['output'];
    /** A seller of its items (its own parcel) or ADMIN (every parcel): the order is DELIVERED once all arrived */
    markDelivered: Order;
    /** SELLER of some of its items: ships the caller's items; the order is SHIPPED once every seller shipped */
    markShipped: Order;
    /** Spends a refresh token for a new pair; reusing a spent token ends the session */
    refreshToken: AuthPayload;
    /** Removes the coupon from the cart */
    removeCoupon: Cart;
    /** Removes a line from the cart */
    removeFromCart: Cart;
    /** Buyer: asks to return a DELIVERED order within the return window */
    requestReturn: Order;
    /** Creates a BUYER account and logs it in */
    signUp: AuthPayload;
    /** Adds money to the wallet by card (authorized and captured through the card provider); PAYMENT_DECLINED changes nothing */
    topUpWallet: Wallet;
    /** Sets a line's quantity (0..99); 0 removes the line */
    updateCartItem: Cart;
    /** Its seller or ADMIN: changes a product */
    updateProduct: Product;
    /** Changes the caller's username, email or phone number */
    updateProfile: User;
};
export type MutationAddAddressArgs = {
    input: AddressInput;
};
export type MutationAddToCartArgs = {
    productId: Scalars['ID']['input'];
    quantity: Scalars['Int']['input'];
};
export type MutationAdjustInventoryArgs = {
    delta: Scalars['Int']['input'];
    productId: Scalars['ID']['input'];
    reason?: InputMaybe<Scalars['String']['input']>;
};
export type MutationApplyCouponArgs = {
    code: Scalars['String']['input'];
};
export type MutationApproveRefundArgs = {
    orderId: Scalars['ID']['input'];
};
export type MutationArchiveProductArgs = {
    id: Scalars['ID']['input'];
};
export type MutationBecomeSellerArgs = {
    input: SellerProfileInput;
};
export type MutationCancelOrderArgs = {
    id: Scalars['ID']['input'];
};
export type MutationCheckoutArgs = {
    input: CheckoutInput;
};
export type MutationCreateCategoryArgs = {
    input: CreateCategoryInput;
};
export type MutationCreateCouponArgs = {
    input: CreateCouponInput;
};
export type MutationCreateProductArgs = {
    input: CreateProductInput;
};
export type MutationDeleteMyAccountArgs = {
    password: Scalars['String']['input'];
};
export type MutationGrantRoleArgs = {
    role: Role;
    userId: Scalars['ID']['input'];
};
export type MutationLoginArgs = {
    input: LoginInput;
};
export type MutationLogoutArgs = {
    refreshToken: Scalars['String']['input'];
};
export type MutationMarkDeliveredArgs = {
    orderId: Scalars['ID']['input'];
};
export type MutationMarkShippedArgs = {
    carrier: Scalars['String']['input'];
    orderId: Scalars['ID']['input'];
    trackingNumber: Scalars['String']['input'];
};
export type MutationRefreshTokenArgs = {
    refreshToken: Scalars['String']['input'];
};
export type MutationRemoveFromCartArgs = {
    itemId: Scalars['ID']['input'];
};
export type MutationRequestReturnArgs = {
    orderId: Scalars['ID']['input'];
    reason: Scalars['String']['input'];
};
export type MutationSignUpArgs = {
    input: SignUpInput;
};
export type MutationTopUpWalletArgs = {
    amount: Scalars['Int']['input'];
    cardToken: Scalars['String']['input'];
    idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};
export type MutationUpdateCartItemArgs = {
    itemId: Scalars['ID']['input'];
    quantity: Scalars['Int']['input'];
};
export type MutationUpdateProductArgs = {
    id: Scalars['ID']['input'];
    input: UpdateProductInput;
};
export type MutationUpdateProfileArgs = {
    input: UpdateProfileInput;
};
/** A purchase by one buyer, possibly from several sellers */
export type Order = {
    __typename?: 'Order';
    /** Who bought */
    buyer: User;
    /** The coupon applied at checkout */
    couponCode?: Maybe<Scalars['String']['output']>;
    /** When the order was placed */
    createdAt: Scalars['DateTime']['output'];
    /** The coupon's discount at checkout */
    discount: Money;
    /** Order id */
    id: Scalars['ID']['output'];
    /** The lines bought; a seller who is not the buyer sees only its own */
    items: Array<OrderItem>;
    /** Only to the buyer, while the payment waits for approval (PAYPAL) */
    paymentAction?: Maybe<PaymentAction>;
    /** Payments made for the order, oldest first; only its buyer and admins see them (others: empty) */
    payments: Array<Payment>;
    /** The parcel and its tracking; for a multi-seller order the latest one (see shipments) */
    shipment?: Maybe<Shipment>;
    /** Every seller's parcel, in the order they were shipped */
    shipments: Array<Shipment>;
    /** Where it ships; null when none was given */
    shippingAddress?: Maybe<ShippingAddress>;
    /** Where the order is in its life */
    status: OrderStatus;
    /** Every status the order went through, oldest first */
    statusHistory: Array<OrderStatusChange>;
    /** Sum of the lines */
    subtotal: Money;
    /** What the buyer pays: subtotal minus discount */
    total: Money;
    /** When the order last changed */
    updatedAt: Scalars['DateTime']['output'];
};
/** A page of orders, newest first */
export type OrderConnection = {
    __typename?: 'OrderConnection';
    /** The orders of this page */
    edges: Array<OrderEdge>;
    /** Where this page sits in the whole list */
    pageInfo: PageInfo;
    /** How many orders the list has in all (same filters) */
    totalCount: Scalars['Int']['output'];
};
/** An order in a list, with its cursor */
export type OrderEdge = {
    __typename?: 'OrderEdge';
    /** Pass as `after` to get the orders after this one */
    cursor: Scalars['String']['output'];
    /** The order */
    node: Order;
};
/** One line of an order, priced as it was at checkout */
export type OrderItem = {
    __typename?: 'OrderItem';
    /** Line id */
    id: Scalars['ID']['output'];
    /** unitPrice times quantity */
    lineTotal: Money;
    /** Product name at checkout (stays after the product is renamed) */
    name: Scalars['String']['output'];
    /** The product bought */
    product: Product;
    /** Units bought */
    quantity: Scalars['Int']['output'];
    /** The seller of the product */
    seller: User;
    /** Price of one unit at checkout */
    unitPrice: Money;
};
/** Where an order is in its life, from checkout to delivery, cancellation or refund */
export type OrderStatus = 
/** Cancelled before shipping; stock returned and any payment refunded */
'CANCELLED'
/** Every parcel arrived */
 | 'DELIVERED'
/** Paid; waiting for the sellers to ship */
 | 'PAID'
/** The payment was declined or could not be completed; nothing is held */
 | 'PAYMENT_FAILED'
/** Checkout in progress: stock and payment are being secured */
 | 'PENDING'
/** The return was approved and the payment refunded */
 | 'REFUNDED'
/** The buyer asked to return the order after delivery */
 | 'RETURN_REQUESTED'
/** Every seller handed its items to a carrier */
 | 'SHIPPED';
/** One change of an order status, with why and by whom */
export type OrderStatusChange = {
    __typename?: 'OrderStatusChange';
    /** Who made the change; null when the system did */
    actor?: Maybe<User>;
    /** When it happened */
    at: Scalars['DateTime']['output'];
    /** Why, in words (e.g. "Payment declined: insufficient funds") */
    reason?: Maybe<Scalars['String']['output']>;
    /** Why, as a code to branch on (PAYMENT_DECLINED, OUT_OF_STOCK, CANCELLED...); null when routine */
    reasonCode?: Maybe<Scalars['String']['output']>;
    /** The status entered */
    status: OrderStatus;
};
/** Where a page of a connection sits in the whole list */
export type PageInfo = {
    __typename?: 'PageInfo';
    /** Cursor of the last item of this page; pass it as `after` */
    endCursor?: Maybe<Scalars['String']['output']>;
    /** True when more items follow this page */
    hasNextPage: Scalars['Boolean']['output'];
};
/** One payment attempt for an order */
export type Payment = {
    __typename?: 'Payment';
    /** The amount authorized */
    amount: Money;
    /** When the payment was started */
    createdAt: Scalars['DateTime']['output'];
    /** The payment id */
    id: Scalars['ID']['output'];
    /** How it was paid */
    method: PaymentMethodType;
    /** The order this payment is for */
    order: Order;
    /** Refunds of this payment, oldest first */
    refunds: Array<Refund>;
    /** Where the payment is in its life */
    status: PaymentStatus;
    /** The provider's reference (PaymentIntent id, ledger transaction); null before it answers */
    transactionRef?: Maybe<Scalars['String']['output']>;
};
/** What the buyer must do to finish paying (approve a PAYPAL payment) */
export type PaymentAction = {
    __typename?: 'PaymentAction';
    /** When the order fails if the payment is not approved */
    expiresAt: Scalars['DateTime']['output'];
    /** Where to send the buyer to approve the payment */
    redirectUrl?: Maybe<Scalars['String']['output']>;
};
/** How the order is paid */
export type PaymentMethodInput = {
    /** Payment token of the card (CARD only), e.g. tok_visa */
    cardToken?: InputMaybe<Scalars['String']['input']>;
    /** CARD, WALLET or PAYPAL */
    type: PaymentMethodType;
};
/** How a payment is made */
export type PaymentMethodType = 
/** A card, by provider token (tok_...); card numbers are never accepted */
'CARD'
/** A redirect provider: the buyer approves on the provider page */
 | 'PAYPAL'
/** The buyer's wallet balance */
 | 'WALLET';
/** Where a payment is: PENDING -> AUTHORIZED -> CAPTURED -> PARTIALLY_REFUNDED/REFUNDED, or FAILED/VOIDED */
export type PaymentStatus = 
/** Funds are held; nothing has been taken yet */
'AUTHORIZED'
/** The money was taken */
 | 'CAPTURED'
/** Declined or refused; no money is held (final) */
 | 'FAILED'
/** Part of the captured amount was given back */
 | 'PARTIALLY_REFUNDED'
/** Created; waiting for the provider, or for the buyer to approve (redirect) */
 | 'PENDING'
/** Everything captured was given back (final) */
 | 'REFUNDED'
/** The hold was released before capture (final) */
 | 'VOIDED';
/** A product of the catalog */
export type Product = {
    __typename?: 'Product';
    /** Free-form characteristics (size, colour...) */
    attributes: Array<ProductAttribute>;
    /** Brand or manufacturer, when known */
    brand?: Maybe<Scalars['String']['output']>;
    /** The category the product is listed in */
    category: Category;
    /** When the product was listed */
    createdAt: Scalars['DateTime']['output'];
    /** Full description shown on the product page */
    description: Scalars['String']['output'];
    /** Product id */
    id: Scalars['ID']['output'];
    /** Image URLs, the first one is the main image */
    images: Array<Scalars['String']['output']>;
    /** Display name (at most 200 characters) */
    name: Scalars['String']['output'];
    /** Unit price */
    price: Money;
    /** The seller (resolved by the users subgraph) */
    seller: User;
    /** Lifecycle status */
    status: ProductStatus;
    /** Units that can be bought now (stock not held by reservations) */
    stockAvailable: Scalars['Int']['output'];
    /** When the product last changed (content, status or stock) */
    updatedAt: Scalars['DateTime']['output'];
};
/** A name/value pair describing a product, e.g. colour: red */
export type ProductAttribute = {
    __typename?: 'ProductAttribute';
    /** What is described, e.g. colour, size, material */
    name: Scalars['String']['output'];
    /** Its value, e.g. red */
    value: Scalars['String']['output'];
};
/** A name/value pair describing a product */
export type ProductAttributeInput = {
    /** At most 100 characters; unique per product (ignoring case) */
    name: Scalars['String']['input'];
    /** At most 500 characters */
    value: Scalars['String']['input'];
};
/** A page of products (Relay connection), newest first */
export type ProductConnection = {
    __typename?: 'ProductConnection';
    /** The products of this page */
    edges: Array<ProductEdge>;
    /** Where this page sits in the whole list */
    pageInfo: PageInfo;
    /** How many products match the filter in all pages */
    totalCount: Scalars['Int']['output'];
};
/** A product in a connection, with the cursor to continue after it */
export type ProductEdge = {
    __typename?: 'ProductEdge';
    /** Opaque cursor of this position; pass it as `after` */
    cursor: Scalars['String']['output'];
    /** The product */
    node: Product;
};
/** Which products to list; every condition given must hold */
export type ProductFilter = {
    /** Products of this category or any category below it */
    categoryId?: InputMaybe<Scalars['ID']['input']>;
    /** Products of this seller */
    sellerId?: InputMaybe<Scalars['ID']['input']>;
    /** Defaults to ACTIVE; DRAFT only for your own products (filter.sellerId) or as ADMIN */
    status?: InputMaybe<ProductStatus>;
};
/** Where a product is in its life: only ACTIVE products are listed by default and can be bought */
export type ProductStatus = 
/** For sale */
'ACTIVE'
/** No longer sold; still shown where past orders and reviews refer to it */
 | 'ARCHIVED'
/** Being prepared; visible only to its seller and admins */
 | 'DRAFT';
export type Query = {
    __typename?: 'Query';
    /** The caller's cart (created empty on first use) */
    cart: Cart;
    /** Children of a category by name; the top level when parentId is null */
    categories: Array<Category>;
    /** A category by id or by slug (give exactly one) */
    category?: Maybe<Category>;
    /** The caller; null for an anonymous caller */
    me?: Maybe<User>;
    /** The caller's orders, newest first */
    myOrders: OrderConnection;
    /** The caller's wallet (opened with a zero balance on first use) */
    myWallet: Wallet;
    /** An order, for its buyer, a seller of one of its items, or ADMIN; NOT_FOUND for anyone else */
    order?: Maybe<Order>;
    /** A product by id; a DRAFT only for its seller or ADMIN */
    product?: Maybe<Product>;
    /** Products newest first; ACTIVE ones unless the filter says otherwise */
    products: ProductConnection;
    /** The caller's refunds, of one order or of all their orders; an order of another buyer shows none (ADMIN sees any order's) */
    refunds: Array<Refund>;
    /** Full-text search over active products (name, brand, categories, attributes, description) with filters, sorting, cursor pagination and facets */
    search: SearchResult;
    /** SELLER: orders containing the caller's items, newest first */
    sellerOrders: OrderConnection;
    /** Typo-tolerant completions of a search box prefix ("iph" gives "iPhone 15"); blank gives none */
    suggest: Array<Suggestion>;
    /** An account by id; private fields only to itself or ADMIN */
    user?: Maybe<User>;
};
export type QueryCategoriesArgs = {
    parentId?: InputMaybe<Scalars['ID']['input']>;
};
export type QueryCategoryArgs = {
    id?: InputMaybe<Scalars['ID']['input']>;
    slug?: InputMaybe<Scalars['String']['input']>;
};
export type QueryMyOrdersArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
    status?: InputMaybe<OrderStatus>;
};
export type QueryOrderArgs = {
    id: Scalars['ID']['input'];
};
export type QueryProductArgs = {
    id: Scalars['ID']['input'];
};
export type QueryProductsArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    filter?: InputMaybe<ProductFilter>;
    first?: InputMaybe<Scalars['Int']['input']>;
};
export type QueryRefundsArgs = {
    orderId?: InputMaybe<Scalars['ID']['input']>;
};
export type QuerySearchArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    filter?: InputMaybe<SearchFilter>;
    first?: InputMaybe<Scalars['Int']['input']>;
    query?: InputMaybe<Scalars['String']['input']>;
    sort?: InputMaybe<SearchSort>;
};
export type QuerySellerOrdersArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
    status?: InputMaybe<OrderStatus>;
};
export type QuerySuggestArgs = {
    limit?: InputMaybe<Scalars['Int']['input']>;
    prefix: Scalars['String']['input'];
};
export type QueryUserArgs = {
    id: Scalars['ID']['input'];
};
/** Money given back from a captured payment */
export type Refund = {
    __typename?: 'Refund';
    /** The amount given back */
    amount: Money;
    /** When the refund was requested */
    createdAt: Scalars['DateTime']['output'];
    /** The refund id */
    id: Scalars['ID']['output'];
    /** Why it was refunded */
    reason: Scalars['String']['output'];
    /** PENDING (on its way back), SUCCEEDED or FAILED */
    status: Scalars['String']['output'];
};
/** What an account may do: every account buys; sellers list products; admins run the marketplace */
export type Role = 'ADMIN' | 'BUYER' | 'SELLER';
/** Counts over the filtered results. Each of brands, priceRanges and ratings ignores its own filter (so other choices keep their counts); categories applies every filter */
export type SearchFacets = {
    __typename?: 'SearchFacets';
    /** The 20 most frequent brands */
    brands: Array<FacetCount>;
    /** The 20 most frequent categories (each product's own category) */
    categories: Array<FacetCount>;
    /** Fixed price ranges, cheapest first, including empty ones */
    priceRanges: Array<FacetCount>;
    /** Products rated 4+, 3+, 2+ and 1+ (cumulative) */
    ratings: Array<FacetCount>;
};
/** Conditions every result must meet; absent fields do not filter */
export type SearchFilter = {
    /** Any of these brands, ignoring case (at most 50) */
    brands?: InputMaybe<Array<Scalars['String']['input']>>;
    /** This category or any of its descendants */
    categoryId?: InputMaybe<Scalars['ID']['input']>;
    /** true: only products in stock; false or absent: any */
    inStock?: InputMaybe<Scalars['Boolean']['input']>;
    /** Highest price, inclusive, in minor units */
    maxPrice?: InputMaybe<Scalars['Int']['input']>;
    /** Lowest price, inclusive, in minor units (1999 = 19.99) */
    minPrice?: InputMaybe<Scalars['Int']['input']>;
    /** Lowest average rating, 0 to 5; unrated products never match */
    minRating?: InputMaybe<Scalars['Float']['input']>;
};
/** A page of products matching a search, with facets for refining it */
export type SearchResult = {
    __typename?: 'SearchResult';
    /** This page of results, in the requested order */
    edges: Array<ProductEdge>;
    /** Counts for refining the search */
    facets: SearchFacets;
    /** Whether more results follow and the cursor to get them */
    pageInfo: PageInfo;
    /** All results matching the query and filters */
    totalCount: Scalars['Int']['output'];
};
/** Order of search results; ties are broken by product id, so pages are stable */
export type SearchSort = 
/** Most recently created first */
'NEWEST'
/** Cheapest first */
 | 'PRICE_ASC'
/** Most expensive first */
 | 'PRICE_DESC'
/** Best average rating first, then most ratings; unrated products last */
 | 'RATING'
/** Best text match first (name matches weigh most); NEWEST when there is no query */
 | 'RELEVANCE';
/** A seller's public storefront identity */
export type SellerProfile = {
    __typename?: 'SellerProfile';
    /** About the seller */
    description?: Maybe<Scalars['String']['output']>;
    /** Name shown to buyers */
    displayName: Scalars['String']['output'];
};
/** The storefront identity a seller shows to buyers */
export type SellerProfileInput = {
    description?: InputMaybe<Scalars['String']['input']>;
    displayName: Scalars['String']['input'];
};
/** A seller's parcel for its items of an order */
export type Shipment = {
    __typename?: 'Shipment';
    /** Carrier name, e.g. UPS */
    carrier: Scalars['String']['output'];
    /** When it arrived */
    deliveredAt?: Maybe<Scalars['DateTime']['output']>;
    /** Tracking updates, oldest first */
    events: Array<ShipmentTrackingEvent>;
    /** The seller who shipped it */
    seller: User;
    /** When it was handed to the carrier */
    shippedAt: Scalars['DateTime']['output'];
    /** Where the parcel is */
    status: ShipmentStatus;
    /** The carrier's tracking number */
    trackingNumber: Scalars['String']['output'];
};
/** Where a parcel is */
export type ShipmentStatus = 
/** Arrived */
'DELIVERED'
/** Handed to the carrier */
 | 'SHIPPED';
/** One tracking update of a parcel */
export type ShipmentTrackingEvent = {
    __typename?: 'ShipmentTrackingEvent';
    /** When it happened */
    at: Scalars['DateTime']['output'];
    /** What happened, in words */
    description: Scalars['String']['output'];
    /** Tracking status, e.g. SHIPPED or DELIVERED */
    status: Scalars['String']['output'];
};
/** Where the order is shipped: a copy of the address chosen at checkout */
export type ShippingAddress = {
    __typename?: 'ShippingAddress';
    /** City */
    city: Scalars['String']['output'];
    /** ISO 3166-1 alpha-2 country code */
    country: Scalars['String']['output'];
    /** Street and number */
    line1: Scalars['String']['output'];
    /** Apartment, suite, floor */
    line2?: Maybe<Scalars['String']['output']>;
    /** Postal code */
    postalCode: Scalars['String']['output'];
};
/** A new account */
export type SignUpInput = {
    email: Scalars['String']['input'];
    /** At least 10 characters with a letter and a digit */
    password: Scalars['String']['input'];
    /** International format, e.g. +14155550123 */
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
    /** 3-32 letters, digits, dot, dash or underscore */
    username: Scalars['String']['input'];
};
/** An autocompletion for a search box */
export type Suggestion = {
    __typename?: 'Suggestion';
    /** The best-matching product with this name */
    product?: Maybe<Product>;
    /** The product name to show and search for */
    text: Scalars['String']['output'];
};
/** Changes to a product; omitted or null fields stay as they are (null brand removes it) */
export type UpdateProductInput = {
    /** Replaces all attributes */
    attributes?: InputMaybe<Array<ProductAttributeInput>>;
    /** null removes the brand */
    brand?: InputMaybe<Scalars['String']['input']>;
    /** Moves the product to another existing category */
    categoryId?: InputMaybe<Scalars['ID']['input']>;
    /** 1-10000 characters */
    description?: InputMaybe<Scalars['String']['input']>;
    /** Replaces all images */
    images?: InputMaybe<Array<Scalars['String']['input']>>;
    /** 1-200 characters */
    name?: InputMaybe<Scalars['String']['input']>;
    /** New unit price */
    price?: InputMaybe<MoneyInput>;
    /** ARCHIVED archives, like archiveProduct */
    status?: InputMaybe<ProductStatus>;
};
/** Profile fields to change; omitted fields stay as they are */
export type UpdateProfileInput = {
    email?: InputMaybe<Scalars['String']['input']>;
    /** null removes the phone number */
    phoneNumber?: InputMaybe<Scalars['String']['input']>;
    username?: InputMaybe<Scalars['String']['input']>;
};
/** A marketplace account (buyer, seller or admin) */
export type User = {
    __typename?: 'User';
    /** Only to the user itself; empty for anyone else (the list is not nullable) */
    addresses: Array<Address>;
    /** When the account was created */
    createdAt: Scalars['DateTime']['output'];
    /** Only to the user itself and ADMIN */
    email?: Maybe<Scalars['String']['output']>;
    /** The account id */
    id: Scalars['ID']['output'];
    /** Only to the user itself and ADMIN */
    phoneNumber?: Maybe<Scalars['String']['output']>;
    /** Roles held; every account is a BUYER */
    roles: Array<Role>;
    /** Present once the account became a seller */
    sellerProfile?: Maybe<SellerProfile>;
    /** When the account last changed */
    updatedAt: Scalars['DateTime']['output'];
    /** Public handle, unique ignoring case */
    username: Scalars['String']['output'];
};
/** The buyer's wallet: a balance kept by a double-entry ledger */
export type Wallet = {
    __typename?: 'Wallet';
    /** What can be spent now (held amounts excluded) */
    balance: Money;
    /** The wallet id */
    id: Scalars['ID']['output'];
    /** Movements, newest first */
    transactions: WalletTransactionConnection;
};
/** The buyer's wallet: a balance kept by a double-entry ledger */
export type WalletTransactionsArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
};
/** One movement on the wallet */
export type WalletTransaction = {
    __typename?: 'WalletTransaction';
    /** Signed: positive adds to the balance, negative takes from it */
    amount: Money;
    /** When the movement was booked */
    createdAt: Scalars['DateTime']['output'];
    /** The ledger entry id */
    id: Scalars['ID']['output'];
    /** What the movement was */
    kind: WalletTransactionKind;
    /** The payment it belongs to */
    paymentId?: Maybe<Scalars['ID']['output']>;
    /** The refund it belongs to */
    refundId?: Maybe<Scalars['ID']['output']>;
};
/** Wallet movements, newest first */
export type WalletTransactionConnection = {
    __typename?: 'WalletTransactionConnection';
    /** This page of movements */
    edges: Array<WalletTransactionEdge>;
    /** Where this page sits */
    pageInfo: PageInfo;
    /** Number of movements on the wallet */
    totalCount: Scalars['Int']['output'];
};
/** A wallet movement in a page of movements */
export type WalletTransactionEdge = {
    __typename?: 'WalletTransactionEdge';
    /** Opaque position; pass as `after` for the next page */
    cursor: Scalars['String']['output'];
    /** The movement */
    node: WalletTransaction;
};
/** What moved money in or out of the wallet */
export type WalletTransactionKind = 
/** The uncaptured rest of a hold, back in the balance */
'CAPTURE'
/** Money held for a payment (taken out of the balance) */
 | 'HOLD'
/** A refund credited to the wallet */
 | 'REFUND'
/** A hold released because the payment was voided */
 | 'RELEASE'
/** Money added by card */
 | 'TOP_UP';
export type CatalogProductFieldsFragment = {
    __typename?: 'Product';
    id: string;
    name: string;
    description: string;
    brand?: string | null;
    stockAvailable: number;
    status: ProductStatus;
    updatedAt: string;
    price: {
        __typename?: 'Money';
        amount: number;
        currency: string;
    };
    seller: {
        __typename?: 'User';
        id: string;
        username: string;
    };
    category: {
        __typename?: 'Category';
        id: string;
    };
};
export type CategoryFieldsFragment = {
    __typename?: 'Category';
    id: string;
    name: string;
    slug: string;
    parent?: {
        __typename?: 'Category';
        id: string;
    } | null;
    children: Array<{
        __typename?: 'Category';
        id: string;
    }>;
    path: Array<{
        __typename?: 'Category';
        id: string;
    }>;
};
export type CreateCategoryMutationVariables = Exact<{
    input: CreateCategoryInput;
}>;
export type CreateCategoryMutation = {
    __typename?: 'Mutation';
    createCategory: {
        __typename?: 'Category';
        id: string;
        name: string;
        slug: string;
        parent?: {
            __typename?: 'Category';
            id: string;
        } | null;
        children: Array<{
            __typename?: 'Category';
            id: string;
        }>;
        path: Array<{
            __typename?: 'Category';
            id: string;
        }>;
    };
};
export type CategoryByIdQueryVariables = Exact<{
    id?: InputMaybe<Scalars['ID']['input']>;
    slug?: InputMaybe<Scalars['String']['input']>;
}>;
export type CategoryByIdQuery = {
    __typename?: 'Query';
    category?: {
        __typename?: 'Category';
        id: string;
        name: string;
        slug: string;
        parent?: {
            __typename?: 'Category';
            id: string;
        } | null;
        children: Array<{
            __typename?: 'Category';
            id: string;
        }>;
        path: Array<{
            __typename?: 'Category';
            id: string;
        }>;
    } | null;
};
export type TopCategoriesQueryVariables = Exact<{
    [key: string]: never;
}>;
export type TopCategoriesQuery = {
    __typename?: 'Query';
    categories: Array<{
        __typename?: 'Category';
        id: string;
    }>;
};
export type CreateProductMutationVariables = Exact<{
    input: CreateProductInput;
}>;
export type CreateProductMutation = {
    __typename?: 'Mutation';
    createProduct: {
        __typename?: 'Product';
        id: string;
        name: string;
        description: string;
        brand?: string | null;
        stockAvailable: number;
        status: ProductStatus;
        updatedAt: string;
        price: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        seller: {
            __typename?: 'User';
            id: string;
            username: string;
        };
        category: {
            __typename?: 'Category';
            id: string;
        };
    };
};
export type UpdateProductMutationVariables = Exact<{
    id: Scalars['ID']['input'];
    input: UpdateProductInput;
}>;
export type UpdateProductMutation = {
    __typename?: 'Mutation';
    updateProduct: {
        __typename?: 'Product';
        id: string;
        name: string;
        description: string;
        brand?: string | null;
        stockAvailable: number;
        status: ProductStatus;
        updatedAt: string;
        price: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        seller: {
            __typename?: 'User';
            id: string;
            username: string;
        };
        category: {
            __typename?: 'Category';
            id: string;
        };
    };
};
export type ArchiveProductMutationVariables = Exact<{
    id: Scalars['ID']['input'];
}>;
export type ArchiveProductMutation = {
    __typename?: 'Mutation';
    archiveProduct: {
        __typename?: 'Product';
        id: string;
        name: string;
        description: string;
        brand?: string | null;
        stockAvailable: number;
        status: ProductStatus;
        updatedAt: string;
        price: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        seller: {
            __typename?: 'User';
            id: string;
            username: string;
        };
        category: {
            __typename?: 'Category';
            id: string;
        };
    };
};
export type ProductByIdQueryVariables = Exact<{
    id: Scalars['ID']['input'];
}>;
export type ProductByIdQuery = {
    __typename?: 'Query';
    product?: {
        __typename?: 'Product';
        id: string;
        name: string;
        description: string;
        brand?: string | null;
        stockAvailable: number;
        status: ProductStatus;
        updatedAt: string;
        price: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        seller: {
            __typename?: 'User';
            id: string;
            username: string;
        };
        category: {
            __typename?: 'Category';
            id: string;
        };
    } | null;
};
export type ProductListQueryVariables = Exact<{
    filter?: InputMaybe<ProductFilter>;
    first?: InputMaybe<Scalars['Int']['input']>;
    after?: InputMaybe<Scalars['String']['input']>;
}>;
export type ProductListQuery = {
    __typename?: 'Query';
    products: {
        __typename?: 'ProductConnection';
        totalCount: number;
        edges: Array<{
            __typename?: 'ProductEdge';
            cursor: string;
            node: {
                __typename?: 'Product';
                id: string;
            };
        }>;
        pageInfo: {
            __typename?: 'PageInfo';
            hasNextPage: boolean;
            endCursor?: string | null;
        };
    };
};
export type ProductCountQueryVariables = Exact<{
    filter?: InputMaybe<ProductFilter>;
}>;
export type ProductCountQuery = {
    __typename?: 'Query';
    products: {
        __typename?: 'ProductConnection';
        totalCount: number;
    };
};
export type SearchProductsQueryVariables = Exact<{
    query?: InputMaybe<Scalars['String']['input']>;
    filter?: InputMaybe<SearchFilter>;
    sort?: InputMaybe<SearchSort>;
    first?: InputMaybe<Scalars['Int']['input']>;
    after?: InputMaybe<Scalars['String']['input']>;
}>;
export type SearchProductsQuery = {
    __typename?: 'Query';
    search: {
        __typename?: 'SearchResult';
        totalCount: number;
        edges: Array<{
            __typename?: 'ProductEdge';
            cursor: string;
            node: {
                __typename?: 'Product';
                id: string;
                name: string;
                price: {
                    __typename?: 'Money';
                    amount: number;
                    currency: string;
                };
                seller: {
                    __typename?: 'User';
                    username: string;
                };
            };
        }>;
        pageInfo: {
            __typename?: 'PageInfo';
            hasNextPage: boolean;
            endCursor?: string | null;
        };
    };
};
export type SearchIdsQueryVariables = Exact<{
    query?: InputMaybe<Scalars['String']['input']>;
    filter?: InputMaybe<SearchFilter>;
    sort?: InputMaybe<SearchSort>;
    first?: InputMaybe<Scalars['Int']['input']>;
    after?: InputMaybe<Scalars['String']['input']>;
}>;
export type SearchIdsQuery = {
    __typename?: 'Query';
    search: {
        __typename?: 'SearchResult';
        totalCount: number;
        edges: Array<{
            __typename?: 'ProductEdge';
            cursor: string;
            node: {
                __typename?: 'Product';
                id: string;
            };
        }>;
        pageInfo: {
            __typename?: 'PageInfo';
            hasNextPage: boolean;
            endCursor?: string | null;
        };
    };
};
export type SearchFacetsQueryVariables = Exact<{
    query?: InputMaybe<Scalars['String']['input']>;
    filter?: InputMaybe<SearchFilter>;
}>;
export type SearchFacetsQuery = {
    __typename?: 'Query';
    search: {
        __typename?: 'SearchResult';
        totalCount: number;
        facets: {
            __typename?: 'SearchFacets';
            brands: Array<{
                __typename?: 'FacetCount';
                value: string;
                count: number;
            }>;
            priceRanges: Array<{
                __typename?: 'FacetCount';
                value: string;
                count: number;
            }>;
        };
    };
};
export type SuggestQueryVariables = Exact<{
    prefix: Scalars['String']['input'];
    limit?: InputMaybe<Scalars['Int']['input']>;
}>;
export type SuggestQuery = {
    __typename?: 'Query';
    suggest: Array<{
        __typename?: 'Suggestion';
        text: string;
        product?: {
            __typename?: 'Product';
            id: string;
            name: string;
            price: {
                __typename?: 'Money';
                amount: number;
                currency: string;
            };
            seller: {
                __typename?: 'User';
                username: string;
            };
        } | null;
    }>;
};
export type CartFieldsFragment = {
    __typename?: 'Cart';
    id: string;
    itemCount: number;
    items: Array<{
        __typename?: 'CartItem';
        id: string;
        quantity: number;
        product: {
            __typename?: 'Product';
            id: string;
        };
        unitPrice: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
    }>;
    coupon?: {
        __typename?: 'AppliedCoupon';
        code: string;
        applicable: boolean;
    } | null;
    subtotal: {
        __typename?: 'Money';
        amount: number;
        currency: string;
    };
    discount: {
        __typename?: 'Money';
        amount: number;
        currency: string;
    };
    total: {
        __typename?: 'Money';
        amount: number;
        currency: string;
    };
};
export type OrderFieldsFragment = {
    __typename?: 'Order';
    id: string;
    status: OrderStatus;
    couponCode?: string | null;
    buyer: {
        __typename?: 'User';
        id: string;
    };
    items: Array<{
        __typename?: 'OrderItem';
        quantity: number;
        product: {
            __typename?: 'Product';
            id: string;
        };
        unitPrice: {
            __typename?: 'Money';
            amount: number;
        };
    }>;
    subtotal: {
        __typename?: 'Money';
        amount: number;
        currency: string;
    };
    discount: {
        __typename?: 'Money';
        amount: number;
    };
    total: {
        __typename?: 'Money';
        amount: number;
        currency: string;
    };
    statusHistory: Array<{
        __typename?: 'OrderStatusChange';
        status: OrderStatus;
        reason?: string | null;
        reasonCode?: string | null;
    }>;
    shippingAddress?: {
        __typename?: 'ShippingAddress';
        line1: string;
        city: string;
    } | null;
    payments: Array<{
        __typename?: 'Payment';
        id: string;
        status: PaymentStatus;
        method: PaymentMethodType;
        amount: {
            __typename?: 'Money';
            amount: number;
        };
    }>;
};
export type MyCartQueryVariables = Exact<{
    [key: string]: never;
}>;
export type MyCartQuery = {
    __typename?: 'Query';
    cart: {
        __typename?: 'Cart';
        id: string;
        itemCount: number;
        items: Array<{
            __typename?: 'CartItem';
            id: string;
            quantity: number;
            product: {
                __typename?: 'Product';
                id: string;
            };
            unitPrice: {
                __typename?: 'Money';
                amount: number;
                currency: string;
            };
        }>;
        coupon?: {
            __typename?: 'AppliedCoupon';
            code: string;
            applicable: boolean;
        } | null;
        subtotal: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        discount: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        total: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
    };
};
export type AddToCartMutationVariables = Exact<{
    productId: Scalars['ID']['input'];
    quantity: Scalars['Int']['input'];
}>;
export type AddToCartMutation = {
    __typename?: 'Mutation';
    addToCart: {
        __typename?: 'Cart';
        id: string;
        itemCount: number;
        items: Array<{
            __typename?: 'CartItem';
            id: string;
            quantity: number;
            product: {
                __typename?: 'Product';
                id: string;
            };
            unitPrice: {
                __typename?: 'Money';
                amount: number;
                currency: string;
            };
        }>;
        coupon?: {
            __typename?: 'AppliedCoupon';
            code: string;
            applicable: boolean;
        } | null;
        subtotal: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        discount: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        total: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
    };
};
export type ApplyCouponMutationVariables = Exact<{
    code: Scalars['String']['input'];
}>;
export type ApplyCouponMutation = {
    __typename?: 'Mutation';
    applyCoupon: {
        __typename?: 'Cart';
        id: string;
        itemCount: number;
        items: Array<{
            __typename?: 'CartItem';
            id: string;
            quantity: number;
            product: {
                __typename?: 'Product';
                id: string;
            };
            unitPrice: {
                __typename?: 'Money';
                amount: number;
                currency: string;
            };
        }>;
        coupon?: {
            __typename?: 'AppliedCoupon';
            code: string;
            applicable: boolean;
        } | null;
        subtotal: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        discount: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        total: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
    };
};
export type CreateCouponMutationVariables = Exact<{
    input: CreateCouponInput;
}>;
export type CreateCouponMutation = {
    __typename?: 'Mutation';
    createCoupon: {
        __typename?: 'Coupon';
        id: string;
        code: string;
        kind: CouponKind;
        value: number;
    };
};
export type CheckoutMutationVariables = Exact<{
    input: CheckoutInput;
}>;
export type CheckoutMutation = {
    __typename?: 'Mutation';
    checkout: {
        __typename?: 'Order';
        id: string;
        status: OrderStatus;
        couponCode?: string | null;
        buyer: {
            __typename?: 'User';
            id: string;
        };
        items: Array<{
            __typename?: 'OrderItem';
            quantity: number;
            product: {
                __typename?: 'Product';
                id: string;
            };
            unitPrice: {
                __typename?: 'Money';
                amount: number;
            };
        }>;
        subtotal: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        discount: {
            __typename?: 'Money';
            amount: number;
        };
        total: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        statusHistory: Array<{
            __typename?: 'OrderStatusChange';
            status: OrderStatus;
            reason?: string | null;
            reasonCode?: string | null;
        }>;
        shippingAddress?: {
            __typename?: 'ShippingAddress';
            line1: string;
            city: string;
        } | null;
        payments: Array<{
            __typename?: 'Payment';
            id: string;
            status: PaymentStatus;
            method: PaymentMethodType;
            amount: {
                __typename?: 'Money';
                amount: number;
            };
        }>;
    };
};
export type OrderByIdQueryVariables = Exact<{
    id: Scalars['ID']['input'];
}>;
export type OrderByIdQuery = {
    __typename?: 'Query';
    order?: {
        __typename?: 'Order';
        id: string;
        status: OrderStatus;
        couponCode?: string | null;
        buyer: {
            __typename?: 'User';
            id: string;
        };
        items: Array<{
            __typename?: 'OrderItem';
            quantity: number;
            product: {
                __typename?: 'Product';
                id: string;
            };
            unitPrice: {
                __typename?: 'Money';
                amount: number;
            };
        }>;
        subtotal: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        discount: {
            __typename?: 'Money';
            amount: number;
        };
        total: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        statusHistory: Array<{
            __typename?: 'OrderStatusChange';
            status: OrderStatus;
            reason?: string | null;
            reasonCode?: string | null;
        }>;
        shippingAddress?: {
            __typename?: 'ShippingAddress';
            line1: string;
            city: string;
        } | null;
        payments: Array<{
            __typename?: 'Payment';
            id: string;
            status: PaymentStatus;
            method: PaymentMethodType;
            amount: {
                __typename?: 'Money';
                amount: number;
            };
        }>;
    } | null;
};
export type CancelOrderMutationVariables = Exact<{
    id: Scalars['ID']['input'];
}>;
export type CancelOrderMutation = {
    __typename?: 'Mutation';
    cancelOrder: {
        __typename?: 'Order';
        id: string;
        status: OrderStatus;
        couponCode?: string | null;
        buyer: {
            __typename?: 'User';
            id: string;
        };
        items: Array<{
            __typename?: 'OrderItem';
            quantity: number;
            product: {
                __typename?: 'Product';
                id: string;
            };
            unitPrice: {
                __typename?: 'Money';
                amount: number;
            };
        }>;
        subtotal: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        discount: {
            __typename?: 'Money';
            amount: number;
        };
        total: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        statusHistory: Array<{
            __typename?: 'OrderStatusChange';
            status: OrderStatus;
            reason?: string | null;
            reasonCode?: string | null;
        }>;
        shippingAddress?: {
            __typename?: 'ShippingAddress';
            line1: string;
            city: string;
        } | null;
        payments: Array<{
            __typename?: 'Payment';
            id: string;
            status: PaymentStatus;
            method: PaymentMethodType;
            amount: {
                __typename?: 'Money';
                amount: number;
            };
        }>;
    };
};
export type MarkShippedMutationVariables = Exact<{
    orderId: Scalars['ID']['input'];
    carrier: Scalars['String']['input'];
    trackingNumber: Scalars['String']['input'];
}>;
export type MarkShippedMutation = {
    __typename?: 'Mutation';
    markShipped: {
        __typename?: 'Order';
        id: string;
        status: OrderStatus;
        couponCode?: string | null;
        buyer: {
            __typename?: 'User';
            id: string;
        };
        items: Array<{
            __typename?: 'OrderItem';
            quantity: number;
            product: {
                __typename?: 'Product';
                id: string;
            };
            unitPrice: {
                __typename?: 'Money';
                amount: number;
            };
        }>;
        subtotal: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        discount: {
            __typename?: 'Money';
            amount: number;
        };
        total: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        statusHistory: Array<{
            __typename?: 'OrderStatusChange';
            status: OrderStatus;
            reason?: string | null;
            reasonCode?: string | null;
        }>;
        shippingAddress?: {
            __typename?: 'ShippingAddress';
            line1: string;
            city: string;
        } | null;
        payments: Array<{
            __typename?: 'Payment';
            id: string;
            status: PaymentStatus;
            method: PaymentMethodType;
            amount: {
                __typename?: 'Money';
                amount: number;
            };
        }>;
    };
};
export type MarkDeliveredMutationVariables = Exact<{
    orderId: Scalars['ID']['input'];
}>;
export type MarkDeliveredMutation = {
    __typename?: 'Mutation';
    markDelivered: {
        __typename?: 'Order';
        id: string;
        status: OrderStatus;
        couponCode?: string | null;
        buyer: {
            __typename?: 'User';
            id: string;
        };
        items: Array<{
            __typename?: 'OrderItem';
            quantity: number;
            product: {
                __typename?: 'Product';
                id: string;
            };
            unitPrice: {
                __typename?: 'Money';
                amount: number;
            };
        }>;
        subtotal: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        discount: {
            __typename?: 'Money';
            amount: number;
        };
        total: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        statusHistory: Array<{
            __typename?: 'OrderStatusChange';
            status: OrderStatus;
            reason?: string | null;
            reasonCode?: string | null;
        }>;
        shippingAddress?: {
            __typename?: 'ShippingAddress';
            line1: string;
            city: string;
        } | null;
        payments: Array<{
            __typename?: 'Payment';
            id: string;
            status: PaymentStatus;
            method: PaymentMethodType;
            amount: {
                __typename?: 'Money';
                amount: number;
            };
        }>;
    };
};
export type RequestReturnMutationVariables = Exact<{
    orderId: Scalars['ID']['input'];
    reason: Scalars['String']['input'];
}>;
export type RequestReturnMutation = {
    __typename?: 'Mutation';
    requestReturn: {
        __typename?: 'Order';
        id: string;
        status: OrderStatus;
        couponCode?: string | null;
        buyer: {
            __typename?: 'User';
            id: string;
        };
        items: Array<{
            __typename?: 'OrderItem';
            quantity: number;
            product: {
                __typename?: 'Product';
                id: string;
            };
            unitPrice: {
                __typename?: 'Money';
                amount: number;
            };
        }>;
        subtotal: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        discount: {
            __typename?: 'Money';
            amount: number;
        };
        total: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        statusHistory: Array<{
            __typename?: 'OrderStatusChange';
            status: OrderStatus;
            reason?: string | null;
            reasonCode?: string | null;
        }>;
        shippingAddress?: {
            __typename?: 'ShippingAddress';
            line1: string;
            city: string;
        } | null;
        payments: Array<{
            __typename?: 'Payment';
            id: string;
            status: PaymentStatus;
            method: PaymentMethodType;
            amount: {
                __typename?: 'Money';
                amount: number;
            };
        }>;
    };
};
export type ApproveRefundMutationVariables = Exact<{
    orderId: Scalars['ID']['input'];
}>;
export type ApproveRefundMutation = {
    __typename?: 'Mutation';
    approveRefund: {
        __typename?: 'Order';
        id: string;
        status: OrderStatus;
        couponCode?: string | null;
        buyer: {
            __typename?: 'User';
            id: string;
        };
        items: Array<{
            __typename?: 'OrderItem';
            quantity: number;
            product: {
                __typename?: 'Product';
                id: string;
            };
            unitPrice: {
                __typename?: 'Money';
                amount: number;
            };
        }>;
        subtotal: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        discount: {
            __typename?: 'Money';
            amount: number;
        };
        total: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
        statusHistory: Array<{
            __typename?: 'OrderStatusChange';
            status: OrderStatus;
            reason?: string | null;
            reasonCode?: string | null;
        }>;
        shippingAddress?: {
            __typename?: 'ShippingAddress';
            line1: string;
            city: string;
        } | null;
        payments: Array<{
            __typename?: 'Payment';
            id: string;
            status: PaymentStatus;
            method: PaymentMethodType;
            amount: {
                __typename?: 'Money';
                amount: number;
            };
        }>;
    };
};
export type TopUpWalletMutationVariables = Exact<{
    amount: Scalars['Int']['input'];
    cardToken: Scalars['String']['input'];
}>;
export type TopUpWalletMutation = {
    __typename?: 'Mutation';
    topUpWallet: {
        __typename?: 'Wallet';
        id: string;
        balance: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
    };
};
export type MyWalletQueryVariables = Exact<{
    [key: string]: never;
}>;
export type MyWalletQuery = {
    __typename?: 'Query';
    myWallet: {
        __typename?: 'Wallet';
        id: string;
        balance: {
            __typename?: 'Money';
            amount: number;
            currency: string;
        };
    };
};
export type MyOrderCountQueryVariables = Exact<{
    [key: string]: never;
}>;
export type MyOrderCountQuery = {
    __typename?: 'Query';
    myOrders: {
        __typename?: 'OrderConnection';
        totalCount: number;
    };
};
export type ProductStockQueryVariables = Exact<{
    id: Scalars['ID']['input'];
}>;
export type ProductStockQuery = {
    __typename?: 'Query';
    product?: {
        __typename?: 'Product';
        id: string;
        stockAvailable: number;
        status: ProductStatus;
    } | null;
};
export type UserFieldsFragment = {
    __typename?: 'User';
    id: string;
    username: string;
    roles: Array<Role>;
    createdAt: string;
    updatedAt: string;
};
export type SessionFragment = {
    __typename?: 'AuthPayload';
    accessToken: string;
    refreshToken: string;
    expiresIn: number;
    user: {
        __typename?: 'User';
        id: string;
        username: string;
        roles: Array<Role>;
        createdAt: string;
        updatedAt: string;
    };
};
export type SignUpMutationVariables = Exact<{
    input: SignUpInput;
}>;
export type SignUpMutation = {
    __typename?: 'Mutation';
    signUp: {
        __typename?: 'AuthPayload';
        accessToken: string;
        refreshToken: string;
        expiresIn: number;
        user: {
            __typename?: 'User';
            id: string;
            username: string;
            roles: Array<Role>;
            createdAt: string;
            updatedAt: string;
        };
    };
};
export type LoginMutationVariables = Exact<{
    input: LoginInput;
}>;
export type LoginMutation = {
    __typename?: 'Mutation';
    login: {
        __typename?: 'AuthPayload';
        accessToken: string;
        refreshToken: string;
        expiresIn: number;
        user: {
            __typename?: 'User';
            id: string;
            username: string;
            roles: Array<Role>;
            createdAt: string;
            updatedAt: string;
        };
    };
};
export type RefreshTokenMutationVariables = Exact<{
    refreshToken: Scalars['String']['input'];
}>;
export type RefreshTokenMutation = {
    __typename?: 'Mutation';
    refreshToken: {
        __typename?: 'AuthPayload';
        accessToken: string;
        refreshToken: string;
        expiresIn: number;
        user: {
            __typename?: 'User';
            id: string;
            username: string;
            roles: Array<Role>;
            createdAt: string;
            updatedAt: string;
        };
    };
};
export type LogoutMutationVariables = Exact<{
    refreshToken: Scalars['String']['input'];
}>;
export type LogoutMutation = {
    __typename?: 'Mutation';
    logout: boolean;
};
export type MeQueryVariables = Exact<{
    [key: string]: never;
}>;
export type MeQuery = {
    __typename?: 'Query';
    me?: {
        __typename?: 'User';
        email?: string | null;
        phoneNumber?: string | null;
        id: string;
        username: string;
        roles: Array<Role>;
        createdAt: string;
        updatedAt: string;
        sellerProfile?: {
            __typename?: 'SellerProfile';
            displayName: string;
            description?: string | null;
        } | null;
        addresses: Array<{
            __typename?: 'Address';
            id: string;
            line1: string;
            line2?: string | null;
            city: string;
            postalCode: string;
            country: string;
        }>;
    } | null;
};
export type UserPublicQueryVariables = Exact<{
    id: Scalars['ID']['input'];
}>;
export type UserPublicQuery = {
    __typename?: 'Query';
    user?: {
        __typename?: 'User';
        id: string;
        username: string;
        roles: Array<Role>;
        createdAt: string;
        updatedAt: string;
        sellerProfile?: {
            __typename?: 'SellerProfile';
            displayName: string;
        } | null;
    } | null;
};
export type UserPrivateQueryVariables = Exact<{
    id: Scalars['ID']['input'];
}>;
export type UserPrivateQuery = {
    __typename?: 'Query';
    user?: {
        __typename?: 'User';
        id: string;
        username: string;
        email?: string | null;
        phoneNumber?: string | null;
        addresses: Array<{
            __typename?: 'Address';
            id: string;
        }>;
    } | null;
};
export type UpdateProfileMutationVariables = Exact<{
    input: UpdateProfileInput;
}>;
export type UpdateProfileMutation = {
    __typename?: 'Mutation';
    updateProfile: {
        __typename?: 'User';
        email?: string | null;
        phoneNumber?: string | null;
        id: string;
        username: string;
        roles: Array<Role>;
        createdAt: string;
        updatedAt: string;
    };
};
export type BecomeSellerMutationVariables = Exact<{
    input: SellerProfileInput;
}>;
export type BecomeSellerMutation = {
    __typename?: 'Mutation';
    becomeSeller: {
        __typename?: 'User';
        id: string;
        username: string;
        roles: Array<Role>;
        createdAt: string;
        updatedAt: string;
        sellerProfile?: {
            __typename?: 'SellerProfile';
            displayName: string;
            description?: string | null;
        } | null;
    };
};
export type AddAddressMutationVariables = Exact<{
    input: AddressInput;
}>;
export type AddAddressMutation = {
    __typename?: 'Mutation';
    addAddress: {
        __typename?: 'Address';
        id: string;
        line1: string;
        line2?: string | null;
        city: string;
        postalCode: string;
        country: string;
    };
};
export type GrantRoleMutationVariables = Exact<{
    userId: Scalars['ID']['input'];
    role: Role;
}>;
export type GrantRoleMutation = {
    __typename?: 'Mutation';
    grantRole: {
        __typename?: 'User';
        id: string;
        roles: Array<Role>;
    };
};
export type DeleteMyAccountMutationVariables = Exact<{
    password: Scalars['String']['input'];
}>;
export type DeleteMyAccountMutation = {
    __typename?: 'Mutation';
    deleteMyAccount: boolean;
};
export declare const CatalogProductFieldsFragmentDoc: DocumentNode<CatalogProductFieldsFragment, unknown>;
export declare const CategoryFieldsFragmentDoc: DocumentNode<CategoryFieldsFragment, unknown>;
export declare const CartFieldsFragmentDoc: DocumentNode<CartFieldsFragment, unknown>;
export declare const OrderFieldsFragmentDoc: DocumentNode<OrderFieldsFragment, unknown>;
export declare const UserFieldsFragmentDoc: DocumentNode<UserFieldsFragment, unknown>;
export declare const SessionFragmentDoc: DocumentNode<SessionFragment, unknown>;
export declare const CreateCategoryDocument: DocumentNode<CreateCategoryMutation, CreateCategoryMutationVariables>;
export declare const CategoryByIdDocument: DocumentNode<CategoryByIdQuery, CategoryByIdQueryVariables>;
export declare const TopCategoriesDocument: DocumentNode<TopCategoriesQuery, TopCategoriesQueryVariables>;
export declare const CreateProductDocument: DocumentNode<CreateProductMutation, CreateProductMutationVariables>;
export declare const UpdateProductDocument: DocumentNode<UpdateProductMutation, UpdateProductMutationVariables>;
export declare const ArchiveProductDocument: DocumentNode<ArchiveProductMutation, ArchiveProductMutationVariables>;
export declare const ProductByIdDocument: DocumentNode<ProductByIdQuery, ProductByIdQueryVariables>;
export declare const ProductListDocument: DocumentNode<ProductListQuery, ProductListQueryVariables>;
export declare const ProductCountDocument: DocumentNode<ProductCountQuery, ProductCountQueryVariables>;
export declare const SearchProductsDocument: DocumentNode<SearchProductsQuery, SearchProductsQueryVariables>;
export declare const SearchIdsDocument: DocumentNode<SearchIdsQuery, SearchIdsQueryVariables>;
export declare const SearchFacetsDocument: DocumentNode<SearchFacetsQuery, SearchFacetsQueryVariables>;
export declare const SuggestDocument: DocumentNode<SuggestQuery, SuggestQueryVariables>;
export declare const MyCartDocument: DocumentNode<MyCartQuery, MyCartQueryVariables>;
export declare const AddToCartDocument: DocumentNode<AddToCartMutation, AddToCartMutationVariables>;
export declare const ApplyCouponDocument: DocumentNode<ApplyCouponMutation, ApplyCouponMutationVariables>;
export declare const CreateCouponDocument: DocumentNode<CreateCouponMutation, CreateCouponMutationVariables>;
export declare const CheckoutDocument: DocumentNode<CheckoutMutation, CheckoutMutationVariables>;
export declare const OrderByIdDocument: DocumentNode<OrderByIdQuery, OrderByIdQueryVariables>;
export declare const CancelOrderDocument: DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export declare const MarkShippedDocument: DocumentNode<MarkShippedMutation, MarkShippedMutationVariables>;
export declare const MarkDeliveredDocument: DocumentNode<MarkDeliveredMutation, MarkDeliveredMutationVariables>;
export declare const RequestReturnDocument: DocumentNode<RequestReturnMutation, RequestReturnMutationVariables>;
export declare const ApproveRefundDocument: DocumentNode<ApproveRefundMutation, ApproveRefundMutationVariables>;
export declare const TopUpWalletDocument: DocumentNode<TopUpWalletMutation, TopUpWalletMutationVariables>;
export declare const MyWalletDocument: DocumentNode<MyWalletQuery, MyWalletQueryVariables>;
export declare const MyOrderCountDocument: DocumentNode<MyOrderCountQuery, MyOrderCountQueryVariables>;
export declare const ProductStockDocument: DocumentNode<ProductStockQuery, ProductStockQueryVariables>;
export declare const SignUpDocument: DocumentNode<SignUpMutation, SignUpMutationVariables>;
export declare const LoginDocument: DocumentNode<LoginMutation, LoginMutationVariables>;
export declare const RefreshTokenDocument: DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export declare const LogoutDocument: DocumentNode<LogoutMutation, LogoutMutationVariables>;
export declare const MeDocument: DocumentNode<MeQuery, MeQueryVariables>;
export declare const UserPublicDocument: DocumentNode<UserPublicQuery, UserPublicQueryVariables>;
export declare const UserPrivateDocument: DocumentNode<UserPrivateQuery, UserPrivateQueryVariables>;
export declare const UpdateProfileDocument: DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export declare const BecomeSellerDocument: DocumentNode<BecomeSellerMutation, BecomeSellerMutationVariables>;
export declare const AddAddressDocument: DocumentNode<AddAddressMutation, AddAddressMutationVariables>;
export declare const GrantRoleDocument: DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export declare const DeleteMyAccountDocument: DocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
//# sourceMappingURL=graphql.d.ts.map