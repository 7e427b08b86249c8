import { findCardNumbers, luhnValid } from './card-numbers';

describe('card number scanner (used by the no-card-number tests)', () => {
  it.each([
    '4242424242424242',
    '4000000000000002',
    '4000000000009995',
    '5555555555554444',
    '378282246310005',
  ])('knows the test card %s is Luhn-valid', (number) => {
    expect(luhnValid(number)).toBe(true);
  });

  it('finds card numbers plain, grouped, and inside JSON or log lines', () => {
    const text = `{"msg":"paid","card":"4242 4242 4242 4242"} x=4000-0000-0000-0002 and 378282246310005;`;
    expect(findCardNumbers(text)).toEqual(['4242 4242 4242 4242', '4000-0000-0000-0002', '378282246310005']);
  });

  it('ignores UUIDs, hex trace ids, tokens, ISO times, amounts and Luhn-invalid digit runs', () => {
    const text = [
      '0f8fad5b-d9cb-469f-a165-424242424242',
      'abcdef12-1234-4123-8123-424242424242',
      '00-4242424242424242a165708677289501-a4242424242424242-01',
      'sim_ch_4242424242424242',
      '2026-11-27T14:34:55.123Z amount 2147483647 4242424242424241 12345',
    ].join(' ');
    expect(findCardNumbers(text)).toEqual([]);
  });
});

describe('findCardNumbers and identifiers', () => {
  it('does not mistake the digit groups of a UUID for a card number', () => {
    expect(findCardNumbers('"id":"50530905-3575-4382-9c1e-0a1b2c3d4e5f"')).toEqual([]);
  });
});
