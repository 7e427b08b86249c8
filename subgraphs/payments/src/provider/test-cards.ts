/**
 * Stripe's well-known test tokens (https://docs.stripe.com/testing) and what the local card simulator
 * answers for each, so a demo and the tests can show a success and every interesting decline with the
 * same tokens that work against Stripe's test mode. Raw test card numbers are deliberately not
 * accepted: our inputs take tokens only, so no code path ever handles a card number.
 */
export type SimulatedOutcome = { status: 'AUTHORIZED' } | { status: 'DECLINED'; declineCode: string };

const APPROVED: SimulatedOutcome = { status: 'AUTHORIZED' };
const declined = (declineCode: string): SimulatedOutcome => ({ status: 'DECLINED', declineCode });

const TEST_TOKENS: Readonly<Record<string, SimulatedOutcome>> = {
  tok_visa: APPROVED,
  tok_visa_debit: APPROVED,
  tok_mastercard: APPROVED,
  tok_amex: APPROVED,
  pm_card_visa: APPROVED,
  pm_card_mastercard: APPROVED,
  tok_chargeDeclined: declined('generic_decline'),
  pm_card_chargeDeclined: declined('generic_decline'),
  tok_chargeDeclinedInsufficientFunds: declined('insufficient_funds'),
  pm_card_chargeDeclinedInsufficientFunds: declined('insufficient_funds'),
  tok_chargeDeclinedExpiredCard: declined('expired_card'),
  tok_chargeDeclinedIncorrectCvc: declined('incorrect_cvc'),
  tok_chargeDeclinedFraudulent: declined('fraudulent'),
  tok_chargeDeclinedProcessingError: declined('processing_error'),
};

/** Unknown tokens are declined the way Stripe refuses a token it never issued. */
export function simulatedOutcome(token: string): SimulatedOutcome {
  return Object.prototype.hasOwnProperty.call(TEST_TOKENS, token)
    ? TEST_TOKENS[token]
    : declined('invalid_payment_method');
}
