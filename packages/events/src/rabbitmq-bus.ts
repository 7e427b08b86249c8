import * as amqp from 'amqplib';
import type { Channel, ChannelModel, ConfirmChannel, ConsumeMessage } from 'amqplib';
import { scopeFromHeaders, withLogScope, type Logger } from '@commerce/logging';
import type { ConsumerOptions, DeadLetter, EventBus, StopConsuming } from './bus';
import { retryDelay } from './bus';
import type { EventEnvelope } from './envelope';
import {
  ATTEMPT_HEADER,
  ATTEMPTS_HEADER,
  attemptOf,
  copyOptions,
  declareConsumerTopology,
  decodeEnvelope,
  dlqName,
  ERROR_HEADER,
  errorText,
  publishOptions,
  resolveConsumerOptions,
  retryQueueName,
  toDeadLetter,
  type ResolvedConsumerOptions,
} from './rabbitmq-topology';

/** Tuning of {@link RabbitMqEventBus}; every field has a production default. */
export interface RabbitMqEventBusOptions {
  /** Topic exchange events are published to. Default `commerce.events`; tests use their own. */
  exchange?: string;
  /** First reconnect delay; doubles per failed attempt. Default 100 ms. */
  reconnectInitialDelayMs?: number;
  /** Cap of the reconnect back-off. Default 10 s. */
  reconnectMaxDelayMs?: number;
  /** How long `publish` waits for broker confirms before rejecting. Default 10 s. */
  publishTimeoutMs?: number;
  /** How long `close` (and stopping a consumer) waits for running handlers. Default 10 s. */
  closeTimeoutMs?: number;
}

interface Registration {
  options: ResolvedConsumerOptions;
  /** The channel the consumer currently receives on; null while disconnected. */
  channel: Channel | null;
  consumerTag: string | null;
  starting: Promise<void> | null;
  inFlight: Set<Promise<void>>;
  stopped: boolean;
}

/** Upper bound of a `deadLetters` peek, so inspecting a huge DLQ cannot exhaust memory. */
const MAX_PEEK = 1000;
const noop = (): void => undefined;

/**
 * The event bus on RabbitMQ (stack mode): a durable topic exchange, one durable queue per consumer,
 * TTL retry queues for back-off and a dead-letter queue per consumer.
 *
 * Call {@link RabbitMqEventBus.start} once. The bus then keeps itself connected: when the connection
 * drops it reconnects with capped exponential back-off, re-declares the topology and restarts every
 * registered consumer. While disconnected `publish` rejects at once (the outbox keeps the events) and
 * `isHealthy` is false.
 */
export class RabbitMqEventBus implements EventBus {
  private readonly exchange: string;
  private readonly settings: Required<Omit<RabbitMqEventBusOptions, 'exchange'>>;
  private readonly consumers = new Map<string, Registration>();
  private connection: ChannelModel | null = null;
  private publishChannel: ConfirmChannel | null = null;
  private ready = false;
  private blocked = false;
  private closed = false;
  private connecting: Promise<boolean> | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private failures = 0;

  /**
   * @param url AMQP URL, e.g. `amqp://guest:guest@127.0.0.1:5672`.
   * @param logger Logs connection changes, retries and dead letters.
   */
  constructor(
    private readonly url: string,
    private readonly logger: Logger,
    options: RabbitMqEventBusOptions = {},
  ) {
    this.exchange = options.exchange ?? 'commerce.events';
    this.settings = {
      reconnectInitialDelayMs: options.reconnectInitialDelayMs ?? 100,
      reconnectMaxDelayMs: options.reconnectMaxDelayMs ?? 10_000,
      publishTimeoutMs: options.publishTimeoutMs ?? 10_000,
      closeTimeoutMs: options.closeTimeoutMs ?? 10_000,
    };
  }

  /**
   * Opens the first connection. Resolves true once connected, false when the broker is unreachable:
   * the bus then keeps retrying in the background, so a service can start (unready) without RabbitMQ.
   */
  start(): Promise<boolean> {
    return this.tryConnect();
  }

