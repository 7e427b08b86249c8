import { randomBytes } from 'node:crypto';
import { rabbitmqctl } from './broker';
import { engines } from './engines';

export interface TestVhost {
  /** AMQP URL of the vhost (TEST_AMQP_URL's credentials and host). */
  url: string;
  name: string;
  /** Deletes the vhost with every exchange and queue declared in it. */
  drop(): Promise<void>;
}

/**
 * A RabbitMQ virtual host of its own on the shared broker, for a test file that runs a service whose
 * queue names are fixed (e.g. `search-indexer`): a queue is shared by name across a vhost, so a
 * running stack's consumer would otherwise take the test's messages. Nothing to clean up queue by
 * queue: `drop` deletes the vhost with everything in it. Does not stop or restart the broker.
 */
export async function createTestVhost(prefix: string): Promise<TestVhost> {
  const name = `test-${prefix.replace(/[^\w-]/g, '-')}-${randomBytes(4).toString('hex')}`;
  await rabbitmqctl('add_vhost', name);
  const user = decodeURIComponent(new URL(engines.TEST_AMQP_URL).username) || 'guest';
  await rabbitmqctl('set_permissions', '-p', name, user, '.*', '.*', '.*');
  const url = new URL(engines.TEST_AMQP_URL);
  url.pathname = `/${encodeURIComponent(name)}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await rabbitmqctl('delete_vhost', name);
    },
  };
}
