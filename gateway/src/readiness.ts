import type { SubgraphEndpoint } from './supergraph';
import { healthUrl } from './supergraph';
import type { SubgraphFetcher } from './subgraph-fetcher';

const PROBE_TIMEOUT_MS = 1500; // inside the runtime's 2 s budget per check

/**
 * /readyz for the gateway: its schema is loaded and every subgraph answers `/healthz`. A gateway that
 * cannot reach a subgraph still serves the others (SERVICE_UNAVAILABLE for the missing part), so
 * liveness never depends on subgraphs; readiness does, so a rollout waits for the services behind it.
 */
export function readinessChecks(options: {
  loaded: () => boolean;
  subgraphs: SubgraphEndpoint[];
  http: SubgraphFetcher;
}): Record<string, () => Promise<boolean>> {
  const checks: Record<string, () => Promise<boolean>> = {
    supergraph: async () => options.loaded(),
  };
  for (const subgraph of options.subgraphs) {
    const url = healthUrl(subgraph.url);
    checks[`subgraph:${subgraph.name}`] = async () => {
      const { status } = await options.http.get(url, PROBE_TIMEOUT_MS);
      return status === 200;
    };
  }
  return checks;
}