  /** Publishes with publisher confirms; rejects at once when disconnected so nothing piles up here. */
  async publish(events: EventEnvelope[]): Promise<void> {
    if (events.length === 0) return;
    if (this.closed) throw new Error('event bus is closed');
    const channel = this.publishChannel;
    if (!channel || !this.ready) throw new Error('event bus is not connected to RabbitMQ');
    // A blocked connection (broker resource alarm) would accept writes and never confirm them.
    if (this.blocked) throw new Error('RabbitMQ connection is blocked (resource alarm)');
    for (const event of events) {
      channel.publish(this.exchange, event.type, Buffer.from(JSON.stringify(event)), publishOptions(event));
    }
    await this.confirmed(channel);
  }

  /**
   * Registers a consumer and, when connected, declares its queues and starts it before resolving.
   * The registration survives reconnects until the returned function is called.
   */
  async consume(options: ConsumerOptions): Promise<StopConsuming> {
    if (this.closed) throw new Error('event bus is closed');
    const resolved = resolveConsumerOptions(options);
    if (this.consumers.has(resolved.consumer)) {
      throw new Error(`consumer ${resolved.consumer} is already running`);
    }
    const registration: Registration = {
      options: resolved,
      channel: null,
      consumerTag: null,
      starting: null,
      inFlight: new Set(),
      stopped: false,
    };
    this.consumers.set(resolved.consumer, registration);
    if (this.connection) {
      try {
        await this.ensureConsumer(registration);
      } catch (error) {
        // Lost the connection meanwhile: the reconnect starts it. Anything else is a real error.
        if (this.connection) {
          this.consumers.delete(resolved.consumer);
          throw error;
        }
      }
    }
    return () => this.stopConsumer(registration);
  }

  /** Peeks at a consumer's dead-letter queue: messages are fetched unacked and requeued on close. */
  async deadLetters(consumer: string): Promise<DeadLetter[]> {
    const connection = this.connection;
    if (!connection) throw new Error('event bus is not connected to RabbitMQ');
    // A throwaway channel: a missing queue closes it with 404, and closing it requeues what we fetched.
    const channel = await connection.createChannel();
    channel.on('error', noop);
    try {
      let count: number;
      try {
        count = (await channel.checkQueue(dlqName(consumer))).messageCount;
      } catch {
        return [];
      }
      const letters: DeadLetter[] = [];
      while (letters.length < Math.min(count, MAX_PEEK)) {
        const message = await channel.get(dlqName(consumer), { noAck: false });
        if (!message) break;
        letters.push(toDeadLetter(message));
      }
      return letters;
    } finally {
      await channel.close().catch(noop);
    }
  }

  isHealthy(): boolean {
    return this.ready && !this.blocked && !this.closed;
  }

  /** Stops reconnecting, cancels consumers, waits (bounded) for running handlers, then disconnects. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    await this.connecting;
    const registrations = [...this.consumers.values()];
    this.consumers.clear();
    await Promise.all(registrations.map((registration) => this.stopConsumer(registration)));
    this.ready = false;
    const connection = this.connection;
    this.connection = null;
    this.publishChannel = null;
    if (connection) {
      await withTimeout(connection.close(), this.settings.closeTimeoutMs, 'closing').catch(noop);
    }
  }

  // ---- connection lifecycle ----

  private tryConnect(): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (this.connecting) return this.connecting;
    if (this.connection) return Promise.resolve(true);
    this.connecting = this.open()
      .then(() => {
        this.logger.info({ exchange: this.exchange, afterFailures: this.failures }, 'connected to RabbitMQ');
        this.failures = 0;
        return true;
      })
      .catch((error: unknown) => {
        this.failures++;
        this.logger.warn({ err: error, failures: this.failures }, 'could not connect to RabbitMQ');
        this.scheduleReconnect();
        return false;
      })
      .finally(() => {
        this.connecting = null;
      });
    return this.connecting;
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    const { reconnectInitialDelayMs, reconnectMaxDelayMs } = this.settings;
    const base = Math.min(reconnectMaxDelayMs, reconnectInitialDelayMs * 2 ** Math.min(this.failures, 20));
    // Jitter, so replicas that lost the broker together do not reconnect in lockstep.
    const delay = Math.round(base * (0.75 + Math.random() / 4));
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.tryConnect();
    }, delay);
  }

  /** Connects, declares the exchange, opens the confirm channel and restarts registered consumers. */
  private async open(): Promise<void> {
    const connection = await amqp.connect(this.url);
    this.connection = connection;
    // Without 'error' listeners amqplib's EventEmitters would throw and crash the process.
    connection.on('error', (err: unknown) => this.logger.warn({ err }, 'RabbitMQ connection error'));
    connection.on('close', () => this.onConnectionLost(connection));
    connection.on('blocked', (reason: unknown) => {
      this.blocked = true;
      this.logger.warn({ reason }, 'RabbitMQ blocked the connection');
    });
    connection.on('unblocked', () => {
      this.blocked = false;
    });
    try {
      const channel = await connection.createConfirmChannel();
      this.watchChannel(channel, () => this.publishChannel === channel, 'publish channel closed');
      await channel.assertExchange(this.exchange, 'topic', { durable: true });
      this.publishChannel = channel;
      await Promise.all(
        [...this.consumers.values()].map((registration) => this.ensureConsumer(registration)),
      );
      if (this.closed) throw new Error('event bus closed while connecting');
      this.blocked = false;
      this.ready = true;
    } catch (error) {
      // Detach first, so the close event of this half-open connection is not taken for a lost one.
      this.forgetConnection();
      await connection.close().catch(noop);
      throw error;
    }
  }

