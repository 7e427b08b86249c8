import { request } from 'undici';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; [key: string]: unknown };
  }[];
  headers: Record<string, string | string[] | undefined>;
}

/** Sends one GraphQL operation over HTTP; typed by the codegen document when one is given. */
export async function graphql<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables> | string,
  variables?: TVariables,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<TData>> {
  const query = typeof document === 'string' ? document : print(document);
  const response = await request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.body.text();
  let parsed: { data?: TData; errors?: GraphQLResponse<TData>['errors'] };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`non-JSON response (${response.statusCode}): ${text.slice(0, 200)}`);
  }
  return { status: response.statusCode, ...parsed, headers: response.headers };
}

/** The error codes of a response, for compact assertions. */
export function errorCodes(response: GraphQLResponse<unknown>): string[] {
  return (response.errors ?? []).map((e) => String(e.extensions?.code));
}
