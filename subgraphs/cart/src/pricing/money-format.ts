/** Digits after the decimal point of `currency`'s minor unit (2 for USD, 0 for JPY), from ICU. */
function minorUnitDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2; // an unknown code: show it like most currencies rather than fail a description
  }
}

/** "12.50 USD" for 1250 minor units: for human-readable texts only, never for arithmetic. */
export function formatMoney(amount: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  return `${(amount / 10 ** digits).toFixed(digits)} ${currency}`;
}