  private onConnectionLost(connection: ChannelModel): void {
    if (this.connection !== connection) return;
    this.forgetConnection();
    if (this.closed) return;
    this.logger.warn({ consumers: [...this.consumers.keys()] }, 'lost the RabbitMQ connection; reconnecting');
    this.scheduleReconnect();
  }

  /** Every channel dies with the connection: in-flight messages will be redelivered, not acked. */
  private forgetConnection(): void {
    this.connection = null;
    this.publishChannel = null;
    this.ready = false;
    for (const registration of this.consumers.values()) {
      registration.channel = null;
      registration.consumerTag = null;
    }
  }

  /**
   * A channel closed by the broker (e.g. a precondition failure) or a consumer cancelled by it (its
   * queue deleted) is recovered the same way as a lost connection: one recovery path, rarely taken.
   */
  private watchChannel(channel: Channel, isCurrent: () => boolean, reason: string): void {
    channel.on('error', (err: unknown) => this.logger.warn({ err }, 'RabbitMQ channel error'));
    channel.on('close', () => {
      // amqplib closes the channels of a dying connection before it emits the connection's 'close';
      // deferring lets that be handled first, so only a channel closed on its own resets.
      setImmediate(() => {
        if (isCurrent() && !this.closed) this.resetConnection(reason);
      });
    });
  }

  private resetConnection(reason: string): void {
    const connection = this.connection;
    if (!connection) return;
    this.logger.warn({ reason }, 'resetting the RabbitMQ connection');
    connection.close().catch(() => this.onConnectionLost(connection));
  }

  // ---- consumers ----

  private ensureConsumer(registration: Registration): Promise<void> {
    if (registration.channel || registration.stopped) return Promise.resolve();
    if (!registration.starting) {
      registration.starting = this.startConsumer(registration).finally(() => {
        registration.starting = null;
      });
    }
    return registration.starting;
  }

  private async startConsumer(registration: Registration): Promise<void> {
    const connection = this.connection;
    if (!connection) throw new Error('event bus is not connected to RabbitMQ');
    const { options } = registration;
    const channel = await connection.createChannel();
    this.watchChannel(
      channel,
      () => registration.channel === channel && !registration.stopped,
      `consumer channel ${options.consumer} closed`,
    );
    try {
      await declareConsumerTopology(channel, this.exchange, options);
      await channel.prefetch(options.prefetch);
      // Set before consuming: a delivery can arrive before `consume` resolves, and acks check it.
      registration.channel = channel;
      const { consumerTag } = await channel.consume(options.consumer, (message) =>
        this.onMessage(registration, channel, message),
      );
      registration.consumerTag = consumerTag;
    } catch (error) {
      if (registration.channel === channel) registration.channel = null;
      await channel.close().catch(noop);
      throw error;
    }
  }

  private async stopConsumer(registration: Registration): Promise<void> {
    registration.stopped = true;
    if (this.consumers.get(registration.options.consumer) === registration) {
      this.consumers.delete(registration.options.consumer);
    }
    await registration.starting?.catch(noop);
    const channel = registration.channel;
    if (channel && registration.consumerTag) await channel.cancel(registration.consumerTag).catch(noop);
    await withTimeout(
      Promise.allSettled([...registration.inFlight]),
      this.settings.closeTimeoutMs,
      'running handlers',
    ).catch(noop);
    registration.channel = null;
    registration.consumerTag = null;
    // Closing the channel requeues whatever a handler did not finish in time.
    if (channel) await channel.close().catch(noop);
  }

