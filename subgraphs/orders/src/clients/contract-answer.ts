import type { RouteContract, RouteResponse } from '@commerce/contracts';
import type { InternalClient, JsonAnswer } from '@commerce/http';

/**
 * A 200 answer read with its route's contract (@commerce/contracts): fields it does not know are
 * ignored; an answer that breaks the contract is no business answer but a mismatch (a deployment in
 * progress?), retryable like any other unusable answer, and logged with its body for the operator.
 */
export function contractAnswer<R extends RouteContract>(
  http: InternalClient,
  route: R,
  answer: JsonAnswer,
): RouteResponse<R> {
  const parsed = route.response.safeParse(answer.body);
  if (!parsed.success) throw http.unexpected(route.path, answer);
  return parsed.data;
}
