import { buildSchema, graphql, GraphQLError, GraphQLFormattedError, parse, validate } from 'graphql';
import { createLogger } from '@commerce/logging';
import {
  AppError,
  badInput,
  conflict,
  createErrorFormatter,
  ErrorCode,
  forbidden,
  notFound,
  rateLimited,
  unauthenticated,
} from './index';

const schema = buildSchema(`
  type Query {
    appError: String
    unexpected: String
    nested: Item
  }
  type Item { name: String }
`);

const SECRET_DETAIL = 'connect ECONNREFUSED 10.0.0.7:5432 password=hunter2';

/** A formatter whose log lines are captured, as Apollo would call it. */
function setup() {
  const raw: string[] = [];
  const logger = createLogger({
    service: 'errors-spec',
    destination: { write: (line: string) => raw.push(line) },
  });
  const format = createErrorFormatter(logger);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form log lines the assertions walk into
  const logs = () => raw.map((line) => JSON.parse(line) as Record<string, any>);
  return { format, raw, logs };
}

/** Executes `query` against the schema and formats its single error. */
async function formatExecutionError(query: string, rootValue: Record<string, unknown>) {
  const ctx = setup();
  const result = await graphql({ schema, source: query, rootValue });
  expect(result.errors).toHaveLength(1);
  const error = result.errors![0];
  return { ...ctx, formatted: ctx.format(error.toJSON(), error) };
}

