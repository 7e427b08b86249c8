import { graphql } from '@commerce/testing';
import { useUsersFixture } from '../testing/users.fixture';

const f = useUsersFixture();

describe('federation', () => {
  it('resolves many User references with one store query', async () => {
    const users = await Promise.all([f.signUp(), f.signUp(), f.signUp()]);
    const spy = jest.spyOn(f.harness.service.services.users, 'findByIds');
    const representations = users.map((u) => ({ __typename: 'User', id: u.session.user.id }));
    representations.push({ __typename: 'User', id: '00000000-0000-4000-8000-000000000000' });
    const response = await graphql<{ _entities: ({ id: string; username: string } | null)[] }, unknown>(
      f.harness.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id username } } }',
      { r: representations },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities.map((e) => e?.id ?? null)).toEqual([
      ...users.map((u) => u.session.user.id),
      null,
    ]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
