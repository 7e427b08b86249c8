import { ConfigError } from '@commerce/config';
import { thrownBy } from '@commerce/testing';
import { loadOrdersConfig } from './config';

describe('loadOrdersConfig', () => {
  it('has working defaults for every setting', () => {
    const config = loadOrdersConfig({});
    expect(config).toMatchObject({
      ORDERS_PORT: 4005,
      CART_URL: 'http://127.0.0.1:4004',
      CATALOG_URL: 'http://127.0.0.1:4002',
      PAYMENTS_URL: 'http://127.0.0.1:4006',
      USERS_URL: 'http://127.0.0.1:4001',
      RETURN_WINDOW_DAYS: 30,
      RESERVATION_TTL_SECONDS: 900,
      SAGA_LEASE_MS: 30_000,
    });
  });

  it('names every bad value', () => {
    const error = thrownBy(
      () => loadOrdersConfig({ ORDERS_PORT: '70000', CART_URL: 'not a url', RETURN_WINDOW_DAYS: '-1' }),
      ConfigError,
    );
    expect(error.problems.map((p) => p.split(' ')[0]).sort()).toEqual([
      'CART_URL',
      'ORDERS_PORT',
      'RETURN_WINDOW_DAYS',
    ]);
  });

  it('refuses a lease that a slow call could outlive', () => {
    const error = thrownBy(
      () => loadOrdersConfig({ HTTP_TIMEOUT_MS: '5000', SAGA_LEASE_MS: '9000' }),
      ConfigError,
    );
    expect(error.problems).toEqual(['SAGA_LEASE_MS must be more than twice HTTP_TIMEOUT_MS']);
  });

  it('refuses an approval wait that outlasts the stock hold', () => {
    const error = thrownBy(() => loadOrdersConfig({ PAYMENT_APPROVAL_TIMEOUT_SECONDS: '900' }), ConfigError);
    expect(error.problems).toEqual([
      'PAYMENT_APPROVAL_TIMEOUT_SECONDS must be at least 60 s below RESERVATION_TTL_SECONDS',
    ]);
  });
});