  private onMessage(registration: Registration, channel: Channel, message: ConsumeMessage | null): void {
    if (message === null) {
      // The broker cancelled the consumer (queue deleted): recover by reconnecting, which re-declares.
      if (!registration.stopped && registration.channel === channel) {
        this.resetConnection(`consumer ${registration.options.consumer} cancelled by the broker`);
      }
      return;
    }
    const running = this.handleMessage(registration, channel, message).catch((error: unknown) =>
      this.logger.error({ err: error, consumer: registration.options.consumer }, 'event handling failed'),
    );
    registration.inFlight.add(running);
    void running.finally(() => registration.inFlight.delete(running));
  }

  private async handleMessage(
    registration: Registration,
    channel: Channel,
    message: ConsumeMessage,
  ): Promise<void> {
    const { consumer, handler, maxAttempts, retryDelaysMs } = registration.options;
    const attempt = attemptOf(message);
    let event: EventEnvelope;
    try {
      event = decodeEnvelope(message.content);
    } catch (error) {
      // Retrying cannot fix a malformed body: park it at once (0 attempts: no handler ever ran).
      this.logger.error({ err: error, consumer, messageId: message.properties.messageId }, 'malformed event');
      await this.forward(registration, channel, message, dlqName(consumer), {
        [ERROR_HEADER]: errorText(`malformed event: ${errorText(error)}`),
        [ATTEMPTS_HEADER]: 0,
      });
      return;
    }
    const redelivered = message.fields.redelivered || attempt > 1;
    try {
      // Handler logs carry the event's trace, continued from the publisher's traceparent.
      const scope = scopeFromHeaders({ requestId: event.id, traceparent: event.traceparent });
      await withLogScope(scope, () => handler(event, { attempt, redelivered }));
    } catch (error) {
      const log = { err: error, consumer, eventId: event.id, type: event.type, attempt };
      if (attempt < maxAttempts) {
        const delay = retryDelay(retryDelaysMs, attempt);
        this.logger.warn({ ...log, delay }, 'event handler failed; retrying later');
        await this.forward(registration, channel, message, retryQueueName(consumer, delay), {
          [ATTEMPT_HEADER]: attempt + 1,
        });
      } else {
        this.logger.error(log, 'event handler failed; dead-lettered');
        await this.forward(registration, channel, message, dlqName(consumer), {
          [ERROR_HEADER]: errorText(error),
          [ATTEMPTS_HEADER]: attempt,
        });
      }
      return;
    }
    this.settle(registration, channel, () => channel.ack(message));
  }

  /**
   * Moves a message to another queue: the copy is confirmed before the original is acked, so a crash in
   * between duplicates the message rather than losing it. If the copy cannot be made the original is
   * requeued, to be handled again.
   */
  private async forward(
    registration: Registration,
    channel: Channel,
    message: ConsumeMessage,
    queue: string,
    headers: Record<string, unknown>,
  ): Promise<void> {
    try {
      const publisher = this.publishChannel;
      if (!publisher || !this.ready) throw new Error('event bus is not connected to RabbitMQ');
      publisher.sendToQueue(queue, message.content, copyOptions(message, headers));
      await this.confirmed(publisher);
    } catch (error) {
      this.logger.warn({ err: error, queue }, 'could not forward a message; requeueing it');
      this.settle(registration, channel, () => channel.nack(message, false, true));
      return;
    }
    this.settle(registration, channel, () => channel.ack(message));
  }

  /** Acks on a channel that died since the delivery would throw; the broker redelivers those anyway. */
  private settle(registration: Registration, channel: Channel, settle: () => void): void {
    if (registration.channel !== channel) return;
    try {
      settle();
    } catch (error) {
      this.logger.debug({ err: error }, 'could not settle a message on a closed channel');
    }
  }

  private confirmed(channel: ConfirmChannel): Promise<unknown> {
    return withTimeout(channel.waitForConfirms(), this.settings.publishTimeoutMs, 'publisher confirms');
  }
}

/** Rejects when `promise` has not settled within `ms`; the timer never keeps the process alive. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
