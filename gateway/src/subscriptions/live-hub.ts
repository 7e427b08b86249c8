import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { AuthUser, Role } from '@commerce/auth';
import { ErrorCode } from '@commerce/errors';
import type { Logger } from '@commerce/logging';
import { LiveEvent, topicOf } from './live-event';
import type { LivePlan } from './live-plan';
import type { LiveStream } from './live-stream';

/** Whose authority a resolution runs with. */
export interface LiveAuth {
  user: AuthUser;
  /** The raw access token, forwarded to the subgraphs exactly as on HTTP. */
  token: string;
  /** The subscriber's address, as subgraphs see callers' addresses on HTTP. */
  ip: string;
}

/** Runs a query through the supergraph as `auth` (the gateway's own executor). */
export type ResolveLive = (
  query: string,
  variables: Record<string, unknown>,
  auth: LiveAuth,
) => Promise<FormattedExecutionResult>;

/** One running subscription as the hub sees it. */
export interface LiveSubscription {
  plan: LivePlan;
  /** The plan's query and variables: subscriptions with equal keys and scopes share one resolution. */
  documentKey: string;
  /** Who the answer depends on: ADMIN sees every order alike; anyone else sees it as themselves. */
  scope: string;
  stream: LiveStream;
  /** The subscriber's credentials now; null once its token is no longer valid (its socket is closed). */
  auth(): Promise<LiveAuth | null>;
}

/** Codes after which following the object makes no sense: the subscription completes. */
const FINAL_CODES = new Set<string>([
  ErrorCode.NOT_FOUND,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
]);

/** The scope a user's answers are shared in (see {@link LiveSubscription.scope}). */
export function scopeOf(user: AuthUser): string {
  return user.roles.includes(Role.ADMIN) ? 'admin' : `user:${user.id}`;
}

/**
 * The subscriptions of one gateway process by topic, and the fan-out of events to them. Per event,
 * subscribers are grouped by (document, scope) and each group costs one resolution through the
 * supergraph, made with the token of one of its members, so ten thousand devices following the same
 * order as the same user (or as ADMIN) cost one query, while a buyer and a seller of that order each
 * get their own answer from orders' authorization. Events of one topic are handled in order, so an
 * older state never overtakes a newer one.
 */
export class LiveHub {
  private readonly topics = new Map<string, Set<LiveSubscription>>();
  /** The last task queued per topic: the next one starts after it. */
  private readonly tails = new Map<string, Promise<void>>();

  constructor(
    private readonly resolve: ResolveLive,
    private readonly logger: Logger,
    /** Told how long each event's fan-out took, in seconds (metrics). */
    private readonly observeFanOut: (seconds: number) => void = () => undefined,
  ) {}

  /** Registers a subscription and, when its plan has one, sends the current state first. */
  add(subscription: LiveSubscription): void {
    const { topic } = subscription.plan;
    let subscribers = this.topics.get(topic);
    if (!subscribers) this.topics.set(topic, (subscribers = new Set()));
    subscribers.add(subscription);
    // Registered before the first read, so an event arriving meanwhile is resolved after it: nothing
    // between the current state and the next event can be missed.
    if (subscription.plan.sendsCurrentState) this.enqueue(topic, () => this.resolveFor([subscription], null));
  }

  remove(subscription: LiveSubscription): void {
    const { topic } = subscription.plan;
    const subscribers = this.topics.get(topic);
    if (!subscribers?.delete(subscription) || subscribers.size > 0) return;
    this.topics.delete(topic);
  }

  /** How many subscriptions this process serves (metrics, tests). */
  get size(): number {
    let count = 0;
    for (const subscribers of this.topics.values()) count += subscribers.size;
    return count;
  }

  /** Resolves and sends `event` to its topic's subscribers of this process; nothing when none. */
  publish(event: LiveEvent): void {
    const topic = topicOf(event);
    if (!this.topics.has(topic)) return;
    const received = performance.now();
    this.enqueue(topic, async () => {
      await this.fanOut(topic, event);
      this.observeFanOut((performance.now() - received) / 1000);
    });
  }

  /** Resolves what is queued (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.tails.values()]);
  }

  private enqueue(topic: string, task: () => Promise<void>): void {
    const next = (this.tails.get(topic) ?? Promise.resolve())
      .then(task)
      .catch((error: unknown) => this.logger.error({ err: error, topic }, 'live update failed'));
    this.tails.set(topic, next);
    void next.then(() => {
      if (this.tails.get(topic) === next) this.tails.delete(topic);
    });
  }

  private async fanOut(topic: string, event: LiveEvent): Promise<void> {
    const groups = new Map<string, LiveSubscription[]>();
    for (const subscription of this.topics.get(topic) ?? []) {
      const key = `${subscription.scope}\n${subscription.documentKey}`;
      const group = groups.get(key);
      if (group) group.push(subscription);
      else groups.set(key, [subscription]);
    }
    await Promise.all([...groups.values()].map((group) => this.resolveFor(group, event)));
  }

  /** One resolution for subscriptions of equal document and scope; each still proves its own token. */
  private async resolveFor(group: LiveSubscription[], event: LiveEvent | null): Promise<void> {
    const members: LiveSubscription[] = [];
    let auth: LiveAuth | null = null;
    for (const subscription of group) {
      if (subscription.stream.ended) continue;
      const own = await subscription.auth();
      if (!own) continue;
      auth ??= own;
      members.push(subscription);
    }
    if (!auth || members.length === 0) return;
    const { plan } = members[0];
    let result: FormattedExecutionResult;
    try {
      result = await this.resolve(plan.query, plan.variablesFor(event), auth);
    } catch (error) {
      this.logger.error({ err: error, topic: plan.topic }, 'resolving a live update failed');
      result = { errors: [internalError()] };
    }
    const { payload, final } = shape(result, plan.responseKey);
    for (const subscription of members) {
      subscription.stream.push(payload);
      if (final) subscription.stream.end();
    }
  }
}

/**
 * The subscription answer from the query answer: the root field is non-null in the schema, so a
 * missing object is an answer with errors only; a refusal (NOT_FOUND, FORBIDDEN...) ends the
 * subscription, a passing failure (SERVICE_UNAVAILABLE) does not.
 */
function shape(
  result: FormattedExecutionResult,
  responseKey: string,
): { payload: FormattedExecutionResult; final: boolean } {
  const data = result.data;
  if (data && data[responseKey] != null) return { payload: result, final: false };
  const errors = (result.errors?.length ? result.errors : [internalError()]) as GraphQLFormattedError[];
  const final = errors.some((error) => FINAL_CODES.has(String(error.extensions?.code)));
  return { payload: { errors }, final };
}

function internalError(): GraphQLFormattedError {
  return { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL } };
}
