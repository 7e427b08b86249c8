/** Process entry for full-stack mode: the users subgraph on its own, against real engines. */
import { runSubgraphProcess } from '@commerce/runtime';
import { loadUsersConfig } from './config';
import { startUsersService } from './users-service';

runSubgraphProcess({
  name: 'users',
  loadConfig: () => loadUsersConfig(),
  start: startUsersService,
});
