import { operationLabel } from './metrics';

describe('operationLabel', () => {
  it('keeps a well-formed operation name', () => {
    expect(operationLabel('PlaceOrder')).toBe('PlaceOrder');
    expect(operationLabel('_private_op2')).toBe('_private_op2');
  });

  it('folds a missing name into "anonymous"', () => {
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel(null)).toBe('anonymous');
    expect(operationLabel('')).toBe('anonymous');
  });

  it.each(['2fast', 'with space', 'dash-ed', 'x'.repeat(65), 'Query{}', 'é'])(
    'folds the odd name %p into "invalid", so labels stay bounded',
    (name) => {
      expect(operationLabel(name)).toBe('invalid');
    },
  );

  it('accepts names up to 64 characters', () => {
    expect(operationLabel('x'.repeat(64))).toBe('x'.repeat(64));
  });
});
