import { OperationTypeNode } from 'graphql';
import { OperationKinds } from './operation-kind';

describe('OperationKinds', () => {
  const kinds = new OperationKinds();

  it('names the kind of the only operation, or of the one selected by name', () => {
    expect(kinds.of('{ me { id } }', undefined)).toBe(OperationTypeNode.QUERY);
    expect(kinds.of('mutation { bump }', undefined)).toBe(OperationTypeNode.MUTATION);
    const both = 'query Read { me { id } } mutation Write { bump }';
    expect(kinds.of(both, 'Read')).toBe(OperationTypeNode.QUERY);
    expect(kinds.of(both, 'Write')).toBe(OperationTypeNode.MUTATION);
    expect(kinds.of('subscription S { events }', 'S')).toBe(OperationTypeNode.SUBSCRIPTION);
  });

  it('says nothing when the document does not decide (unnamed among several, unknown name, bad syntax)', () => {
    const both = 'query Read { me { id } } mutation Write { bump }';
    expect(kinds.of(both, undefined)).toBeUndefined();
    expect(kinds.of(both, 'Other')).toBeUndefined();
    expect(kinds.of('{ me {', undefined)).toBeUndefined();
  });
});
