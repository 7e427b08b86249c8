import { AppError } from '@commerce/errors';
import { thrownBy } from '@commerce/testing';
import { addressRule, sellerProfileRule, signUpRule, updateProfileRule, validate } from './user.validation';

const valid = { username: 'alice_1', email: 'alice@example.com', password: 'wonderland-42' };

/** The BAD_USER_INPUT `validate` throws for `value`: its code, field and message. */
function refusal(rule: Parameters<typeof validate>[0], value: unknown) {
  const error = thrownBy(() => validate(rule, value), AppError);
  return { code: error.code, field: error.details?.field, message: error.message };
}

describe('password rules', () => {
  it.each([
    ['10 characters with a letter and a digit', 'abcdefgh12'],
    ['128 characters', `a1${'x'.repeat(126)}`],
    ['spaces and symbols', 'correct horse 42!'],
  ])('accepts %s', (_name, password) => {
    expect(validate(signUpRule, { ...valid, password }).password).toBe(password);
  });

  it.each([
    ['9 characters', 'abcdefg12', 'must be at least 10 characters'],
    ['129 characters (hashing cost stays bounded)', `a1${'x'.repeat(127)}`, 'must be at most 128 characters'],
    ['no digit', 'onlyletters-here', 'must contain at least one letter and one digit'],
    ['no letter', '1234567890', 'must contain at least one letter and one digit'],
  ])('refuses %s', (_name, password, message) => {
    expect(refusal(signUpRule, { ...valid, password })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'password',
      message: `password ${message}`,
    });
  });

  it('refuses a password containing the username, in any case', () => {
    expect(refusal(signUpRule, { ...valid, password: 'my-ALICE_1-pass9' })).toMatchObject({
      field: 'password',
      message: 'password must not contain the username',
    });
  });

  it('never repeats the password in the message', () => {
    const password = 'secret-without-digits';
    expect(refusal(signUpRule, { ...valid, password }).message).not.toContain(password);
  });
});

describe('account fields', () => {
  it('trims username and email and accepts an E.164 phone number', () => {
    expect(
      validate(signUpRule, {
        ...valid,
        username: '  alice_1 ',
        email: ' alice@example.com ',
        phoneNumber: '+14155550123',
      }),
    ).toMatchObject({ username: 'alice_1', email: 'alice@example.com', phoneNumber: '+14155550123' });
  });

  it.each([
    ['a 2-character username', { username: 'ab' }, 'username'],
    ['a 33-character username', { username: 'a'.repeat(33) }, 'username'],
    ['a username starting with a dot', { username: '.alice' }, 'username'],
    ['a username with a space', { username: 'ali ce' }, 'username'],
    ['a malformed email', { email: 'not-an-email' }, 'email'],
    ['an email over 254 characters', { email: `${'a'.repeat(250)}@example.com` }, 'email'],
    ['a phone number without +', { phoneNumber: '14155550123' }, 'phoneNumber'],
    ['a phone number of 6 digits', { phoneNumber: '+123456' }, 'phoneNumber'],
    ['a phone number starting with 0', { phoneNumber: '+0123456789' }, 'phoneNumber'],
  ])('refuses %s', (_name, override, field) => {
    expect(refusal(signUpRule, { ...valid, ...override })).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('names a missing field', () => {
    expect(refusal(signUpRule, { username: 'alice_1', password: 'wonderland-42' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'email',
      message: 'email is required',
    });
  });

  it('lets a profile update change any one field, or clear the phone number', () => {
    expect(validate(updateProfileRule, { email: 'new@example.com' })).toEqual({ email: 'new@example.com' });
    expect(validate(updateProfileRule, { phoneNumber: null })).toEqual({ phoneNumber: null });
    expect(refusal(updateProfileRule, { username: 'x' }).field).toBe('username');
  });
});

describe('seller profile', () => {
  it('needs a display name of 2 to 80 characters; the description is optional up to 2000', () => {
    expect(validate(sellerProfileRule, { displayName: ' Acme ' })).toEqual({ displayName: 'Acme' });
    expect(refusal(sellerProfileRule, { displayName: 'A' }).field).toBe('displayName');
    expect(refusal(sellerProfileRule, { displayName: 'x'.repeat(81) }).field).toBe('displayName');
    expect(refusal(sellerProfileRule, { displayName: 'Acme', description: 'x'.repeat(2001) }).field).toBe(
      'description',
    );
  });
});

describe('address', () => {
  const address = { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'us' };

  it('upper-cases the ISO country code', () => {
    expect(validate(addressRule, address).country).toBe('US');
  });

  it.each([
    ['a three-letter country', { country: 'USA' }, 'country'],
    ['a numeric country', { country: '84' }, 'country'],
    ['an empty first line', { line1: '  ' }, 'line1'],
    ['a one-character postal code', { postalCode: '1' }, 'postalCode'],
    ['a 17-character postal code', { postalCode: '1'.repeat(17) }, 'postalCode'],
    ['an empty city', { city: '' }, 'city'],
  ])('refuses %s', (_name, override, field) => {
    expect(refusal(addressRule, { ...address, ...override })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });
});
