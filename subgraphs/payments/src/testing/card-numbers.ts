/**
 * Finds anything that could be a payment card number in text: 13 to 19 digits standing on their own
 * (not inside a hex id, a UUID or a token), optionally grouped by single spaces or dashes, that pass
 * the Luhn check (which rules out most timestamps and amounts).
 */
export function findCardNumbers(text: string): string[] {
  const candidates = text.match(/(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g) ?? [];
  return candidates.filter((candidate) => luhnValid(candidate.replace(/\D/g, '')));
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length >= 13 && sum % 10 === 0;
}
