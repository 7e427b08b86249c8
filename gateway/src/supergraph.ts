import { readFile } from 'node:fs/promises';
import { ConfigError } from '@commerce/config';
import { Kind, parse, StringValueNode } from 'graphql';
import { subgraphEnvName } from './config';

/** A subgraph the supergraph routes to, with the URL the gateway will actually call. */
export interface SubgraphEndpoint {
  name: string;
  url: string;
}

export interface Supergraph {
  sdl: string;
  subgraphs: SubgraphEndpoint[];
}

/**
 * Reads the composed supergraph and lists its subgraphs (the `join__Graph` enum), with any
 * `SUBGRAPH_<NAME>_URL` override applied. The gateway needs the list before Apollo loads the schema:
 * readiness probes each subgraph, and a subgraph without a URL must fail the boot, not a request.
 */
export async function loadSupergraph(path: string, overrides: Record<string, string>): Promise<Supergraph> {
  let sdl: string;
  try {
    sdl = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError([
      `SUPERGRAPH_PATH ${JSON.stringify(path)} cannot be read (${reason}); run \`npm run compose\``,
    ]);
  }
  const subgraphs = joinGraphs(sdl).map(({ name, url }) => ({
    name,
    url: overrides[subgraphEnvName(name)] ?? url,
  }));
  const missing = subgraphs
    .filter((s) => !s.url)
    .map(
      (s) =>
        `SUBGRAPH_${subgraphEnvName(s.name)}_URL is missing: the supergraph gives subgraph "${s.name}" no URL`,
    );
  if (missing.length) throw new ConfigError(missing);
  return { sdl, subgraphs };
}

/** Overrides naming no subgraph of the supergraph: almost always a typo worth a warning. */
export function unusedOverrides(subgraphs: SubgraphEndpoint[], overrides: Record<string, string>): string[] {
  const known = new Set(subgraphs.map((s) => subgraphEnvName(s.name)));
  return Object.keys(overrides)
    .filter((name) => !known.has(name))
    .map((name) => `SUBGRAPH_${name}_URL`);
}

/** The `@join__graph(name:, url:)` values of the supergraph's `join__Graph` enum. */
export function joinGraphs(sdl: string): Array<{ name: string; url: string }> {
  const document = parse(sdl, { noLocation: true });
  const graphs: Array<{ name: string; url: string }> = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const arg = (name: string) =>
        (directive?.arguments?.find((a) => a.name.value === name)?.value as StringValueNode | undefined)
          ?.value;
      graphs.push({ name: arg('name') ?? value.name.value.toLowerCase(), url: arg('url') ?? '' });
    }
  }
  return graphs;
}

/**
 * A health URL beside a subgraph's GraphQL path (`http://host:4001/graphql` + `healthz` ->
 * `http://host:4001/healthz`), keeping any path prefix a proxy adds.
 */
export function healthUrl(graphqlUrl: string, path = 'healthz'): string {
  const url = new URL(graphqlUrl);
  const base = url.pathname.replace(/graphql\/?$/, '').replace(/\/?$/, '/');
  url.pathname = `${base}${path}`;
  url.search = '';
  return url.toString();
}
