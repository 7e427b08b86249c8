import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode } from '@commerce/errors';

export class BodyTooLargeError extends Error {}

/** Reads a request body, refusing more than `limit` bytes without buffering them. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

/** A GraphQL-shaped error response for failures outside GraphQL execution (body too large, bad JSON). */
export function sendGraphQLError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/**
 * The caller's address. `X-Forwarded-For` is only believed for the hops our own proxies added: with
 * `trustedProxyHops` = 0 (the edge) it is the socket's peer; a subgraph behind the gateway trusts one
 * hop, so it takes the address the gateway put there. A client cannot spoof it by sending the header.
 */
export function clientIp(req: IncomingMessage, trustedProxyHops = 0): string {
  const forwarded = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = [...hops, req.socket.remoteAddress ?? 'unknown'];
  return chain[Math.max(0, chain.length - 1 - trustedProxyHops)];
}

export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
