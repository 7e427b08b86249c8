import type { HealthProbe } from './resilience/subgraph-settings';
import { healthUrl, SubgraphEndpoint } from './supergraph';
import type { SubgraphFetcher } from './subgraph-fetcher';

const PROBE_TIMEOUT_MS = 1500; // inside the runtime's 2 s budget per check
const TYPENAME_QUERY = JSON.stringify({ query: '{ __typename }' });

/**
 * /readyz for the gateway: its schema is loaded and every subgraph answers its probe. A gateway that
 * cannot reach a subgraph still serves the others (SERVICE_UNAVAILABLE for the missing part), so
 * liveness never depends on subgraphs; readiness does, so a rollout waits for the services behind it.
 *
 * The probe is per subgraph, because not every subgraph is ours: by default a `{ __typename }` query,
 * which any GraphQL server answers, or a GET of a configured path (`/healthz`, `/health`).
 */
export function readinessChecks(options: {
  loaded: () => boolean;
  subgraphs: SubgraphEndpoint[];
  http: SubgraphFetcher;
  probeOf: (subgraph: string) => HealthProbe;
}): Record<string, () => Promise<boolean>> {
  const checks: Record<string, () => Promise<boolean>> = {
    supergraph: async () => options.loaded(),
  };
  for (const subgraph of options.subgraphs) {
    checks[`subgraph:${subgraph.name}`] = probeCheck(
      subgraph.url,
      options.probeOf(subgraph.name),
      options.http,
    );
  }
  return checks;
}

function probeCheck(graphqlUrl: string, probe: HealthProbe, http: SubgraphFetcher): () => Promise<boolean> {
  if (probe.kind === 'path') {
    // `/health`: on the subgraph's origin; `health`: beside its GraphQL path, behind any proxy prefix.
    const url = probe.path.startsWith('/')
      ? new URL(probe.path, graphqlUrl).toString()
      : healthUrl(graphqlUrl, probe.path);
    return async () => (await http.probe(url, PROBE_TIMEOUT_MS)).status === 200;
  }
  return async () => {
    const { status, text } = await http.probe(graphqlUrl, PROBE_TIMEOUT_MS, TYPENAME_QUERY);
    return status === 200 && answersTypename(text);
  };
}

/** `{"data":{"__typename":"Query"}}`: a GraphQL server that executed the query, not a proxy's page. */
function answersTypename(text: string): boolean {
  try {
    return (JSON.parse(text) as { data?: { __typename?: unknown } }).data?.__typename === 'Query';
  } catch {
    return false;
  }
}