describe('AppError helpers', () => {
  it.each([
    [unauthenticated(), ErrorCode.UNAUTHENTICATED, 'Authentication required'],
    [forbidden(), ErrorCode.FORBIDDEN, 'Not allowed'],
    [badInput('name is too long'), ErrorCode.BAD_USER_INPUT, 'name is too long'],
    [notFound('Product'), ErrorCode.NOT_FOUND, 'Product not found'],
    [conflict('Username taken'), ErrorCode.CONFLICT, 'Username taken'],
    [rateLimited(30), ErrorCode.RATE_LIMITED, 'Too many attempts, try again later'],
  ])('%p carries code %s', (error, code, message) => {
    expect(error).toBeInstanceOf(AppError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });

  it('rateLimited tells the caller when to retry', () => {
    expect(rateLimited(30).details).toEqual({ retryAfterSeconds: 30 });
  });
});

describe('createErrorFormatter', () => {
  it('keeps the code, message, details and path of an AppError thrown by a resolver', async () => {
    const { formatted, raw } = await formatExecutionError('{ appError }', {
      appError: () => {
        throw badInput('name is too long', { field: 'name', max: 80 });
      },
    });
    expect(formatted).toEqual({
      message: 'name is too long',
      locations: [{ line: 1, column: 3 }],
      path: ['appError'],
      extensions: { code: 'BAD_USER_INPUT', details: { field: 'name', max: 80 } },
    });
    // Expected failures are not logged as errors.
    expect(raw).toHaveLength(0);
  });

  it('omits details when an AppError has none', async () => {
    const { formatted } = await formatExecutionError('{ appError }', {
      appError: () => {
        throw notFound('Order');
      },
    });
    expect(formatted.extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('turns an unexpected Error into a generic INTERNAL with no stack and no trace of the original message', async () => {
    const { formatted } = await formatExecutionError('{ unexpected }', {
      unexpected: () => {
        throw new Error(SECRET_DETAIL);
      },
    });
    expect(formatted).toEqual({
      message: 'Internal server error',
      locations: [{ line: 1, column: 3 }],
      path: ['unexpected'],
      extensions: { code: 'INTERNAL' },
    });
    const text = JSON.stringify(formatted);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('ECONNREFUSED');
    expect(text).not.toMatch(/stack/i);
  });

  it('logs the unexpected error with its message and stack, at error level', async () => {
    const { logs } = await formatExecutionError('{ unexpected }', {
      unexpected: () => {
        throw new Error(SECRET_DETAIL);
      },
    });
    const lines = logs();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'unexpected error', path: ['unexpected'] });
    expect(lines[0].err.message).toBe(SECRET_DETAIL);
    expect(lines[0].err.stack).toContain(SECRET_DETAIL);
    expect(lines[0].err.stack).toContain('index.spec.ts');
  });

  it('drops a stacktrace Apollo may have attached to an unexpected error', () => {
    const { format } = setup();
    const original = new Error(SECRET_DETAIL);
    const wrapped = new GraphQLError(original.message, { originalError: original });
    const formatted = format(
      {
        message: SECRET_DETAIL,
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: (original.stack ?? '').split('\n') },
      },
      wrapped,
    );
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL' } });
  });

  it('finds an AppError wrapped in GraphQLErrors (as Apollo and the gateway nest them)', () => {
    const { format } = setup();
    const app = conflict('Username taken', { field: 'username' });
    const inner = new GraphQLError(app.message, { originalError: app });
    const outer = new GraphQLError(app.message, { originalError: inner });
    expect(format({ message: app.message }, outer)).toEqual({
      message: 'Username taken',
      extensions: { code: 'CONFLICT', details: { field: 'username' } },
    });
  });

  it('maps graphql validation errors to BAD_USER_INPUT with their message', () => {
    const { format, raw } = setup();
    const [validationError] = validate(schema, parse('{ doesNotExist }'));
    expect(validationError.message).toContain('doesNotExist');
    // Apollo Server tags validation failures with this code before formatting.
    const tagged = new GraphQLError(validationError.message, {
      nodes: validationError.nodes,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted = format(tagged.toJSON(), tagged);
    expect(formatted).toEqual({
      message: validationError.message,
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(raw).toHaveLength(0);
  });

  it.each([
    'GRAPHQL_PARSE_FAILED',
    'BAD_REQUEST',
    'OPERATION_RESOLUTION_FAILURE',
    'PERSISTED_QUERY_NOT_SUPPORTED',
  ])('maps the request error code %s to BAD_USER_INPUT', (code) => {
    const { format } = setup();
    const error = new GraphQLError('Syntax Error: Expected Name, found <EOF>.', { extensions: { code } });
    expect(format(error.toJSON(), error).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('keeps PERSISTED_QUERY_NOT_FOUND, which clients act on', () => {
    const { format } = setup();
    const error = new GraphQLError('PersistedQueryNotFound', {
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
    expect(format(error.toJSON(), error)).toEqual({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
  });

  it('maps a request error Apollo marks only with an HTTP 4xx status to BAD_USER_INPUT', () => {
    const { format } = setup();
    const error = new GraphQLError('provided sha does not match query', {
      extensions: { http: { status: 400 } },
    });
    expect(format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error)).toEqual({
      message: 'provided sha does not match query',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('relays an error that already carries one of our codes (from a subgraph), with its details', () => {
    const { format } = setup();
    const relayed: GraphQLFormattedError = {
      message: 'Only 2 left',
      path: ['placeOrder'],
      extensions: {
        code: 'OUT_OF_STOCK',
        details: { productId: 'p1', available: 2 },
        serviceName: 'inventory',
      },
    };
    expect(format(relayed, new GraphQLError(relayed.message))).toEqual({
      message: 'Only 2 left',
      path: ['placeOrder'],
      extensions: { code: 'OUT_OF_STOCK', details: { productId: 'p1', available: 2 } },
    });
  });

  it('does not relay the message of an INTERNAL error or of an unknown code', () => {
    for (const code of ['INTERNAL', 'INTERNAL_SERVER_ERROR', 'SOMETHING_ELSE']) {
      const { format, logs } = setup();
      const relayed: GraphQLFormattedError = { message: SECRET_DETAIL, extensions: { code } };
      const formatted = format(relayed, new GraphQLError(SECRET_DETAIL));
      expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL' } });
      expect(logs()).toHaveLength(1);
    }
  });
});
