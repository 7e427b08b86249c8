import { thrownBy } from '@commerce/testing';
import { ConfigError, env, loadConfig, platformShape, z } from './index';

const shape = {
  PORT: env.port(4000),
  DATABASE_URL: env.url(),
  CACHE_URL: env.url('redis://127.0.0.1:6379'),
  POOL_SIZE: env.int(10, 1),
  DEBUG: env.bool(false),
  GREETING: env.string('hello'),
};

const valid = { DATABASE_URL: 'postgres://127.0.0.1:5432/app' };

/** The ConfigError thrown by `fn`, failing the test when nothing (or something else) is thrown. */
const configErrorOf = (fn: () => unknown) => thrownBy(fn, ConfigError);

describe('loadConfig', () => {
  it('returns typed values, with defaults for variables that are not set', () => {
    const config = loadConfig(shape, valid);
    expect(config).toEqual({
      PORT: 4000,
      DATABASE_URL: 'postgres://127.0.0.1:5432/app',
      CACHE_URL: 'redis://127.0.0.1:6379',
      POOL_SIZE: 10,
      DEBUG: false,
      GREETING: 'hello',
    });
    const port: number = config.PORT;
    const debug: boolean = config.DEBUG;
    expect(typeof port).toBe('number');
    expect(typeof debug).toBe('boolean');
  });

  it('coerces strings from the environment into numbers and booleans', () => {
    const config = loadConfig(shape, {
      ...valid,
      PORT: '8080',
      POOL_SIZE: '3',
      DEBUG: 'yes',
      GREETING: 'hi',
    });
    expect(config).toMatchObject({ PORT: 8080, POOL_SIZE: 3, DEBUG: true, GREETING: 'hi' });
  });

  it('accepts port 0 (a free port chosen by the OS) and the bounds of the port range', () => {
    expect(loadConfig(shape, { ...valid, PORT: '0' }).PORT).toBe(0);
    expect(loadConfig(shape, { ...valid, PORT: '65535' }).PORT).toBe(65535);
  });

  it('ignores variables the shape does not name', () => {
    const config = loadConfig(shape, { ...valid, UNRELATED: 'x' });
    expect(config).not.toHaveProperty('UNRELATED');
  });

  it('reports a bad port and a missing required URL together, in ONE ConfigError naming each variable', () => {
    const error = configErrorOf(() => loadConfig(shape, { PORT: 'not-a-port' }));
    expect(error.name).toBe('ConfigError');
    expect(error.problems).toHaveLength(2);
    expect(error.problems.find((p) => p.startsWith('PORT '))).toContain('"not-a-port"');
    expect(error.problems.find((p) => p.startsWith('DATABASE_URL '))).toContain('is missing');
    // One line per problem in the message, so start-up output is readable.
    expect(error.message.split('\n')).toEqual([
      'Invalid configuration:',
      ...error.problems.map((problem) => `  - ${problem}`),
    ]);
  });

  it.each(['70000', '-1', '80.5', 'abc'])('refuses the port %s', (value) => {
    const error = configErrorOf(() => loadConfig(shape, { ...valid, PORT: value }));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^PORT /);
  });

  it('refuses a malformed URL and an integer under its minimum', () => {
    const error = configErrorOf(() => loadConfig(shape, { DATABASE_URL: 'not a url', POOL_SIZE: '0' }));
    expect(error.problems.map((p) => p.split(' ')[0]).sort()).toEqual(['DATABASE_URL', 'POOL_SIZE']);
  });

  describe('secrets in the message', () => {
    const secretShape = {
      DB_PASSWORD: z.string().min(12),
      JWT_SECRET: z.string().min(32),
      SERVICE_TOKEN: z.string().min(16),
      API_KEY: z.string().regex(/^k_/),
      // An enum's own zod message quotes the value it received.
      ADMIN_TOKEN_MODE: z.enum(['strict', 'lenient']),
    };
    const secrets = {
      DB_PASSWORD: 'hunter2',
      JWT_SECRET: 'short-secret-value',
      SERVICE_TOKEN: 'tok-12345',
      API_KEY: 'sk_live_abcdef',
      ADMIN_TOKEN_MODE: 'open-sesame-value',
    };

    it('names every bad secret variable but never shows its value', () => {
      const error = configErrorOf(() => loadConfig(secretShape, secrets));
      expect(error.problems).toHaveLength(5);
      for (const [name, value] of Object.entries(secrets)) {
        expect(error.message).toContain(name);
        expect(error.message).not.toContain(value);
        expect(error.problems.join('\n')).not.toContain(value);
      }
      expect(error.message).toContain('***');
    });

    it('shows the value of a variable that is not a secret, so the operator sees the typo', () => {
      const error = configErrorOf(() => loadConfig(shape, { ...valid, PORT: '80800' }));
      expect(error.problems).toEqual([expect.stringMatching(/^PORT has bad value "80800":/)]);
    });

    it('masks the password inside a URL that is reported as bad', () => {
      const error = configErrorOf(() =>
        loadConfig(shape, { DATABASE_URL: 'postgres://app:pa55word@db host:5432/app' }),
      );
      expect(error.message).toContain('DATABASE_URL');
      expect(error.message).not.toContain('pa55word');
      expect(error.message).toContain('app:***@');
    });
  });
});

describe('env.bool', () => {
  const boolShape = { FLAG: env.bool(false), ON_BY_DEFAULT: env.bool(true) };

  it.each([
    ['true', true],
    ['1', true],
    ['yes', true],
    ['false', false],
    ['0', false],
    ['no', false],
  ])('parses %p as %p', (value, expected) => {
    expect(loadConfig(boolShape, { FLAG: value, ON_BY_DEFAULT: value })).toEqual({
      FLAG: expected,
      ON_BY_DEFAULT: expected,
    });
  });

  it('falls back to its default when the variable is not set', () => {
    expect(loadConfig(boolShape, {})).toEqual({ FLAG: false, ON_BY_DEFAULT: true });
  });

  it.each(['maybe', 'TRUE ', 'on', '2'])('refuses %p instead of guessing', (value) => {
    const error = configErrorOf(() => loadConfig(boolShape, { FLAG: value }));
    expect(error.problems).toEqual([expect.stringMatching(/^FLAG has bad value/)]);
  });
});

describe('env.optionalString', () => {
  it('treats an empty value as not set, so it takes the default', () => {
    expect(loadConfig(shape, { ...valid, PORT: '', GREETING: '' })).toMatchObject({
      PORT: 4000,
      GREETING: 'hello',
    });
  });

  it('treats an empty optional value as absent', () => {
    const optional = { NAME: env.optionalString() };
    expect(loadConfig(optional, { NAME: '' }).NAME).toBeUndefined();
    expect(loadConfig(optional, {}).NAME).toBeUndefined();
    expect(loadConfig(optional, { NAME: 'x' }).NAME).toBe('x');
  });
});

describe('platformShape', () => {
  it('loads with no environment at all, on development defaults', () => {
    const config = loadConfig(platformShape, {});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      RUNTIME_MODE: 'stack',
      SHUTDOWN_TIMEOUT_MS: 8000,
    });
  });

  it('refuses a service token shorter than 16 characters without printing it', () => {
    const error = configErrorOf(() => loadConfig(platformShape, { SERVICE_TOKEN: 'short-tok' }));
    expect(error.problems).toEqual([expect.stringMatching(/^SERVICE_TOKEN has bad value "\*\*\*"/)]);
    expect(error.message).not.toContain('short-tok');
  });
});
