import { ConfigError } from '@commerce/config';
import { thrownBy } from '@commerce/testing';
import { loadReviewsConfig } from './config';

describe('reviews config', () => {
  it('has the documented defaults', () => {
    expect(loadReviewsConfig({})).toMatchObject({
      REVIEWS_PORT: 4007,
      DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:5432/reviews',
      CATALOG_URL: 'http://127.0.0.1:4002/graphql',
      CATALOG_TIMEOUT_MS: 2000,
    });
  });

  it('names each bad value, one line per variable', () => {
    const error = thrownBy(
      () => loadReviewsConfig({ REVIEWS_PORT: '70000', CATALOG_URL: 'catalog', CATALOG_TIMEOUT_MS: '10' }),
      ConfigError,
    );
    expect(error.problems.map((problem) => problem.split(' ')[0])).toEqual([
      'REVIEWS_PORT',
      'CATALOG_URL',
      'CATALOG_TIMEOUT_MS',
    ]);
  });
});
